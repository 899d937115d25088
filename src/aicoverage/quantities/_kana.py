"""Japanese numbers spelled in hiragana: "ななひゃくよんじゅうに" (742), "さんぜんまん" (30000000).

The readings are data (``data/numerals/ja.toml``, ``[kana] readings``: reading -> kanji, sound
changes included: "ろっぴゃく", "はっせん"). A run of readings is spelled again in kanji and read
as a kanji numeral. Hiragana also write ordinary words ("に" is a particle, "しちょう" a mayor),
so a run counts only where no other hiragana touches it on either side, and only with a unit or
section reading in it, unless it is the whole text or a word set apart by spaces or commas (one kana
only between two of them).

>>> [(n.start, n.end, str(n.low)) for n in find_kana("ななひゃくよんじゅうに", "ja")]
[(0, 11, '742')]
>>> find_kana("いちばん", "ja")
[]
"""

from __future__ import annotations

import functools
import re

from attrs import frozen

from aicoverage._scripts import HIRAGANA
from aicoverage._tables import read_table
from aicoverage.quantities._cjk import read_cjk
from aicoverage.quantities._numeral import Numeral

_HIRAGANA = HIRAGANA
_ANY_HIRAGANA = re.compile(f"[{HIRAGANA}]")


@frozen
class _Kana:
    run: re.Pattern[str]
    readings: dict[str, str]
    units: frozenset[str]


@functools.cache
def _kana(language: str) -> _Kana | None:
    table = read_table("numerals", language).get("kana", {})
    readings: dict[str, str] = dict(table.get("readings", {}))
    if not readings:
        return None
    alternatives = "|".join(re.escape(r) for r in sorted(readings, key=len, reverse=True))
    run = re.compile(f"(?<![{_HIRAGANA}])(?:{alternatives})+(?![{_HIRAGANA}])")
    cjk = read_table("numerals", language).get("cjk", {})
    marks = {*cjk.get("units", {}), *cjk.get("sections", {})}
    units = frozenset(r for r, k in readings.items() if k in marks)
    return _Kana(run, readings, units)


_APART = re.compile(r"[\s、，,。.・]")


def _set_apart(text: str, m: re.Match[str]) -> bool:
    """A reading with a space or a comma on both sides ("いち、 に、 さん"): a word of its own, not
    a particle or part of a word. One kana ("に", "ご") only between two separators inside the
    text: a particle follows a word, never a comma."""
    inside_before = m.start() > 0 and _APART.match(text, m.start() - 1) is not None
    inside_after = m.end() < len(text) and _APART.match(text, m.end()) is not None
    if len(m.group()) == 1:
        return inside_before and inside_after
    before = m.start() == 0 or inside_before
    after = m.end() == len(text) or inside_after
    return before and after


def find_kana(text: str, language: str) -> list[Numeral]:
    """The hiragana numbers of ``text`` (none for a language without ``[kana]``), in order."""
    kana = _kana(language)
    if kana is None or not _ANY_HIRAGANA.search(text):
        return []
    out = []
    whole = text.strip()
    pieces = re.compile("|".join(re.escape(r) for r in sorted(kana.readings, key=len, reverse=True)))
    for m in kana.run.finditer(text):
        words = pieces.findall(m.group())
        if not any(w in kana.units for w in words) and m.group() != whole and not _set_apart(text, m):
            continue
        spelled = "".join(kana.readings[w] for w in words)
        found = read_cjk(spelled, 0, len(spelled), language)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(spelled):
            n = found[0]
            out.append(
                Numeral(m.start(), m.end(), n.low, n.high, words=True, magnitude=n.magnitude, vague=n.vague)
            )
    return out
