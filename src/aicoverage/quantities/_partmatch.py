"""A match put together from several: compiled patterns for the short parts, word lookups for the
long lists (:mod:`._wordset`). It answers as ``re.Match`` does for what the engine asks of it.

>>> import re
>>> m = re.compile(r"\\s*(?P<conn>to)\\s*").match("5 to USD 10", 1)
>>> r = PartMatch.of(m, cur=(5, 8))
>>> r.group("conn"), r.group("cur"), r.group("pct"), r.end(), r.start("cur")
('to', 'USD', None, 8, 5)
"""

from __future__ import annotations

import re
from typing import Any

from attrs import frozen


@frozen
class PartMatch:
    """The text, the whole span and the spans of the groups that took part."""

    text: str
    whole: tuple[int, int]
    spans: dict[str, tuple[int, int]]

    @classmethod
    def of(cls, m: re.Match[str], **more: tuple[int, int]) -> PartMatch:
        """``m``'s groups, with ``more`` groups that end at or after it (the whole span grows)."""
        spans = {name: m.span(name) for name, value in m.groupdict().items() if value is not None}
        spans.update(more)
        end = max([m.end(), *(e for _, e in more.values())])
        return cls(m.string, (m.start(), end), spans)

    def group(self, name: str | int = 0) -> str | Any:
        """The text of group ``name`` or None (typed as ``re.Match.group``: callers test first)."""
        if name == 0:
            return self.text[self.whole[0] : self.whole[1]]
        span = self.spans.get(str(name))
        return None if span is None else self.text[span[0] : span[1]]

    def start(self, name: str | int = 0) -> int:
        return self.whole[0] if name == 0 else self.spans.get(str(name), (-1, -1))[0]

    def end(self, name: str | int = 0) -> int:
        return self.whole[1] if name == 0 else self.spans.get(str(name), (-1, -1))[1]

    def groupdict(self) -> dict[str, str | None]:
        return {name: self.text[s:e] for name, (s, e) in self.spans.items()}
