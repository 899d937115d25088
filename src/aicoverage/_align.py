"""Automatic alignment: which claims, from any article, state the same fact.

Claims meet only when their kind, unit and rate period match and their currencies fit (a claim
with no stated currency fits any). Inside one article, the same value restated about the same
subject is one fact. Across articles, evidence comes from what the claims are about: the same
subject entity, entities named in both sentences, shared topic ids; values alone never join
claims. Guards: claims whose values lie more than ``rule.max_ratio`` apart, dated articles of
different stories, clashing subjects (neither named beside the other) and disjoint topics stay
apart; one article never states two inconsistent values of one fact; and calling sources in
disagreement needs, claim by claim, the same subject (or each named in the other's sentence), a
shared topic and, for money, the currency stated on both sides.

>>> from decimal import Decimal
>>> from aicoverage.model import Kind, Quantity, Rule
>>> q = Quantity(kind=Kind.COUNT, low=Decimal(50_000), high=Decimal(50_000), unit="chip")
>>> a = Item(0, 0, q, Value(q.low, q.high), "DeepSeek", frozenset({"DeepSeek"}), frozenset({"chips"}))
>>> b = Item(1, 1, q, Value(q.low, q.high), None, frozenset({"DeepSeek"}), frozenset({"chips"}))
>>> [sorted(g) for g in align([a, b], stories=[None, None], rule=Rule())]
[[0, 1]]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from attrs import frozen

from aicoverage._agreement import Value, is_consistent, ratio_apart
from aicoverage.model import Bound, Quantity, Rule


@frozen
class Item:
    """A claim as alignment sees it: where it is, its (converted) value and what it is about."""

    index: int
    article: int
    quantity: Quantity
    value: Value
    subject: str | None
    entities: frozenset[str]
    """Canonical names of the entities in the claim's sentence (its subject included)."""
    topics: frozenset[str]
    currency: str | None = None
    """The currency compared in (after conversion); None when the claim states none."""


_PLAIN = (Bound.EXACT, Bound.APPROX)


def _block(item: Item) -> tuple[str, str | None, str | None]:
    q = item.quantity
    return (q.kind.value, q.unit, q.per)


class _Group:
    """Claims lined up so far (one fact to be), with what the checks need precomputed."""

    def __init__(self, items: list[Item], stories: Sequence[int | None]) -> None:
        self.items = items
        self.story_of = stories
        self.subjects = {i.subject for i in items if i.subject}
        self.entities = frozenset().union(*(i.entities for i in items))
        self.topics = frozenset().union(*(i.topics for i in items))
        self.currencies = {i.currency for i in items if i.currency}
        self.articles = {i.article for i in items}
        self.stories = {stories[a] for a in self.articles} - {None}
        values = [i.value for i in items]
        # Plain positive point values (the common case) are checked by their extremes only.
        self.points = all(v.low == v.top and v.low > 0 and v.bound in _PLAIN for v in values)
        self.pmin = min(v.low for v in values)
        self.pmax = max(v.top for v in values)
        spans = [(float(lo), float(hi)) for lo, hi in (v.span for v in values)]
        self.lo_max = max(lo for lo, _ in spans)
        self.hi_min = min(hi for _, hi in spans)

    def absorb(self, other: _Group) -> _Group:
        return _Group(self.items + other.items, self.story_of)


def _score(a: _Group, b: _Group) -> int:
    score = 0
    if a.subjects & b.subjects:
        score += 2
    if a.entities & b.entities:
        score += 1
    score += min(2, len(a.topics & b.topics))
    return score


def _corroborated(x: Item, y: Item) -> bool:
    """Both claims name a subject and it is the same, or each is named in the other's sentence."""
    if x.subject is None or y.subject is None:
        return False
    return x.subject == y.subject or (x.subject in y.entities and y.subject in x.entities)


def _may_disagree(x: Item, y: Item, rule: Rule) -> bool:
    """Whether ``x`` and ``y`` may stand in one fact: they agree, or are sure to be about one thing.

    Calling sources in disagreement needs the same subject, a shared topic and, for money, the
    currency stated on both sides.
    """
    if is_consistent(x.value, y.value, rule):
        return True
    stated = x.quantity.kind.value != "money" or (x.currency is not None and y.currency is not None)
    return stated and _corroborated(x, y) and bool(x.topics & y.topics)


def _related(x: str, y: str) -> bool:
    """One canonical name extends the other ("DeepSeek" and "DeepSeek-V3": a maker and its model)."""
    short, long = sorted((x, y), key=len)
    return long.startswith(short) and not long[len(short)].isalnum()


def _subjects_clash(a: _Group, b: _Group) -> bool:
    """Both groups name subjects, none shared or related, and they are not named beside each other."""
    if not a.subjects or not b.subjects or a.subjects & b.subjects:
        return False
    if any(_related(x, y) for x in a.subjects for y in b.subjects):
        return False
    return not (a.subjects & b.entities and b.subjects & a.entities)


def _too_far(a: _Group, b: _Group, rule: Rule) -> bool:
    """Some claim of ``a`` and some claim of ``b`` lie more than ``rule.max_ratio`` apart."""
    if a.hi_min > 0 and b.hi_min > 0:
        r = float(rule.max_ratio)
        return a.lo_max > r * b.hi_min or b.lo_max > r * a.hi_min
    return any(ratio_apart(x.value.span, y.value.span) > rule.max_ratio for x in a.items for y in b.items)


