"""Facts across sources: line up claims that state the same fact and judge their agreement.

:func:`compare` takes extractions (from any articles, in any languages), groups the articles into
stories by what they report (:mod:`~aicoverage.compare.stories`), lines up their claims into
:class:`~aicoverage.model.Fact` records (the user's fact sheet first, then automatic alignment
from evidence: :mod:`~aicoverage.compare.alignment`) and judges each fact's agreement
(:mod:`~aicoverage.compare.agreement`). Every claim ends up in exactly one fact; a fact stated by
one article only is ``single_source``. Each fact keeps the signals that joined its claims
(:attr:`Fact.evidence`; :func:`explain_fact` tells them).

>>> from decimal import Decimal
>>> from aicoverage.model import Article, Claim, Extraction, Kind, Quantity, Source
>>> def article(path, value, text):
...     q = Quantity(kind=Kind.MONEY, low=Decimal(value), high=Decimal(value), currency="USD")
...     claim = Claim(start=0, end=len(text), text=text, quantity=q, sentence=text, sentence_start=0,
...                   holder="DeepSeek", measure="training_cost", topics=("cost", "training"))
...     return Extraction(article=Article(Source(path, "text"), text, text), claims=(claim,))
>>> result = compare([article("a.txt", 6_000_000, "$6M"), article("b.txt", 5_600_000, "$5.6M")])
>>> [(f.label, f.status.value, str(f.spread), len(f.claims)) for f in result.facts]
[('DeepSeek · training cost (USD)', 'agree_within_rounding', '0.0667', 2)]
"""

from __future__ import annotations

import bisect
import functools
import os
from collections.abc import Callable, Hashable, Iterable, Sequence
from decimal import Decimal
from typing import Any

from attrs import evolve, frozen

from aicoverage.compare.agreement import Value, judge, measure_spread, read_value, represent
from aicoverage.compare.alignment import Aligned, Item, align
from aicoverage.compare.explain import explain_fact
from aicoverage.compare.factsheet import FactSpec, load_fact_sheet, pick_spec
from aicoverage.compare.labels import make_label, most_common
from aicoverage.compare.rates import check_rates, convert, parse_rate
from aicoverage.compare.stories import group_stories
from aicoverage.compare.truncation import attach_cut, is_cut
from aicoverage.compare.units import compared_in
from aicoverage.extract.measures import measure_specs
from aicoverage.model import (
    Article,
    Claim,
    Comparison,
    Evidence,
    Extraction,
    Fact,
    FactClaim,
    Kind,
    Rate,
    Rule,
    Status,
)

__all__ = ["compare", "explain_fact", "group_stories", "parse_rate"]

_CONTEXT = 8
"""Neighbouring claims (each side) whose values make a claim's sentence context."""


@frozen
class _Flat:
    """One claim as compare carries it: its article, converted value and the rate used."""

    article: str
    claim: Claim
    value: Value
    rate: Rate | None
    currency: str | None
    unit: str | None = None
    """The unit compared in (a duration's: "year" claims are compared in months)."""


@frozen
class _Block:
    """The claims of one kind in one story: alignment's unit of work (picklable, for a process
    pool's map). Claims of articles that stand alone (no story) are a block of their own."""

    items: tuple[Item, ...]
    rule: Rule


def align_block(block: _Block) -> list[Aligned]:
    """Align one block's items (module-level so a process pool can run it)."""
    return align(block.items, rule=block.rule)


@functools.lru_cache(maxsize=65536)
def _value_key(kind: Kind, value: Value) -> Hashable:
    rep = represent(value)
    return (kind.value, f"{float(rep):.2g}") if rep.is_finite() else None


class _Shared:
    """One instance of every equal set: the same topics or names recur across many claims."""

    def __init__(self) -> None:
        self.sets: dict[frozenset[Any], frozenset[Any]] = {}

    def __call__(self, items: Iterable[Any]) -> frozenset[Any]:
        got = frozenset(items)
        return self.sets.setdefault(got, got)


