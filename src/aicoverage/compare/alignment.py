"""Automatic alignment: which claims, from any article, state the same fact, and why.

Claims are blocked by kind and value: a claim is only ever checked against the few groups of its
kind whose values lie within ``rule.max_ratio`` of its own and that share one of its signals
(holder, measure, subject, topic, entity or a neighbouring value). Each check is O(1) against the
group's summary, so alignment is near-linear in the number of claims. Claims are taken in a
canonical order (article path, then offset), so the input order never changes the facts.

Signals (their weight): the same holder (2), the same measure (2, a refinement 1), the same
subject (1), shared topics (1 each, at most 2), a shared entity of the sentence (1), the same
other value in the sentence (``context``, 2) and the same value (1). A claim joins the best group
scoring at least 2. Last, a claim the evidence left alone joins the one fact of its story holding
its figure: the same numbers, stated once by each article of the story that states them.
Guards keep a near neighbour out: another unit, rate period, currency, story, stated year, part
against total, measure or holder (unless each holder is named beside the other, or both are names
found in the text of two languages, which may be one name translated), disjoint topics,
values more than ``max_ratio`` apart, or a second, different value from an article already in the
group. Values that do not agree join only when the holder is the same and measure or topic is
shared (a disagreement between sources, not two facts). Values alone never join claims, except
a story's figure (the last resort above).

>>> from decimal import Decimal
>>> from aicoverage.model import Kind, Quantity, Rule
>>> q = Quantity(kind=Kind.COUNT, low=Decimal(50_000), high=Decimal(50_000), unit="chip")
>>> a = Item(("a", 0), 0, q, read_value(q), holder="DeepSeek", measure="chip_count")
>>> b = Item(("b", 0), 1, q, read_value(q), holder="DeepSeek", measure="chip_count")
>>> [(g.members, g.signals) for g in align([a, b], rule=Rule())]
[([0, 1], [(), ('holder', 'measure', 'same value')])]
"""

from __future__ import annotations

import functools
import math
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from decimal import Decimal

from attrs import field, frozen

from aicoverage.compare._group import Group, Item
from aicoverage.compare.agreement import Value, is_consistent, ratio_apart, read_value
from aicoverage.compare.units import same_kind
from aicoverage.extract.measures import are_related
from aicoverage.model import Bound, Rule

__all__ = ["Aligned", "Item", "align", "read_value"]

_JOIN = 2
_SLIP = 4
_RUNNING = 3
_NEIGHBOURS = 160
"""Characters within which two claims of one article about different holders are two facts."""
_LOOK = 24
"""Groups examined per index key: the most recent ones (bounds the work per claim)."""
_KEEP_GUARDS = 5
_PLAIN = (Bound.EXACT, Bound.APPROX)
_FIGURE_ARTICLES = 50
"""Articles a story may have for its figures to join claims: in a larger one (or several stories
read as one) the same numbers recur by chance."""


@frozen
class Aligned:
    """One fact to be: its claims' indexes, the signals that joined each and the guards that kept
    near neighbours out ((claim index, guard))."""

    members: list[int]
    signals: list[tuple[str, ...]]
    guards: list[tuple[int, str]] = field(factory=list)


def _related(x: str, y: str) -> bool:
    """One canonical name extends the other ("DeepSeek" and "DeepSeek-V3": a maker and its model)."""
    short, long = sorted((x, y), key=len)
    return long.startswith(short) and (len(long) == len(short) or not long[len(short)].isalnum())


Figure = tuple[Decimal, Decimal, str | None]
"""A claim's numbers and rate period, whatever its unit, currency or bound."""


def _figure(item: Item) -> Figure:
    return item.value.low, item.value.top, item.quantity.per


def _story_figures(items: Sequence[Item]) -> frozenset[Figure]:
    """The figures no article of a story states twice. Outlets telling one story give its
    figures the words of their language, and often none that alignment reads (no holder,
    measure or topic: "seven to ten years", "7到10年"); the same figure stated once in each
    article is then the one fact they share. A figure an article states twice may be two facts
    ("10% of the bill", "10% of the staff"), so it is left to the other signals."""
    seen = Counter((x.article, _figure(x)) for x in items if x.story is not None)
    if len({article for article, _ in seen}) > _FIGURE_ARTICLES:
        return frozenset()
    twice = {figure for (_, figure), n in seen.items() if n > 1}
    return frozenset(figure for _, figure in seen if figure not in twice)


