"""Automatic alignment: which claims, from any article, state the same fact.

Claims meet only when their kind, unit, rate period and currency fit (a claim with no stated
currency fits any). Evidence that two groups of claims state one fact comes from what they are
about: the same subject entity, entities named in both sentences, shared topic ids. Values alone
never join claims; they only keep apart claims whose values lie further apart than the rule's
``max_ratio`` unless subject and topic both match. Guards: no two claims of one fact from articles
of different stories, no clashing subjects, no disjoint topics, and one article never states two
inconsistent values for one fact (it speaks of two different things).

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
from aicoverage.model import Quantity, Rule

_JOIN_SCORE = 2
"""Evidence needed to join two groups: a shared subject, or a shared topic plus a shared entity."""


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


def _block(item: Item) -> tuple[str, str | None, str | None]:
    q = item.quantity
    return (q.kind.value, q.unit, q.per)


class _Group:
    """Claims lined up so far (one fact to be)."""

    def __init__(self, items: list[Item]) -> None:
        self.items = items
        self.subjects = {i.subject for i in items if i.subject}
        self.entities = frozenset().union(*(i.entities for i in items))
        self.topics = frozenset().union(*(i.topics for i in items))
        self.currencies = {i.currency for i in items if i.currency}
        self.articles = {i.article for i in items}
        self.low = min(i.value.span[0] for i in items)
        self.high = max(i.value.span[1] for i in items)

    def absorb(self, other: _Group) -> _Group:
        return _Group(self.items + other.items)


def _score(a: _Group, b: _Group) -> int:
    score = 0
    if a.subjects & b.subjects:
        score += 2
    if a.entities & b.entities:
        score += 1
    score += min(2, len(a.topics & b.topics))
    return score


def _subjects_clash(a: _Group, b: _Group) -> bool:
    """Both groups name subjects, none shared, and neither's subject is named beside the other's."""
    if not a.subjects or not b.subjects or a.subjects & b.subjects:
        return False
    return not (a.subjects & b.entities or b.subjects & a.entities)


def _stories_clash(a: _Group, b: _Group, stories: Sequence[int | None]) -> bool:
    sa = {stories[x] for x in a.articles} - {None}
    sb = {stories[x] for x in b.articles} - {None}
    return len(sa | sb) > 1


def _same_article_clash(a: _Group, b: _Group, rule: Rule) -> bool:
    shared = a.articles & b.articles
    if not shared:
        return False
    mine = [i for i in a.items if i.article in shared]
    theirs = [i for i in b.items if i.article in shared]
    return any(
        x.article == y.article and not is_consistent(x.value, y.value, rule) for x in mine for y in theirs
    )


def _may_join(a: _Group, b: _Group, stories: Sequence[int | None], rule: Rule, *, same_article: bool) -> bool:
    if len(a.currencies | b.currencies) > 1:
        return False
    if a.topics and b.topics and not a.topics & b.topics:
        return False
    if _subjects_clash(a, b) or _stories_clash(a, b, stories) or _same_article_clash(a, b, rule):
        return False
    if same_article:
        # Inside one article, the same value of the same kind restated is the same fact.
        return all(is_consistent(x.value, y.value, rule) for x in a.items for y in b.items)
    if _score(a, b) < _JOIN_SCORE:
        return False
    strong = bool(a.subjects & b.subjects and a.topics & b.topics)
    return strong or ratio_apart((a.low, a.high), (b.low, b.high)) <= rule.max_ratio


def _candidates(groups: list[_Group], *, same_article: bool) -> list[tuple[int, int, int]]:
    pairs: list[tuple[int, int, int]] = []
    for i, a in enumerate(groups):
        for j in range(i + 1, len(groups)):
            b = groups[j]
            if same_article:
                if a.articles == b.articles:
                    pairs.append((0, i, j))
                continue
            score = _score(a, b)
            if score >= _JOIN_SCORE:
                pairs.append((-score, i, j))
    pairs.sort()
    return pairs


def _find(root: list[int], k: int) -> int:
    while root[k] != k:
        k = root[k]
    return k


def _merge_pass(
    groups: list[_Group], stories: Sequence[int | None], rule: Rule, *, same_article: bool
) -> list[_Group]:
    """Join groups, best-evidenced pairs first, until no pair may join (deterministic order)."""
    while True:
        live: list[_Group | None] = list(groups)
        root = list(range(len(groups)))

        changed = False
        for _, i, j in _candidates(groups, same_article=same_article):
            ri, rj = _find(root, i), _find(root, j)
            a, b = live[ri], live[rj]
            if ri == rj or a is None or b is None:
                continue
            if _may_join(a, b, stories, rule, same_article=same_article):
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
        groups = [_Group([i]) for i in block]
        groups = _merge_pass(groups, stories, rule, same_article=True)
        groups = _merge_pass(groups, stories, rule, same_article=False)
        out.extend(sorted(i.index for i in g.items) for g in groups)
    out.sort(key=lambda g: g[0])
    return out
