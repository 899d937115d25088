"""Numbers whose unit was cut off with the text: a dump that stops mid-word ("7-10 mon") leaves a
bare count where the other sources state a duration or an amount.

Such a claim (a count with no unit, ending within a few characters of the end of its text) joins
the one fact of any kind that states the same numbers about the same holder with a shared topic;
with no such fact, or more than one, it stands alone.

>>> is_cut("close to models 7-10 mon", 16, 20, unit=None)
True
>>> is_cut("7-10 months later, it was done.", 0, 4, unit=None)
False
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence

from aicoverage.compare.alignment import Aligned, Item

__all__ = ["attach_cut", "is_cut"]

_TAIL = 8


def is_cut(text: str, start: int, end: int, *, unit: str | None) -> bool:
    """Whether the number ``text[start:end]`` has no unit and the text stops just after it."""
    if end > len(text):
        return False
    tail = text[end:]
    return unit is None and len(tail) <= _TAIL and (not tail.strip() or tail.strip().isalpha())


def _key(item: Item) -> Hashable:
    return (item.holder or item.subject, item.value.low, item.value.top)


def attach_cut(groups: list[Aligned], cut: Sequence[Item], items: Sequence[Item | None]) -> list[Aligned]:
    """``groups`` with each cut item joined to its one matching fact (or standing alone).

    ``items[index]`` is the alignment item of each claim index (None for fact-sheet claims).
    """
    index: dict[Hashable, list[int]] = defaultdict(list)
    for n, g in enumerate(groups):
        for key in {_key(i) for m in g.members if (i := items[m]) is not None and (i.holder or i.subject)}:
            index[key].append(n)
    out = list(groups)
    for item in cut:
        fits = []
        for n in index.get(_key(item), []) if (item.holder or item.subject) else []:
            topics = set().union(*(i.topics for m in out[n].members if (i := items[m]) is not None))
            if topics & item.topics:
                fits.append(n)
        if len(fits) == 1:
            g = out[fits[0]]
            out[fits[0]] = Aligned(
                [*g.members, item.index],
                [*g.signals, ("unit cut off", "holder", "same value", "topic")],
                g.guards,
            )
        else:
            out.append(Aligned([item.index], [()]))
    return out