def _items(
    n: int, ex: Extraction, story: int | None, flat: Sequence[_Flat], first: int, shared: _Shared
) -> list[tuple[int, Item]]:
    """(flat index, alignment item) of each claim of article ``n``, with its sentence context."""
    path = ex.article.source.path
    ents = sorted(ex.entities, key=lambda e: e.start)
    ent_starts = [e.start for e in ents]
    claims = list(ex.claims)
    order = sorted(range(len(claims)), key=lambda k: claims[k].start)
    starts = [claims[k].start for k in order]
    known = {e.canonical for e in ents if e.origin == "gazetteer"}
    found = {e.canonical for e in ents if e.origin != "gazetteer"} - known
    out = []
    for k, claim in enumerate(claims):
        f = flat[first + k]
        lo, hi = claim.sentence_start, claim.sentence_start + len(claim.sentence)
        a, b = bisect.bisect_left(ent_starts, lo), bisect.bisect_left(ent_starts, hi)
        middle = bisect.bisect_left(ent_starts, claim.start, a, b)
        names = {
            e.canonical for e in ents[max(a, middle - _CONTEXT) : min(b, middle + _CONTEXT)] if e.end <= hi
        }
        names |= {x for x in (claim.subject, claim.holder) if x}
        own = _value_key(claim.quantity.kind, f.value)
        i, j = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
        at = bisect.bisect_left(starts, claim.start, i, j)
        context = {
            _value_key(claims[m].quantity.kind, flat[first + m].value)
            for m in order[max(i, at - _CONTEXT) : min(j, at + _CONTEXT + 1)]
            if m != k and claims[m].start != claim.start
        } - {None, own}
        who = claim.holder or claim.subject
        item = Item(
            (path, claim.start),
            first + k,
            claim.quantity if f.unit == claim.unit else evolve(claim.quantity, unit=f.unit),
            f.value,
            currency=f.currency,
            holder=claim.holder,
            subject=claim.subject,
            measure=claim.measure,
            period=claim.period,
            part=claim.part,
            story=story,
            topics=shared(claim.topics),
            entities=shared(names),
            context=shared(context),
            language=ex.article.language,
            found_who=who is not None and who in found,
        )
        out.append((first + k, item))
    return out


def _best_measure(measures: Sequence[str | None]) -> str | None:
    """The most common measure; a refinement of it (``training_cost`` of ``cost``) when stated."""
    best = most_common(measures)
    specs = measure_specs()
    for m in measures:
        if m and best and specs.get(m) is not None and specs[m].parent == best:
            return m
    return best


def _note(members: Sequence[_Flat], currency: str | None, spec: FactSpec | None) -> str | None:
    parts: list[str] = []
    if spec is not None:
        parts.append(f"from the fact sheet entry {spec.id!r}")
    used = {f.rate for f in members if f.rate is not None}
    for rate in sorted(used, key=lambda r: r.currency):
        parts.append(f"{rate.currency} converted to {rate.target} at the user's rate {rate.rate}")
    stated = sorted({f.currency for f in members if f.currency})
    if len(stated) > 1:
        parts.append(f"claims state different currencies ({', '.join(stated)}) with no rate: they disagree")
    unstated = sum(1 for f in members if f.claim.kind is Kind.MONEY and f.claim.currency is None)
    if unstated and currency:
        parts.append(f"{unstated} claim(s) state no currency and were read as {currency}")
    return "; ".join(parts) or None


def _make_fact(
    fact_id: str,
    members: Sequence[int],
    flat: Sequence[_Flat],
    rule: Rule,
    spec: FactSpec | None,
    evidence: tuple[Evidence, ...] = (),
) -> Fact:
    chosen = [flat[m] for m in members]
    claims = tuple(FactClaim(f.article, f.claim) for f in chosen)
    currency = most_common([f.currency for f in chosen])
    holder = most_common([f.claim.holder for f in chosen]) or most_common([f.claim.subject for f in chosen])
    if spec is not None and spec.subject:
        holder = spec.subject
    measure = _best_measure([f.claim.measure for f in chosen])
    first = chosen[0].claim.quantity
    label = spec.label if spec else make_label(claims, holder=holder, measure=measure, currency=currency)
    status = judge([f.value for f in chosen], articles=len({f.article for f in chosen}), rule=rule)
    if len({f.currency for f in chosen} - {None}) > 1 and status is not Status.SINGLE_SOURCE:
        status = Status.DISAGREE
    return Fact(
        id=fact_id,
        label=label,
        status=status,
        claims=claims,
        kind=first.kind,
        unit=chosen[0].unit,
        currency=currency,
        subject=holder,
        spread=measure_spread([f.value for f in chosen]),
        note=_note(chosen, currency, spec),
        holder=holder,
        measure=measure,
        evidence=evidence,
    )


def _evidence(group: Aligned, flat: Sequence[_Flat]) -> tuple[Evidence, ...]:
    out = []
    for m, signals in zip(group.members[1:], group.signals[1:], strict=True):
        c = flat[m].claim
        out.append(Evidence(flat[m].article, c.start, c.end, signals))
    for m, guard in group.guards:
        c = flat[m].claim
        out.append(Evidence(flat[m].article, c.start, c.end, guard=guard))
    return tuple(out)