def _consistent(xs: Iterable[Item], ys: Sequence[Item], rule: Rule) -> bool:
    return all(is_consistent(x.value, y.value, rule) for x in xs for y in ys)


def _groups_consistent(a: _Group, b: _Group, rule: Rule) -> bool:
    """Every claim of ``a`` consistent with every claim of ``b``.

    For plain positive points with no absolute tolerance, the widest cross pairs decide: the
    smallest of one group against the largest of the other.
    """
    if a.points and b.points and rule.absolute_tolerance == 0:
        rel = rule.relative_tolerance
        return all(hi <= lo or hi - lo <= rel * hi for lo, hi in ((a.pmin, b.pmax), (b.pmin, a.pmax)))
    return _consistent(a.items, b.items, rule)


def _may_join(a: _Group, b: _Group, rule: Rule, *, same_article: bool) -> bool:
    """Whether ``a`` and ``b`` may be one fact; cheap set checks first, value checks last."""
    if len(a.currencies | b.currencies) > 1 or len(a.stories | b.stories) > 1:
        return False
    if same_article:
        # Inside one article, the same value of the same kind restated about the same subject.
        if a.subjects and b.subjects and not a.subjects & b.subjects:
            return False
        return _groups_consistent(a, b, rule)
    if a.articles == b.articles:
        return False  # left apart by the same-article pass: no other source joins them
    topics_apart = bool(a.topics and b.topics and not a.topics & b.topics)
    if _score(a, b) < 1 or _too_far(a, b, rule):
        return False
    shared = a.articles & b.articles
    if shared and not _consistent(
        (i for i in a.items if i.article in shared), [i for i in b.items if i.article in shared], rule
    ):
        return False  # one article stating two different values speaks of two things
    if _groups_consistent(a, b, rule):
        return not (_subjects_clash(a, b) or topics_apart)
    return all(_may_disagree(x, y, rule) for x in a.items for y in b.items)


def _candidates(groups: list[_Group], rule: Rule, *, same_article: bool) -> list[tuple[int, int, int]]:
    """Pairs of groups worth checking, best evidence first: only groups sharing a subject, entity
    or topic (or, in the same-article pass, an article) are ever paired."""
    index: dict[object, list[int]] = defaultdict(list)
    for n, g in enumerate(groups):
        keys: Iterable[object] = (
            g.articles if same_article else [*g.subjects, *g.entities, *(("topic", t) for t in g.topics)]
        )
        for key in keys:
            index[key].append(n)
    seen: set[tuple[int, int]] = set()
    pairs: list[tuple[int, int, int]] = []
    r = float(rule.max_ratio)
    for members in index.values():
        if not same_article and all(groups[n].hi_min > 0 for n in members):
            # Sorted by their largest low end, a group only meets the ones that start within
            # max_ratio of its smallest high end: the rest are too far apart in value.
            members = sorted(members, key=lambda n: groups[n].lo_max)
            window = [(groups[n].lo_max, n) for n in members]
        else:
            window = []
        for x, i in enumerate(members):
            for y in range(x + 1, len(members)):
                j = members[y]
                if window and window[y][0] > r * groups[i].hi_min:
                    break
                key = (i, j) if i < j else (j, i)
                if key in seen:
                    continue
                seen.add(key)
                a, b = groups[key[0]], groups[key[1]]
                if same_article:
                    if a.articles == b.articles:
                        pairs.append((0, *key))
                elif not _too_far(a, b, rule):
                    pairs.append((-_score(a, b), *key))
    pairs.sort()
    return pairs


def _find(root: list[int], k: int) -> int:
    while root[k] != k:
        k = root[k]
    return k


def _merge_pass(groups: list[_Group], rule: Rule, *, same_article: bool) -> list[_Group]:
    """Join groups, best-evidenced pairs first, until no pair may join (deterministic order)."""
    while True:
        live: list[_Group | None] = list(groups)
        root = list(range(len(groups)))

        changed = False
        for _, i, j in _candidates(groups, rule, same_article=same_article):
            ri, rj = _find(root, i), _find(root, j)
            a, b = live[ri], live[rj]
            if ri == rj or a is None or b is None:
                continue
            if _may_join(a, b, rule, same_article=same_article):
                live[ri], live[rj], root[rj] = a.absorb(b), None, ri
                changed = True
        groups = [g for g in live if g is not None]
        if not changed:
            return groups


def align(items: Iterable[Item], *, stories: Sequence[int | None], rule: Rule) -> list[list[int]]:
    """Group ``items`` into facts; returns the items' ``index`` lists, each in input order.

    ``stories[article]`` is the story an article belongs to (None when undated).
    """
    blocks: dict[tuple[str, str | None, str | None], list[Item]] = defaultdict(list)
    for item in items:
        blocks[_block(item)].append(item)
    out: list[list[int]] = []
    for block in blocks.values():
        groups = [_Group([i], stories) for i in block]
        groups = _merge_pass(groups, rule, same_article=True)
        groups = _merge_pass(groups, rule, same_article=False)
        out.extend(sorted(i.index for i in g.items) for g in groups)
    out.sort(key=lambda g: g[0])
    return out
