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
from aicoverage.model import Quantity, Rule


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


def _stories_clash(a: _Group, b: _Group, stories: Sequence[int | None]) -> bool:
    sa = {stories[x] for x in a.articles} - {None}
    sb = {stories[x] for x in b.articles} - {None}
    return len(sa | sb) > 1


def _consistent(a: _Group, b: _Group, rule: Rule) -> bool:
    return all(is_consistent(x.value, y.value, rule) for x in a.items for y in b.items)


def _may_join(a: _Group, b: _Group, stories: Sequence[int | None], rule: Rule, *, same_article: bool) -> bool:
    if len(a.currencies | b.currencies) > 1 or _stories_clash(a, b, stories):
        return False
    shared = a.articles & b.articles
    if shared and not _consistent(
        _Group([i for i in a.items if i.article in shared]),
        _Group([i for i in b.items if i.article in shared]),
        rule,
    ):
        return False  # one article stating two different values speaks of two things
    consistent = _consistent(a, b, rule)
    if not same_article and a.articles == b.articles:
        return False  # left apart by the same-article pass: no other source joins them
    if same_article:
        # Inside one article, the same value of the same kind restated about the same subject.
        return consistent and not (a.subjects and b.subjects and not a.subjects & b.subjects)
    if any(ratio_apart(x.value.span, y.value.span) > rule.max_ratio for x in a.items for y in b.items):
        return False
    topics_apart = bool(a.topics and b.topics and not a.topics & b.topics)
    if not consistent:
        return all(_may_disagree(x, y, rule) for x in a.items for y in b.items)
    if _subjects_clash(a, b) or topics_apart:
        return False
    return _score(a, b) >= 1


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
            if score >= 1:
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