def _item_keys(item: Item) -> list[Hashable]:
    keys: list[Hashable] = []
    keys += [("h", item.holder)] if item.holder else []
    keys += [("m", item.measure)] if item.measure else []
    keys += [("s", item.subject)] if item.subject else []
    keys += [("t", t) for t in sorted(item.topics)]
    keys += [("e", e) for e in sorted(item.entities, key=str)]
    keys += [("c", c) for c in sorted(item.context, key=str)]
    return keys


_SIGNALS: dict[tuple[str, ...], tuple[str, ...]] = {}


@functools.cache
def _topic(topic: str) -> str:
    return f"topic:{topic}"


def _score(x: Item, g: Group) -> tuple[int, tuple[str, ...]]:
    score, signals = 0, list[str]()
    who = x.holder or x.subject
    if x.holder and (x.holder in g.holders or any(_related(x.holder, h) for h in g.holders)):
        score, signals = score + 2, [*signals, "holder"]
    elif who and (who in g.holders or who in g.subjects or any(_related(who, h) for h in g.holders)):
        score, signals = score + 1, [*signals, "subject"]
    if x.measure and g.measures:
        if x.measure in g.measures:
            score, signals = score + 2, [*signals, "measure"]
        elif any(are_related(x.measure, m) for m in g.measures):
            score, signals = score + 1, [*signals, "related measure"]
    shared = sorted(x.topics & g.topics)[:2]
    score, signals = score + len(shared), signals + [_topic(t) for t in shared]
    if (x.entities - {x.holder, x.subject}) & g.entities:
        score, signals = score + 1, [*signals, "entity"]
    if x.context & g.context:
        score, signals = score + 2, [*signals, "context"]
    if (x.value.low, x.value.top) in g.numbers:
        score, signals = score + 1, [*signals, "same value"]
    found = tuple(signals)
    return score, _SIGNALS.setdefault(found, found)  # one tuple per combination, however many joins


def _holders_clash(x: Item, g: Group, *, vouched: bool) -> bool:
    """Both name whose value it is (holder, else subject), none shared or related, and they are
    not named beside each other (one way is enough when the same measure has the same value:
    "OpenAI, SoftBank and Oracle will invest $500B" names several holders). Another holder a few
    words away in the same article ("Nvidia fell 17% and Broadcom 17%") is always another fact."""
    who = x.holder or x.subject
    if not who or not g.whos or who in g.whos:
        return False
    if any(_related(who, h) for h in g.whos):
        return False
    near = g.article_whos.get(x.article, ())
    if any(abs(at - x.key[1]) < _NEIGHBOURS and other != who for at, other in near):
        return True
    if not _comparable(x, g):
        return False
    if vouched:
        return not (who in g.entities or g.whos & x.entities)
    return not (who in g.entities and g.whos & x.entities)


def _comparable(x: Item, g: Group) -> bool:
    """Whether ``g`` has a who ``x``'s can be told apart from: one of ``x``'s language, or a known
    entity when ``x``'s is known too (a name found in one language's text may be another's
    translation: "Comissão Europeia", "Commissione")."""
    if g.comparable.get(x.language):
        return True
    return not x.found_who and bool(g.comparable.get(None))


def _consistent_with(x: Item, values: Iterable[Value], rule: Rule) -> bool:
    return all(is_consistent(x.value, v, rule) for v in values)


def _agrees(x: Item, g: Group, rule: Rule) -> bool:
    """Every value of ``g`` consistent with ``x``'s (plain points: the extremes decide)."""
    v = x.value
    if g.points and v.low == v.top and v.low > 0 and v.bound in _PLAIN and rule.absolute_tolerance == 0:
        rel = rule.relative_tolerance
        return all(abs(a - b) <= rel * max(a, b) for a, b in ((g.pmin, v.low), (g.pmax, v.low)))
    return _consistent_with(x, g.values, rule)


def _currency_slip(x: Item, g: Group, score: int) -> bool:
    """Another currency with the same numbers, about the same thing: one source's slip of the
    currency ("tens of millions of euros" for dollars), kept in the fact as a disagreement."""
    if score < _SLIP or not (x.measure and g.measures):
        return False
    lo, hi = x.value.span
    return any(lo <= top and low <= hi for low, top in g.numbers)