def _check(item: object) -> Extraction:
    if not isinstance(item, Extraction):
        what = "an Article (extract it first)" if isinstance(item, Article) else type(item).__name__
        raise TypeError(f"compare takes Extractions, got {what}")
    return item


def compare(
    extractions: Iterable[Extraction],
    *,
    rule: Rule | None = None,
    fact_sheet: str | os.PathLike[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    map: Callable[..., Iterable[Any]] = map,
) -> Comparison:
    """Line up the claims of ``extractions`` into facts and judge each fact's agreement.

    ``rule`` sets tolerances, exchange rates and story window (default :class:`Rule`);
    ``fact_sheet`` names a TOML/JSON file of facts that take priority over automatic alignment.
    ``progress(done, total)`` is called as blocks of claims are aligned; ``map`` runs the
    per-block work (pass a process pool's ``map`` to spread it).
    """
    done = tuple(_check(x) for x in extractions)
    rule = rule or Rule()
    if fact_sheet is not None:
        rule = evolve(rule, fact_sheet=os.fspath(fact_sheet))
    specs = load_fact_sheet(rule.fact_sheet) if rule.fact_sheet else ()
    check_rates(rule.rates)
    stories = group_stories(done, days=rule.story_days)
    flat: list[_Flat] = []
    by_spec: dict[str, list[int]] = {s.id: [] for s in specs}
    blocks: dict[tuple[str, int], list[Item]] = {}
    shared = _Shared()
    cut: list[Item] = []
    every: list[Item | None] = []
    for n, ex in enumerate(done):
        first = len(flat)
        for claim in ex.claims:
            currency, factor, used = convert(claim.currency, rule.rates)
            unit, scale = compared_in(claim.unit) if claim.kind is Kind.DURATION else (claim.unit, Decimal(1))
            value = read_value(claim.quantity, factor=factor * scale)
            flat.append(_Flat(ex.article.source.path, claim, value, used, currency, unit))
        for index, item in _items(n, ex, stories[n], flat, first, shared):
            claim = flat[index].claim
            spec = pick_spec(specs, claim, language=ex.article.language, entities=item.entities)
            every.append(None if spec is not None else item)
            if spec is not None:
                by_spec[spec.id].append(index)
            elif claim.kind is Kind.COUNT and is_cut(
                ex.article.text, claim.start, claim.end, unit=claim.unit
            ):
                cut.append(item)
            else:
                story = -1 if item.story is None else item.story
                blocks.setdefault((item.quantity.kind.value, story), []).append(item)
    facts = []
    for spec in specs:
        for k, part in enumerate(_by_measure(by_spec[spec.id], flat)):
            facts.append(_make_fact(spec.id if k == 0 else f"{spec.id}-{k + 1}", part, flat, rule, spec))
    work = [_Block(tuple(blocks[key]), rule) for key in sorted(blocks)]
    groups: list[Aligned] = []
    for k, aligned in enumerate(map(align_block, work), 1):
        groups.extend(aligned)
        if progress is not None:
            progress(k, len(work))
    if progress is not None and not work:
        progress(0, 0)
    groups = attach_cut(groups, sorted(cut, key=lambda i: i.key), every)
    keyed = sorted(
        groups,
        key=lambda g: (
            -len({flat[m].article for m in g.members}),
            min((flat[m].article, flat[m].claim.start) for m in g.members),
        ),
    )
    for k, g in enumerate(keyed, 1):
        members = sorted(g.members, key=lambda m: (flat[m].article, flat[m].claim.start, m))
        facts.append(_make_fact(f"fact-{k:03d}", members, flat, rule, None, _evidence(g, flat)))
    return Comparison(facts=tuple(facts), articles=done, rule=rule, stories=tuple(stories))


def _by_measure(members: Sequence[int], flat: Sequence[_Flat]) -> list[list[int]]:
    """``members`` split by what they measure (kind, unit, period, currency): never mixed in a fact.

    A claim with no stated currency goes with the one currency of its kind, if there is one.
    """
    parts: dict[tuple[str, str | None, str | None, str | None], list[int]] = {}
    for m in members:
        q, currency = flat[m].claim.quantity, flat[m].currency
        parts.setdefault((q.kind.value, flat[m].unit, q.per, currency), []).append(m)
    for key in [k for k in parts if k[3] is None]:
        stated = [k for k in parts if k[:3] == key[:3] and k[3] is not None]
        if len(stated) == 1:
            parts[stated[0]] = sorted(parts[stated[0]] + parts.pop(key))
    return sorted(parts.values(), key=lambda p: (-len(p), p[0]))
