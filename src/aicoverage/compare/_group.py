"""A group of claims lined up so far and the summary every alignment check reads in O(1)."""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterator
from collections.abc import Set as AbstractSet
from decimal import Decimal
from typing import TypeVar

from attrs import frozen

from aicoverage.compare.agreement import Value
from aicoverage.model import Bound, Quantity

_PER_ARTICLE = 16
"""(offset, holder) pairs a group keeps per article, for the neighbouring-holder guard."""
_VALUES = 16
"""Distinct values a group keeps for its checks (besides its extremes): values in one fact agree."""
_PLAIN = (Bound.EXACT, Bound.APPROX)
T = TypeVar("T")

_NONE: frozenset[str] = frozenset()
_NO_REPEATS: dict[str, Counter[tuple[Decimal, Decimal]]] = {}
"""Shared by every group with no article stated twice (never written: replaced on first use)."""


@functools.lru_cache(maxsize=4096)
def _one(name: str) -> frozenset[str]:
    """The one-name set, shared by every group that has only this name."""
    return frozenset((name,))


def _with(names: AbstractSet[T], more: AbstractSet[T]) -> AbstractSet[T]:
    """``names`` and ``more``: a shared frozenset while one holds them all, the group's own set after."""
    if more <= names:
        return names
    if not names:
        return more if isinstance(more, frozenset) else set(more)
    if isinstance(names, set):
        names |= more
        return names
    return {*names, *more}


@frozen
class Item:
    """A claim as alignment sees it: its place, (converted) value and what it is about."""

    key: tuple[str, int]
    """(article path, offset): the canonical order."""
    index: int
    quantity: Quantity
    value: Value
    currency: str | None = None
    holder: str | None = None
    subject: str | None = None
    measure: str | None = None
    period: str | None = None
    part: str | None = None
    story: int | None = None
    topics: frozenset[str] = frozenset()
    entities: frozenset[str] = frozenset()
    """Canonical names of the entities of the claim's sentence (holder and subject included)."""
    context: frozenset[Hashable] = frozenset()
    """The other values stated in the claim's sentence."""
    language: str | None = None
    found_who: bool = False
    """The holder (else subject) is a name found in the text, not a known entity: in another
    language it may be spelt otherwise ("Commissione", "Commission"), so it is no clash there."""

    @property
    def article(self) -> str:
        return self.key[0]


class Group:
    """Claims lined up so far, with the summary every check reads in O(1).

    Laid out for memory (a block may hold a million groups, most of one claim): a set of names is
    a shared frozenset (the item's own, or :func:`_one`) until a second one comes; an article's
    values are a tuple; repeated numbers of an article are counted only once it has two claims.
    """

    def __init__(self, item: Item) -> None:
        q = item.quantity
        self.kind, self.unit, self.per, self.currency = q.kind, q.unit, q.per, item.currency
        self.story, self.period, self.part = item.story, item.period, item.part
        self.holders: AbstractSet[str] = _NONE
        self.subjects: AbstractSet[str] = _NONE
        self.measures: AbstractSet[str] = _NONE
        self.whos: AbstractSet[str] = _NONE
        self.comparable: dict[str | None, set[str]] = defaultdict(set)
        """By language, the whos another language's claim can tell apart from its own: known
        entities under None, names found in the text under their language."""
        self.article_whos: dict[str, tuple[tuple[int, str], ...]] = {}
        self.topics: AbstractSet[str] = _NONE
        self.entities: AbstractSet[str] = _NONE
        self.context: AbstractSet[Hashable] = _NONE
        self.by_article: dict[str, tuple[Value, ...]] = {}
        self.repeats: dict[str, Counter[tuple[Decimal, Decimal]]] = _NO_REPEATS
        self.values: tuple[Value, ...] = ()
        self.numbers: tuple[tuple[Decimal, Decimal], ...] = ()
        self.currencies: AbstractSet[str] = _NONE
        self.members: list[int] = []
        self.signals: list[tuple[str, ...]] = []
        self.guards: list[tuple[int, str]] = []
        self.pmin = self.pmax = Decimal(0)
        self.points = True
        self.add(item, ())

    def add(self, item: Item, signals: tuple[str, ...]) -> None:
        self.members.append(item.index)
        self.signals.append(signals)
        q = item.quantity
        self.unit, self.per = self.unit or q.unit, self.per or q.per
        self.currency, self.story = (
            self.currency or item.currency,
            self.story if self.story is not None else item.story,
        )
        self.period, self.part = self.period or item.period, self.part or item.part
        if item.holder:
            self.holders = _with(self.holders, _one(item.holder))
        if item.subject:
            self.subjects = _with(self.subjects, _one(item.subject))
        if item.measure:
            self.measures = _with(self.measures, _one(item.measure))
        if item.holder or item.subject:
            self.whos = _with(self.whos, _one(item.holder or item.subject or ""))
            self.comparable[item.language if item.found_who else None].add(item.holder or item.subject or "")
            near = self.article_whos.get(item.article, ())
            if len(near) < _PER_ARTICLE:
                self.article_whos[item.article] = (*near, (item.key[1], item.holder or item.subject or ""))
        self.topics = _with(self.topics, item.topics)
        self.entities = _with(self.entities, item.entities)
        self.context = _with(self.context, item.context)
        v = item.value
        point = v.low == v.top and v.low > 0 and v.bound in _PLAIN
        if not self.values:
            self.pmin, self.pmax = v.low, v.top
        self.points = self.points and point
        self.pmin, self.pmax = min(self.pmin, v.low), max(self.pmax, v.top)
        if len(self.values) < _VALUES:
            if v not in self.values:
                self.values += (v,)
            if (v.low, v.top) not in self.numbers:
                self.numbers += ((v.low, v.top),)
        if item.currency:
            self.currencies = _with(self.currencies, _one(item.currency))
        self._count(item.article, v)

    def _count(self, article: str, v: Value) -> None:
        """Keep ``v`` among the article's values (values of one article in one fact agree: a few
        stand for them all) and count the article's numbers once it has a second claim here."""
        same = self.by_article.get(article)
        if same is None:
            self.by_article[article] = (v,)
            return
        if len(same) < _PER_ARTICLE and v not in same:
            self.by_article[article] = (*same, v)
        if self.repeats is _NO_REPEATS:
            self.repeats = {}
        seen = self.repeats.get(article)
        if seen is None:
            seen = self.repeats[article] = Counter([(same[0].low, same[0].top)])
        seen[v.low, v.top] += 1

    @property
    def counts(self) -> dict[tuple[str, Decimal, Decimal], int]:
        """How many of the group's claims state each (article, low, top)."""
        out: dict[tuple[str, Decimal, Decimal], int] = {}
        for article, same in self.by_article.items():
            seen = self.repeats.get(article)
            if seen is None:
                out[article, same[0].low, same[0].top] = 1
            else:
                out.update(((article, low, top), n) for (low, top), n in seen.items())
        return out

    def keys(self) -> Iterator[Hashable]:
        yield from (("h", h) for h in self.holders)
        yield from (("m", m) for m in self.measures)
        yield from (("s", s) for s in self.subjects)
        yield from (("t", t) for t in self.topics)
        yield from (("e", e) for e in self.entities)
        yield from (("c", c) for c in self.context)