def _guard(x: Item, g: Group, rule: Rule, score: int, signals: tuple[str, ...]) -> str | None:
    """Why ``x`` may not join ``g``, or None."""
    q = x.quantity
    checks = (
        ("unit", q.unit and g.unit and not same_kind(q.unit, g.unit)),
        ("rate period", q.per and g.per and q.per != g.per),
        ("story", x.story is not None and g.story is not None and x.story != g.story),
        ("year", x.period and g.period and x.period != g.period),
        ("part or total", x.part and g.part and x.part != g.part),
    )
    for name, failed in checks:
        if failed:
            return name
    if x.currency and g.currencies and x.currency not in g.currencies and not _currency_slip(x, g, score):
        return "currency"
    return _what_apart(x, g, rule, signals)


def _what_apart(x: Item, g: Group, rule: Rule, signals: tuple[str, ...]) -> str | None:
    """The guards on what the claims are about and their values. The holder's same value is not
    split by words read as another measure or topic, nor a story's figure by other topic words
    (a topic is any word of the sentence: "5年間で" reads as "per year")."""
    vouched = "holder" in signals and "same value" in signals
    figure = "story figure" in signals
    if x.measure and g.measures and not any(are_related(x.measure, m) for m in g.measures) and not vouched:
        return "measure"
    if _holders_clash(x, g, vouched="measure" in signals and "same value" in signals):
        return "holder"
    same_measure = bool(x.measure and any(are_related(x.measure, m) for m in g.measures))
    if x.topics and g.topics and not x.topics & g.topics and not same_measure and not (vouched or figure):
        return "topics"
    if x.value.low > 0 and g.pmin > 0 and ratio_apart(x.value.span, (g.pmin, g.pmax)) > rule.max_ratio:
        return "values far apart"
    same = g.by_article.get(x.article)
    vague = x.value.bound is Bound.VAGUE
    if same is not None and (
        not _consistent_with(x, same, rule) or any((v.bound is Bound.VAGUE) != vague for v in same)
    ):
        return "one article, two values"
    return None


def _may_disagree(x: Item, g: Group, signals: tuple[str, ...], rule: Rule) -> bool:
    """Values that do not agree stand in one fact only when the same holder's same measure (or a
    shared topic) is stated with its currency on both sides."""
    if x.article in g.by_article:
        return False
    if x.currency and g.currencies and x.currency not in g.currencies:
        return True  # a currency slip (see _currency_slip): a disagreement by its own
    stated = x.quantity.kind.value != "money" or (x.currency is not None and g.currency is not None)
    about = "measure" in signals or any(s.startswith("topic:") for s in signals)
    return stated and ("holder" in signals or "subject" in signals) and about


