"""Layout cue words as compiled patterns, built once from ``data/boilerplate/<language>.toml``.

Every supported language's words are merged: a Russian page still says "loading", a Chinese one
"Wikipedia". Whole-line cues (``navigation``, ``share``, ``related``, ``comments``) match a line
holding nothing else but punctuation and a count; phrase cues (``paywall``, ``disclaimer``,
``credits``) match anywhere, on word boundaries for alphabetic scripts.

>>> cues = load_cues()
>>> cues.line_kind("Скопировать ссылку"), cues.line_kind("Comments (48)"), cues.line_kind("Share this story")
('share', 'comments', None)
>>> cues.find_phrase("paywall", "Рассылки The Bell стали платными. Подписывайтесь!")
18
>>> cues.find_phrase("paywall", "the unsubscribed nowhere") is None
True
"""

from __future__ import annotations

import functools
import re

from attrs import frozen

from aicoverage._tables import read_table, supported_languages
from aicoverage._wordtrie import trie_pattern

MAX_CUE_LINE = 80
"""Longest line (in characters) that can be a whole-line cue."""
LINE_KINDS = ("navigation", "share", "related", "comments")
PHRASE_KINDS = ("paywall", "disclaimer", "credits")
_OTHER = ("date_markers", "source_markers", "bylines", "reply_markers", "outlet_suffixes", "edit_markers")


@frozen
class Cues:
    """The compiled cue patterns (see the module docstring)."""

    whole_line: re.Pattern[str]
    phrase: dict[str, re.Pattern[str]]
    """Phrase cues as plain word tries over casefolded text (fast); see :meth:`find_phrase`."""
    date_marker: re.Pattern[str]
    source_marker: re.Pattern[str]
    byline_prefix: str
    """A regex alternation of byline prefixes, longest first (for embedding in larger patterns)."""
    reply_marker: re.Pattern[str]
    outlet_suffix: re.Pattern[str]
    edit_marker: re.Pattern[str]
    """Words of an edit stamp ("edited", "编辑"): a dated line that is no publication date."""

    def line_kind(self, line: str) -> str | None:
        """Which whole-line cue ``line`` is (``navigation``, ``share``, ...), or None."""
        line = line.strip()
        # Cues are short; the length check also keeps the pattern's backtracking bounded.
        if len(line) > MAX_CUE_LINE:
            return None
        m = self.whole_line.fullmatch(line)
        return m.lastgroup if m else None

    def find_phrase(self, kind: str, line: str) -> int | None:
        """Where the first ``kind`` phrase cue starts in ``line`` (casefolded), or None.

        Word boundaries are checked here rather than in the pattern: lookarounds would keep the
        regex engine from skipping quickly over positions no cue can start at.
        """
        folded = line.casefold()
        for m in self.phrase[kind].finditer(folded):
            start, end = m.span()
            word = m.group()
            if _cased(word[0]) and start > 0 and folded[start - 1].isalnum():
                continue
            if _cased(word[-1]) and end < len(folded) and folded[end].isalnum():
                continue
            return start
        return None


def _words(kind: str) -> list[str]:
    words: set[str] = set()
    for language in supported_languages():
        words.update(
            w.strip().casefold() for w in read_table("boilerplate", language).get(kind, ()) if w.strip()
        )
    return sorted(words, key=lambda w: (-len(w), w))


def _cased(char: str) -> bool:
    return char.isalnum() and char.lower() != char.upper()


def _bounded(word: str) -> str:
    """``word`` escaped, with word boundaries on the sides that end in a letter of a cased script."""
    out = re.escape(word)
    if word[0].isalnum() and word[0].lower() != word[0].upper():
        out = r"(?<!\w)" + out
    if word[-1].isalnum() and word[-1].lower() != word[-1].upper():
        out += r"(?!\w)"
    return out


def _alternation(words: list[str]) -> str:
    return "|".join(_bounded(w) for w in words) or r"(?!x)x"


@functools.cache
def load_cues() -> Cues:
    """The cue patterns, compiled once."""
    # Around a whole-line cue: bullets, punctuation, emoji and a count such as "(48)".
    frame = r"[\W_\d]*"
    whole = "|".join(f"(?P<{kind}>{_alternation(_words(kind))})" for kind in LINE_KINDS)
    return Cues(
        whole_line=re.compile(f"{frame}(?:{whole}){frame}", re.IGNORECASE),
        phrase={kind: re.compile(trie_pattern(_words(kind), literal=True)) for kind in PHRASE_KINDS},
        date_marker=re.compile(_alternation(_words("date_markers")), re.IGNORECASE),
        source_marker=re.compile(_alternation(_words("source_markers")), re.IGNORECASE),
        byline_prefix=_alternation(_words("bylines")),
        reply_marker=re.compile(_alternation(_words("reply_markers")), re.IGNORECASE),
        outlet_suffix=re.compile(f"(?:{_alternation(_words('outlet_suffixes'))})"),
        edit_marker=re.compile(_alternation(_words("edit_markers")), re.IGNORECASE),
    )
