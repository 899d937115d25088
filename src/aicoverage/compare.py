"""Facts across sources: line up claims that state the same fact and judge their agreement.

:func:`compare` takes extractions (from any articles, in any languages), lines up their claims
into :class:`~aicoverage.model.Fact` records (the user's fact sheet first, then automatic
alignment: see :mod:`aicoverage._align`) and judges each fact's agreement (see
:mod:`aicoverage._agreement`). Every claim ends up in exactly one fact; a fact stated by one
article only is ``single_source``.

>>> from decimal import Decimal
>>> from aicoverage.model import Article, Claim, Extraction, Kind, Quantity, Source
>>> def article(path, value, text):
...     q = Quantity(kind=Kind.MONEY, low=Decimal(value), high=Decimal(value), currency="USD")
...     claim = Claim(start=0, end=len(text), text=text, quantity=q, sentence=text,
...                   sentence_start=0, subject="DeepSeek", topics=("cost", "training"))
...     return Extraction(article=Article(Source(path, "text"), text, text), claims=(claim,))
>>> result = compare([article("a.txt", 6_000_000, "$6M"), article("b.txt", 5_600_000, "$5.6M")])
>>> [(f.status.value, str(f.spread), len(f.claims)) for f in result.facts]
[('agree_within_rounding', '0.0667', 2)]
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import Any

from attrs import evolve

from aicoverage._agreement import Value, judge, measure_spread, read_value
from aicoverage._align import Item, align
from aicoverage._factsheet import FactSpec, load_fact_sheet, pick_spec
from aicoverage.errors import AicoverageError
from aicoverage.model import Article, Claim, Comparison, Extraction, Fact, FactClaim, Kind, Rate, Rule

__all__ = ["compare", "group_stories", "parse_rate"]


def _published_day(extraction: Extraction) -> dt.date | None:
    published = extraction.article.published
    if isinstance(published, dt.datetime):
        return published.date()
    return published


def group_stories(extractions: Sequence[Extraction], *, days: int = 90) -> list[int | None]:
    """The story number of each article: dated articles more than ``days`` apart part stories.

    Undated articles get None (they may join any story).

    >>> from aicoverage.model import Article, Source
    >>> def on(day):
    ...     return Extraction(article=Article(Source("x", "text"), "", "", published=day))
    >>> group_stories([on(dt.date(2025, 1, 30)), on(None), on(dt.date(2026, 1, 21))])
    [0, None, 1]
    """
    days_of = [_published_day(e) for e in extractions]
    dated = sorted((d, n) for n, d in enumerate(days_of) if d is not None)
    out: list[int | None] = [None] * len(extractions)
    story, last = -1, None
    for day, n in dated:
        if last is None or (day - last).days > days:
            story += 1
        out[n], last = story, day
    return out


def _rate(currency: str | None, rates: Sequence[Rate]) -> tuple[str | None, Decimal, Rate | None]:
    """The currency ``currency`` is compared in, the factor to get there and the rate used."""
    for rate in rates:
        if rate.currency == currency:
            return rate.target, rate.rate, rate
    return currency, Decimal(1), None


def _sentence_entities(extraction: Extraction, claim: Claim) -> frozenset[str]:
    lo, hi = claim.sentence_start, claim.sentence_start + len(claim.sentence)
    names = {e.canonical for e in extraction.entities if lo <= e.start and e.end <= hi}
    if claim.subject:
        names.add(claim.subject)
    return frozenset(names)


def _describe(kind: Kind | None, unit: str | None, currency: str | None, per: str | None) -> str:
    what = currency or unit or (kind.value if kind else "value")
    return f"{what} per {per}" if per else what


def _label(
    claims: Sequence[FactClaim], subject: str | None, *, kind: Kind, unit: str | None, currency: str | None
) -> str:
    topics = Counter(t for fc in claims for t in dict.fromkeys(fc.claim.topics))
    about = ", ".join(t for t, _ in sorted(topics.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
    head = " · ".join(p for p in (subject, about) if p) or f"“{claims[0].claim.text}”"
    return f"{head} ({_describe(kind, unit, currency, claims[0].claim.quantity.per)})"


def _note(
    claims: Sequence[FactClaim], currency: str | None, used: set[Rate], spec: FactSpec | None
) -> str | None:
    parts: list[str] = []
    if spec is not None:
        parts.append(f"from the fact sheet entry {spec.id!r}")
    for rate in sorted(used, key=lambda r: r.currency):
        parts.append(f"{rate.currency} converted to {rate.target} at the user's rate {rate.rate}")
    unstated = sum(1 for fc in claims if fc.claim.kind is Kind.MONEY and fc.claim.currency is None)
    if unstated and currency:
        parts.append(f"{unstated} claim(s) state no currency and were read as {currency}")
    return "; ".join(parts) or None


def _make_fact(
    fact_id: str,
    members: Sequence[int],
    facts_in: Sequence[tuple[str, Claim, Value, Rate | None, str | None]],
    rule: Rule,
    spec: FactSpec | None,
) -> Fact:
    claims = tuple(FactClaim(facts_in[m][0], facts_in[m][1]) for m in members)
    values = [facts_in[m][2] for m in members]
    currencies = Counter(facts_in[m][4] for m in members if facts_in[m][4])
    currency = currencies.most_common(1)[0][0] if currencies else None
    subjects = Counter(fc.claim.subject for fc in claims if fc.claim.subject)
    subject = spec.subject if spec and spec.subject else (subjects.most_common(1)[0][0] if subjects else None)
    first = claims[0].claim.quantity
    used = {r for m in members if (r := facts_in[m][3]) is not None}
    return Fact(
        id=fact_id,
        label=spec.label
        if spec
        else _label(claims, subject, kind=first.kind, unit=first.unit, currency=currency),
        status=judge(values, articles=len({fc.article for fc in claims}), rule=rule),
        claims=claims,
        kind=first.kind,
        unit=first.unit,
        currency=currency,
        subject=subject,
        spread=measure_spread(values),
        note=_note(claims, currency, used, spec),
    )


def compare(
    extractions: Iterable[Extraction | Article],
    *,
    rule: Rule | None = None,
    fact_sheet: str | os.PathLike[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    map: Callable[..., Iterable[Any]] = map,
) -> Comparison:
    """Line up the claims of ``extractions`` into facts and judge each fact's agreement.

    Articles given instead of extractions are extracted first. ``rule`` sets tolerances,
    exchange rates and story window (default :class:`Rule`); ``fact_sheet`` names a TOML/JSON
    file of facts that take priority over automatic alignment. ``progress(done, total)`` is
    called as the articles' claims are lined up; ``map`` runs per-block work (a process pool's
    ``imap`` or a dask client's map may be passed).
    """
    done = tuple(_extracted(x) for x in extractions)
    rule = rule or Rule()
    if fact_sheet is not None:
        rule = evolve(rule, fact_sheet=os.fspath(fact_sheet))
    specs = load_fact_sheet(rule.fact_sheet) if rule.fact_sheet else ()
    _check_rates(rule.rates)
    stories = group_stories(done, days=rule.story_days)
    flat: list[tuple[str, Claim, Value, Rate | None, str | None]] = []
    items: list[Item] = []
    by_spec: dict[str, list[int]] = {s.id: [] for s in specs}
    for n, ex in enumerate(done):
        for claim in ex.claims:
            currency, factor, used = _rate(claim.currency, rule.rates)
            value = read_value(claim.quantity, factor=factor)
            entities = _sentence_entities(ex, claim)
            index = len(flat)
            flat.append((ex.article.source.path, claim, value, used, currency))
            spec = pick_spec(specs, claim, language=ex.article.language, entities=entities)
            if spec is not None:
                by_spec[spec.id].append(index)
                continue
            items.append(
                Item(
                    index,
                    n,
                    claim.quantity,
                    value,
                    claim.subject,
                    entities,
                    frozenset(claim.topics),
                    currency,
                )
            )
        if progress is not None:
            progress(n + 1, len(done))
    facts = []
    for spec in specs:
        for n, part in enumerate(_by_measure(by_spec[spec.id], flat)):
            facts.append(_make_fact(spec.id if n == 0 else f"{spec.id}-{n + 1}", part, flat, rule, spec))
    groups = align(items, stories=stories, rule=rule)
    groups.sort(key=lambda g: (-len({flat[m][0] for m in g}), g[0]))
    facts.extend(_make_fact(f"fact-{k:03d}", g, flat, rule, None) for k, g in enumerate(groups, 1))
    return Comparison(facts=tuple(facts), articles=done, rule=rule)


def parse_rate(text: str) -> Rate:
    """A user's exchange rate written ``FROM:TO=RATE`` (one FROM is worth RATE TO).

    >>> parse_rate("EUR:USD=1.08")
    Rate(currency='EUR', target='USD', rate=Decimal('1.08'))
    """
    pair, _, number = text.partition("=")
    source, _, target = pair.partition(":")
    try:
        rate = Rate(source.strip().upper(), target.strip().upper(), Decimal(number.strip()))
    except (ValueError, ArithmeticError) as e:
        raise AicoverageError(f"exchange rate {text!r} is not FROM:TO=RATE (EUR:USD=1.08): {e}") from None
    if not rate.rate > 0:
        raise AicoverageError(f"exchange rate {text!r} must be positive")
    return rate


def _by_measure(
    members: Sequence[int], flat: Sequence[tuple[str, Claim, Value, Rate | None, str | None]]
) -> list[list[int]]:
    """``members`` split by what they measure (kind, unit, period, currency): never mixed in a fact.

    A claim with no stated currency goes with the one currency of its kind, if there is one.
    """
    parts: dict[tuple[str, str | None, str | None, str | None], list[int]] = {}
    for m in members:
        q, currency = flat[m][1].quantity, flat[m][4]
        parts.setdefault((q.kind.value, q.unit, q.per, currency), []).append(m)
    for key in [k for k in parts if k[3] is None]:
        stated = [k for k in parts if k[:3] == key[:3] and k[3] is not None]
        if len(stated) == 1:
            parts[stated[0]] = sorted(parts[stated[0]] + parts.pop(key))
    return sorted(parts.values(), key=lambda p: (-len(p), p[0]))


def _extracted(item: Extraction | Article) -> Extraction:
    if isinstance(item, Article):
        from aicoverage.extract import extract

        return extract(item)
    return item


def _check_rates(rates: Sequence[Rate]) -> None:
    targets = {r.target for r in rates}
    sources = {r.currency for r in rates}
    if len(targets) > 1 or targets & sources:
        raise AicoverageError("exchange rates must all convert into one target currency")
