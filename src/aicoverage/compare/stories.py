"""Stories from content: which articles report the same events.

An article's *keys* are what it reports: each claim's kind, unit or currency and value (two
significant figures), and each (holder, measure) it names. Articles are taken in a canonical order
(dated first, by date, then path). An article joins the story it shares most keys with (at least
one) among the stories whose dates lie within ``days`` of its own (an undated article fits any);
an article that shares no key joins the dated story of its window if it says too little to tell
(fewer than three keys), else starts a story of its own. Undated articles are placed after the
dated ones the same way, but with nothing to bound them in time one shared key does not join two
undated ones (it takes two), and one that says too little stands alone. So an undated article
joins its story, a folder of undated texts still falls into its stories, two stories of the same
week stay apart, and an unrelated story stays on its own.

>>> from decimal import Decimal
>>> from aicoverage.model import Article, Claim, Extraction, Kind, Quantity, Source
>>> def on(path, day, *values):
...     claims = tuple(Claim(start=0, end=1, text="x", sentence="x", sentence_start=0,
...                          quantity=Quantity(kind=Kind.PERCENT, low=Decimal(v), high=Decimal(v)))
...                    for v in values)
...     return Extraction(article=Article(Source(path, "text"), "", "", published=day), claims=claims)
>>> group_stories([on("a", dt.date(2025, 1, 27), 17, 4, 9), on("b", None, 17, 4),
...                on("c", dt.date(2025, 1, 28), 31, 55, 70)])
[0, 0, 1]
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence

from aicoverage.compare.agreement import read_value, represent
from aicoverage.model import Extraction

__all__ = ["group_stories"]

_TELLS = 3
_BRIDGE = 2
_LOOK = 32


def _day(extraction: Extraction) -> dt.date | None:
    published = extraction.article.published
    if isinstance(published, dt.datetime):
        return published.date()
    return published


def article_keys(extraction: Extraction) -> set[Hashable]:
    """What an article reports: (kind, unit or currency, value to two figures) of each claim and
    each (holder, measure) it names."""
    keys: set[Hashable] = set()
    for claim in extraction.claims:
        q = claim.quantity
        rep = represent(read_value(q))
        if rep.is_finite() and rep != 0:
            keys.add((q.kind.value, q.currency or q.unit, f"{float(rep):.2g}"))
        if claim.holder and claim.measure:
            keys.add((claim.holder, claim.measure))
    return keys


class _Story:
    def __init__(self, number: int, day: dt.date | None) -> None:
        self.number = number
        self.first = self.last = day
        self.merged: int | None = None

    def fits(self, day: dt.date | None, days: int) -> bool:
        if day is None or self.first is None or self.last is None:
            return True
        return (day - self.last).days <= days and (self.first - day).days <= days

    def take(self, day: dt.date | None) -> None:
        if day is not None:
            self.first = day if self.first is None else min(self.first, day)
            self.last = day if self.last is None else max(self.last, day)


def group_stories(extractions: Sequence[Extraction], *, days: int = 90) -> list[int | None]:
    """The story number of each article, from what it reports and when (see the module docs).

    Story numbers follow the canonical order. An undated article that shares nothing with any
    story starts its own when it reports three keys or more; one that says less joins the only
    story if there is one, else gets None (it stands alone; such articles are compared among
    themselves).
    """
    days_of = [_day(e) for e in extractions]
    order = sorted(
        range(len(extractions)),
        key=lambda n: (days_of[n] is None, days_of[n] or dt.date.min, extractions[n].article.source.path, n),
    )
    grouping = _Grouping(days)
    out: list[int | None] = [None] * len(extractions)
    keys = {n: article_keys(extractions[n]) for n in order}
    for n in order:
        out[n] = grouping.place(days_of[n], keys[n], out, alone=days_of[n] is None)
    for n in order:  # undated articles again, now that every dated one is placed
        if out[n] is None:
            out[n] = grouping.place(None, keys[n], out, alone=len(keys[n]) < _TELLS)
    live = {s for s in out if s is not None}
    if len(live) == 1:  # one story only: an undated article is part of it
        out = [live.pop()] * len(out)
    numbers: dict[int, int] = {}
    for n in order:
        if (got := out[n]) is not None:
            numbers.setdefault(got, len(numbers))
    return [None if s is None else numbers[s] for s in out]


class _Grouping:
    """Stories so far and the index of their keys."""

    def __init__(self, days: int) -> None:
        self.days = days
        self.stories: list[_Story] = []
        self.index: dict[Hashable, list[int]] = defaultdict(list)

    def place(
        self, day: dt.date | None, keys: set[Hashable], out: list[int | None], *, alone: bool
    ) -> int | None:
        """The story of an article dated ``day`` that reports ``keys`` (None: ``alone`` and no match)."""
        stories, days = self.stories, self.days
        shared: Counter[int] = Counter()
        for key in keys:
            for s in self.index.get(key, ())[-_LOOK:]:
                shared[s] += 1
        fitting = sorted(
            ((count, -s) for s, count in shared.items() if self._fits(stories[s], day, count)),
            reverse=True,
        )
        if fitting:
            story = -fitting[0][1]
            for count, s in fitting[1:]:
                if count >= _BRIDGE:
                    _merge(stories, self.index, out, -s, story)
        elif day is not None and len(keys) < _TELLS and (near := _nearest(stories, day, days)) is not None:
            story = near
        elif alone:
            return None
        else:
            stories.append(_Story(len(stories), day))
            story = len(stories) - 1
        stories[story].take(day)
        for key in keys:
            entry = self.index[key]
            if not entry or entry[-1] != story:
                entry.append(story)
        return story

    def _fits(self, story: _Story, day: dt.date | None, shared: int) -> bool:
        """Whether an article dated ``day`` sharing ``shared`` keys may join ``story``. With no
        date on either side nothing bounds the match, so one shared figure is not enough (two
        stories of a corpus both say "nine to twelve months"): it takes ``_BRIDGE``."""
        if day is None and story.first is None and shared < _BRIDGE:
            return False
        return story.fits(day, self.days)


def _merge(
    stories: list[_Story], index: dict[Hashable, list[int]], out: list[int | None], old: int, new: int
) -> None:
    """Story ``old`` becomes part of ``new``: an article reports both."""
    if old == new:
        return
    stories[new].take(stories[old].first)
    stories[new].take(stories[old].last)
    stories[old].first = stories[old].last = None
    stories[old].merged = new
    for n, s in enumerate(out):
        if s == old:
            out[n] = new
    for entry in index.values():
        entry[:] = [new if s == old else s for s in entry]


def _nearest(stories: Sequence[_Story], day: dt.date, days: int) -> int | None:
    """The dated story whose dates lie nearest ``day``, within ``days``."""
    best: tuple[int, int] | None = None
    for s in stories:
        if s.merged is not None or s.first is None or s.last is None or not s.fits(day, days):
            continue
        gap = max(0, (s.first - day).days, (day - s.last).days)
        if best is None or gap < best[0]:
            best = (gap, s.number)
    return None if best is None else best[1]
