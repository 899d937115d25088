"""One written word cut into the number words it is made of: "dreiundzwanzig", "duecentoquarantatre".

German and Italian write a whole number as one word; Italian drops a final vowel before a vowel
("ventuno" is venti + uno); ordinals are a cardinal and a suffix ("venticinquesimo",
"cinquième"). The pieces and the rules are the language's table (``[words.syntax]``: ``compound``,
``elide_final_vowel``, ``ordinal_suffixes``; ``[words.stems]`` for stems that change before a suffix,
"cinqu", "neuv"). A word that is not wholly made of pieces is no number.

>>> pieces = {"drei": ("num", Decimal(3)), "zwanzig": ("num", Decimal(20)), "und": ("join", Decimal(0))}
>>> rules = SplitRules(pieces, {}, {}, compound=True, elide=False)
>>> [p.key for p in split_word("dreiundzwanzig", rules)]
['drei', 'und', 'zwanzig']
>>> split_word("dreieck", rules) is None
True
"""

from __future__ import annotations

from decimal import Decimal

from attrs import frozen

_VOWELS = frozenset("aeiouàèéìòùáíóúâêîôûäöü")
_MAX_WORD = 80  # longer "words" are never numbers; keeps the search bounded


@frozen
class WordToken:
    """One number word: offsets (in its run, or inside one written word), kind, value, normalised key."""

    start: int
    end: int
    kind: str
    value: Decimal
    key: str


@frozen
class SplitRules:
    """What :func:`split_word` needs of a language: its pieces and how they are glued."""

    pieces: dict[str, tuple[str, Decimal]]
    """Single number words (casefolded) -> (kind, value), joiners as ("join", 0)."""
    stems: dict[str, tuple[str, Decimal]]
    """Stems that stand only before an ordinal suffix ("cinqu" -> 5)."""
    suffixes: dict[str, int]
    """Ordinal suffixes ("esimo", "ième") -> 1 (kept as a mapping for the table's shape)."""
    compound: bool
    """Whether several number words may be written as one ("tremila")."""
    elide: bool
    """Whether a piece may lose its final vowel before a vowel ("vent" + "uno")."""


def split_word(word: str, rules: SplitRules) -> list[WordToken] | None:
    """The pieces ``word`` is made of (an ordinal suffix as kind "ordsuf"), or None."""
    key = word.lower()
    if not key or len(key) > _MAX_WORD:
        return None
    memo: dict[int, list[WordToken] | None] = {}
    return _split_from(key, 0, rules, memo, count=0)


def _candidates(key: str, at: int, rules: SplitRules) -> list[tuple[int, str, tuple[str, Decimal], bool]]:
    """(end, piece key, kind, elided) for every piece that starts at ``at``, longest first."""
    out = []
    for end in range(len(key), at, -1):
        part = key[at:end]
        if part in rules.pieces:
            out.append((end, part, rules.pieces[part], False))
        if part in rules.stems:
            out.append((end, part, rules.stems[part], True))
        if rules.elide:
            for vowel in "oaie":
                full = rules.pieces.get(part + vowel)
                if full is not None and full[0] != "join":
                    out.append((end, part + vowel, full, True))
                    break
    return out


def _split_from(
    key: str, at: int, rules: SplitRules, memo: dict[int, list[WordToken] | None], *, count: int
) -> list[WordToken] | None:
    if at == len(key):
        return []
    if at in memo:
        return memo[at]
    found: list[WordToken] | None = None
    for suffix in rules.suffixes:
        if count and key.startswith(suffix, at) and at + len(suffix) == len(key):
            found = [WordToken(at, len(key), "ordsuf", Decimal(0), suffix)]
    if found is None and (count == 0 or rules.compound):
        for end, part, (kind, value), elided in _candidates(key, at, rules):
            if elided and not _before_vowel(key, end, rules):
                continue
            if kind == "join" and (count == 0 or end == len(key)):
                continue  # "und" neither starts nor ends a number
            rest = _split_from(key, end, rules, memo, count=count + 1)
            if rest is not None:
                found = [WordToken(at, end, kind, value, part), *rest]
                break
    memo[at] = found
    return found


def _before_vowel(key: str, end: int, rules: SplitRules) -> bool:
    """An elided piece stands before a vowel, or before an ordinal suffix."""
    return end < len(key) and (key[end] in _VOWELS or any(key.startswith(s, end) for s in rules.suffixes))


def cardinal_of(pieces: list[WordToken]) -> Decimal | None:
    """The whole number that ``pieces`` (no suffix) spell: "ventun" -> 21, "duemiladuecento" -> 2200."""
    total, group = Decimal(0), Decimal(0)
    for p in pieces:
        if p.kind in ("num", "ordunit"):
            group += p.value
        elif p.kind == "mult":
            group = (group or Decimal(1)) * p.value
        elif p.kind in ("scale", "plural"):
            total += (group or Decimal(1)) * p.value
            group = Decimal(0)
        elif p.kind != "join":
            return None
    return total + group