def _bucket(value: Value, ratio: float) -> int | None:
    """Which slice of the log scale ``value`` falls in (None for a value of no magnitude)."""
    lo, hi = value.span
    if not lo > 0:
        if value.bound is Bound.AT_MOST and value.top > 0:  # "up to $1 million" meets "$1 million"
            return int(_log(value.top) // math.log(ratio))
        return None
    middle = _log(lo) if not hi.is_finite() else (_log(lo) + _log(hi)) / 2
    return int(middle // math.log(ratio))


def _log(d: Decimal) -> float:
    """The natural log of a positive value, also past a float's range ("1e400", 309+ digits)."""
    f = float(d)
    return math.log(f) if 0 < f < math.inf else float(d.ln())


def align(items: Iterable[Item], *, rule: Rule) -> list[Aligned]:
    """Group ``items`` into facts (in canonical order), each with the signals that joined it."""
    ratio = max(2.0, float(rule.max_ratio))
    groups: list[Group] = []
    firsts: list[Item] = []
    index: dict[Hashable, list[int]] = defaultdict(list)
    ordered = sorted(items, key=lambda i: (i.key, i.index))
    for x in ordered:
        bucket = _bucket(x.value, ratio)
        block = (x.quantity.kind.value, bucket)
        near = [
            (x.quantity.kind.value, b)
            for b in ((bucket - 1, bucket, bucket + 1) if bucket is not None else (None,))
        ]
        seen: dict[int, None] = {}
        for where in near:
            for key in _item_keys(x):
                for n in index.get((where, key), ())[-_LOOK:]:
                    seen[n] = None
        best: tuple[int, int, tuple[str, ...]] | None = None
        kept: tuple[int, str] | None = None
        for n in seen:
            g = groups[n]
            score, signals = _score(x, g)
            if score < _JOIN:
                continue
            guard = _guard(x, g, rule, score, signals)
            if guard is None and not _agrees(x, g, rule) and not _may_disagree(x, g, signals, rule):
                guard = "values disagree"
            if guard is not None:
                kept = kept or (n, guard)
                continue
            if best is None or (score, -n) > (best[0], -best[1]):
                best = (score, n, signals)
        if best is None:
            groups.append(Group(x))
            firsts.append(x)
            target = len(groups) - 1
            if kept is not None and len(groups[kept[0]].guards) < _KEEP_GUARDS:
                groups[kept[0]].guards.append((x.index, kept[1]))
        else:
            target = best[1]
            groups[target].add(x, best[2])
        for key in _item_keys(x):
            entry = index[(block, key)]
            if not entry or entry[-1] != target:
                entry.append(target)
    return _restate(groups, firsts, rule, _story_figures(ordered))


def _restate(
    groups: list[Group], firsts: list[Item], rule: Rule, figures: frozenset[Figure]
) -> list[Aligned]:
    """A bare mention (no holder, measure or topic) standing alone joins the one fact that holds
    the same numbers from its article ``_RUNNING`` times or more: the article's running figure; a
    bare rate joins the one fact of other claims holding its numbers and period from its article."""
    running: dict[tuple[str, Decimal, Decimal], list[int]] = defaultdict(list)
    rates: dict[tuple[str, Decimal, Decimal, str], list[int]] = defaultdict(list)
    for n, g in enumerate(groups):
        for key, count in g.counts.items():
            if count >= _RUNNING:
                running[key].append(n)
            if g.per and len(g.members) > 1:
                rates[(*key, g.per)].append(n)
    gone: set[int] = set()
    for n, g in enumerate(groups):
        x = firsts[n]
        if len(g.members) > 1 or x.holder or x.measure or x.topics:
            continue
        fits = running.get((x.article, x.value.low, x.value.top), [])
        if not fits and x.quantity.per:  # "~4x/year" again: the article's one rate of that value
            fits = rates.get((x.article, x.value.low, x.value.top, x.quantity.per), [])
        if len(fits) == 1 and _guard(x, groups[fits[0]], rule, 0, ("holder", "same value")) is None:
            groups[fits[0]].members.append(x.index)
            groups[fits[0]].signals.append(("restated figure", "same value"))
            gone.add(n)
    _join_figures(groups, firsts, figures, rule, gone)
    return [Aligned(g.members, g.signals, g.guards) for n, g in enumerate(groups) if n not in gone]


_FIGURE_SIGNALS = ("same value", "story figure")


def _join_figures(
    groups: list[Group], firsts: list[Item], figures: frozenset[Figure], rule: Rule, gone: set[int]
) -> None:
    """A claim left alone by the evidence joins the one fact of its story that holds its figure
    (see :func:`_story_figures`), else the first other claim left alone with it: a last resort,
    after every join the evidence makes, so it never draws a claim away from its fact."""
    numbers = {(low, top) for low, top, _ in figures}
    holding: dict[tuple[Decimal, Decimal], list[int]] = defaultdict(list)
    for n, g in enumerate(groups):
        for pair in g.numbers:
            if pair in numbers and n not in gone:
                holding[pair].append(n)
    for n, g in enumerate(groups):
        x = firsts[n]
        if n in gone or len(g.members) > 1 or _figure(x) not in figures:
            continue  # (a rate's period is the guards' to compare: "вчетверо" and "4x a year")
        others = [m for m in holding[x.value.low, x.value.top] if m != n and m not in gone]
        facts = [m for m in others if len(groups[m].members) > 1]
        target = facts[0] if len(facts) == 1 else (others[0] if others and not facts else None)
        if target is None:
            continue
        t = groups[target]
        if _guard(x, t, rule, 0, _FIGURE_SIGNALS) is None and _agrees(x, t, rule):
            t.add(x, _FIGURE_SIGNALS)
            gone.add(n)
