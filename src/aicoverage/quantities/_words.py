"""Spelled-out numbers in alphabetic languages: "two hundred thousand", "duzentos e cinquenta", "полтора".

The words are data (``data/numerals/<language>.toml``: ``[words.*]`` and ``[vague]``; the scales are
the language's magnitude words, :mod:`._magnitudes`). The scanner matches a run of number words;
:func:`read_words` evaluates it left to right and splits it where the words stop forming one number
("one two" is two numbers). Vague amounts ("tens of thousands", "несколько десятков млн",
"bilhões") get a range of one order of magnitude.

>>> [(str(n.low), str(n.high)) for n in read_words("two hundred fifty-six thousand", 0, "en")]
[('256000', '256000')]
>>> [(str(n.low), str(n.high), n.vague) for n in read_words("несколько десятков млн", 0, "ru")]
[('10000000', '100000000', True)]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from attrs import frozen

from aicoverage._tables import read_table
from aicoverage._wordtrie import ALPHABETIC, trie_pattern
from aicoverage.quantities._magnitudes import magnitude_of, magnitude_words

_ALPHA = ALPHABETIC
_SEP = r"(?:[ \u00a0]+|[ \u00a0]*[-‐][ \u00a0]*)"
_TEN = Decimal(10)


@frozen
class WordNumber:
    """A number read from words: offsets (absolute), value range and what it was made of."""

    start: int
    end: int
    low: Decimal
    high: Decimal
    magnitude: Decimal | None
    vague: bool
    weak: bool
    words: bool = True  # False for digits with CJK magnitudes only ("560万")
    more: bool = False  # "and some" after the number ("500多亿", "十几万"): at least this much


@frozen
class _Token:
    start: int
    end: int
    kind: str
    value: Decimal
    key: str


@frozen
class _Lexicon:
    kinds: dict[str, tuple[str, Decimal]]
    stems: tuple[tuple[str, tuple[str, Decimal]], ...]
    weak: frozenset[str]
    alone: frozenset[str]
    fraction_and: bool
    token: re.Pattern[str]
    pattern: str


def _normalise(word: str) -> str:
    return " ".join(word.casefold().replace("-", " ").split())


def _guarded(words: list[str]) -> str:
    return f"(?<![{_ALPHA}])(?:{trie_pattern(words)})(?![{_ALPHA}])" if words else "(?!)"


@functools.cache
def _lexicon(language: str) -> _Lexicon | None:
    table: dict[str, Any] = read_table("numerals", language)
    words = table.get("words")
    if not words:
        return None
    kinds: dict[str, tuple[str, Decimal]] = {}
    surfaces: set[str] = set()  # as written, hyphens kept: "soixante-dix", "multi-billion"

    def add(kind: str, entries: dict[str, Any] | list[str], value: Decimal = Decimal(0)) -> None:
        items = entries.items() if isinstance(entries, dict) else ((w, value) for w in entries)
        for word, v in items:
            kinds.setdefault(_normalise(word), (kind, Decimal(str(v))))
            surfaces.update((word, word.replace("-", " ")))

    syntax = words.get("syntax", {})
    vague = table.get("vague", {})
    add("half", syntax.get("and_half", []), Decimal("0.5"))
    add("point", syntax.get("point", []))
    add("neg", syntax.get("negative", []))
    add("few", vague.get("few", []), Decimal(1))
    add("order", vague.get("orders", {}))
    for word in vague.get("plurals", []):
        value = magnitude_of(word, language)
        if value is not None and _normalise(word) not in kinds:
            kinds[_normalise(word)] = ("plural", value)
            surfaces.add(word)
    vague_stems: dict[str, Decimal] = {}
    for word, v in vague.get("amounts", {}).items():  # "multibillion", "многомиллиардн*"
        if "*" in word:
            vague_stems[word] = Decimal(int(Decimal(str(v))))
        else:
            kinds.setdefault(_normalise(word), ("plural", Decimal(int(Decimal(str(v))))))
            surfaces.update((word, word.replace("-", " ")))
    add("phrase", words.get("phrases", {}))
    add("num", words.get("numbers", {}))
    add("mult", words.get("multipliers", {}))
    add("frac", words.get("fractions", {}))
    mags = magnitude_words(language)
    scale_words = [w for w in mags.loose if "*" not in w and (w[-1].isalpha() or w.endswith("."))]
    add("scale", {w: v for w, v in mags.loose.items() if w in scale_words})
    stems = [w for w in mags.loose if "*" in w] + list(vague_stems)
    joiners = list(syntax.get("joiners", [])) + list(vague.get("joiners", []))
    plain = [w for w in surfaces if "*" not in w]
    word = "(?:" + _guarded(plain + stems) + ")"
    join = _guarded(joiners) + _SEP if joiners else ""
    # "pour cent", "por cento": a percent sign, not the number 100
    not_after = "".join(f"(?<!{re.escape(w)} )" for w in syntax.get("not_after", []))
    pattern = f"{not_after}{word}(?:{_SEP}(?:{join})?{word})*"
    token = re.compile(f"{word}|(?P<join>{_guarded(joiners)})", re.IGNORECASE)
    stem_kinds = [(_normalise(w.split("*")[0]), ("scale", v)) for w, v in mags.loose.items() if "*" in w]
    stem_kinds += [(_normalise(w.split("*")[0]), ("plural", v)) for w, v in vague_stems.items()]
    weak = frozenset(_normalise(w) for w in syntax.get("weak", []))
    alone = frozenset(_normalise(w) for w in syntax.get("alone", []))
    fraction_and = bool(syntax.get("fraction_after_and", False))
    return _Lexicon(kinds, tuple(stem_kinds), weak, alone, fraction_and, token, pattern)


def words_regex(language: str) -> str:
    """A regex (no groups) matching a run of number words of ``language``; ``(?!)`` if it has none.

    It opens with a lookahead on the words' first letters: most positions of a text fail there at
    once, which keeps the scan fast.
    """
    lex = _lexicon(language)
    return f"{first_letters(lex.kinds)}(?i:{lex.pattern})" if lex else "(?!)"


def first_letters(words: Iterable[str]) -> str:
    """A lookahead for the first characters of ``words`` in either case."""
    chars = _initials(words)
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])" if chars else "(?!)"


def _initials(words: Iterable[str]) -> set[str]:
    return {c for w in words if w for c in (w[0].lower(), w[0].upper())}


def words_initials(language: str) -> str:
    """Every character a number word (or a negative word) of ``language`` can start with."""
    lex = _lexicon(language)
    syntax = read_table("numerals", language).get("words", {}).get("syntax", {})
    words = [*lex.kinds, *(stem for stem, _ in lex.stems)] if lex else []
    return "".join(sorted(_initials(words) | _initials(syntax.get("negative", []))))


def negative_regex(language: str) -> str:
    """A regex (no groups) for the words that make the next number negative ("minus", "минус")."""
    table = read_table("numerals", language)
    words = list(table.get("words", {}).get("syntax", {}).get("negative", []))
    signs = list(table.get("cjk", {}).get("negative", []))  # "负": no word boundary in CJK
    branches = ([_guarded(words)] if words else []) + ([trie_pattern(signs)] if signs else [])
    return f"{first_letters(words + signs)}(?i:{'|'.join(branches)})" if branches else "(?!)"


def point_regex(language: str) -> str:
    """A regex (no groups) for the decimal point said in words ("point", "ponto", "точка")."""
    words = read_table("numerals", language).get("words", {}).get("syntax", {}).get("point", [])
    return f"(?i:{_guarded(list(words))})"


def half_regex(language: str) -> str:
    """A regex (no groups) for "and a half" after a number ("e meio", "с половиной")."""
    words = read_table("numerals", language).get("words", {}).get("syntax", {}).get("and_half", [])
    return f"(?i:{_guarded(list(words))})"


def _kind_of(lex: _Lexicon, surface: str, language: str) -> tuple[str, Decimal] | None:
    key = _normalise(surface)
    if key in lex.kinds:
        return lex.kinds[key]
    found = [(len(stem), kind) for stem, kind in lex.stems if key.startswith(stem)]
    return max(found)[1] if found else None


def _tokens(text: str, language: str) -> list[_Token]:
    lex = _lexicon(language)
    assert lex is not None
    out = []
    for m in lex.token.finditer(text):
        if m.group("join") is not None:
            out.append(_Token(m.start(), m.end(), "join", Decimal(lex.fraction_and), ""))
            continue
        kind = _kind_of(lex, m.group(), language)
        if kind is not None:
            out.append(_Token(m.start(), m.end(), kind[0], kind[1], _normalise(m.group())))
    return out


def _fits(last: Decimal | None, value: Decimal) -> bool:
    """Whether ``value`` fills the empty places of ``last`` ("twenty" then "five", not "five twenty")."""
    if last is None:
        return True
    if last != last.to_integral_value() or value >= last:
        return False
    places = len(str(int(last))) - len(str(int(last)).rstrip("0"))
    return value < _TEN**places


def _read_vague(tokens: list[_Token], i: int) -> tuple[int, Decimal] | None:
    base, j, orders = Decimal(1), i, 0
    while j < len(tokens) and tokens[j].kind in ("few", "order", "plural", "scale", "mult", "join"):
        if tokens[j].kind == "few" and j > i:
            break
        if tokens[j].kind not in ("few", "join"):
            base *= tokens[j].value
            orders += 1
        j += 1
    while tokens[j - 1].kind == "join":
        j -= 1
    return (j, base) if orders else None


def _ends_in_fraction(t: _Token) -> bool:
    return t.kind == "frac" or (t.kind == "phrase" and t.value < 1)


def _read_exact(tokens: list[_Token], i: int) -> tuple[int, Decimal, Decimal | None]:
    """Read one number from ``tokens[i:]``: (next index, value, last scale); next == i if none."""
    total, group, last, limit, scale = Decimal(0), None, None, None, None
    head: Decimal | None = None  # the group when the last "and" came: "one hundred and three quarters"
    j = i
    while j < len(tokens):
        t = tokens[j]
        if t.kind == "join" and not t.value:
            pass  # "vinte e três quintos" is 23/5: the joiner is inside the number
        elif t.kind == "join":
            k = j + 1  # "twenty and three fifths", "five and a quarter": a fraction within a few words
            while k < len(tokens) and k - j <= 4 and tokens[k].kind == "num":
                k += 1
            if (group is not None or total) and k < len(tokens) and _ends_in_fraction(tokens[k]):
                end, part, _ = _read_exact(tokens[j + 1 : k + 1], 0)  # no "and" in there: no recursion
                end += j + 1
                if end == k + 1:
                    if group is None and scale is not None:
                        part *= scale  # "two million and three fifths"
                    return end, total + (group or 0) + part, scale
            head = group or Decimal(0)
        elif t.kind in ("num", "phrase"):
            if group is None:
                if (limit is not None and t.value >= limit) or (t.kind == "phrase" and total):
                    break
                group, last = t.value, t.value
            elif t.kind == "num" and _fits(last, t.value) and (limit is None or group + t.value < limit):
                group, last = group + t.value, t.value
            else:
                break
        elif t.kind == "mult":
            if group is not None and group >= t.value:
                break
            group = (group or Decimal(1)) * t.value
            last = group
        elif t.kind in ("scale", "plural") or (t.kind == "order" and group is not None):
            if limit is not None and t.value >= limit:
                if group is not None:
                    break
                total, scale, limit = total * t.value, t.value, t.value * limit
            else:
                total += (group if group is not None else Decimal(1)) * t.value
                group, last, limit, scale, head = None, None, t.value, t.value, None
        elif t.kind == "half" and (group is not None or total):
            if group is None:  # "one million and a half"
                return j + 1, total + t.value * (scale or 1), scale
            group, last = group + t.value, t.value  # "five and a half million" reads on
        elif t.kind == "frac" and (group is not None or total == 0):
            nxt = tokens[j + 1] if j + 1 < len(tokens) else None
            if group is None or (total == 0 and head is None and nxt is not None and nxt.kind == "scale"):
                if nxt is None or nxt.kind != "scale":
                    break
                part = (group or Decimal(1)) / t.value  # "quarter million", "three quarters billion"
                return j + 2, part * nxt.value, nxt.value
            before = head or Decimal(0)
            part = (group - before) / t.value
            if head is not None and before == 0 and scale is not None:
                part *= scale  # "two million and three fifths"
            return j + 1, total + before + part, scale
        elif t.kind == "point" and j + 1 < len(tokens) and tokens[j + 1].kind == "num":
            return _read_point(tokens, j + 1, total + (group or 0), scale)
        else:
            break
        j += 1
    while j > i and tokens[j - 1].kind == "join":
        j -= 1
    return j, total + (group or 0), scale


def _read_point(
    tokens: list[_Token], i: int, whole: Decimal, scale: Decimal | None
) -> tuple[int, Decimal, Decimal | None]:
    """The decimals after "point": digit by digit ("point two five") or one number ("ponto setenta")."""
    k = i
    while k < len(tokens) and (tokens[k].kind == "num" or (tokens[k].kind == "join" and k > i)):
        k += 1  # "ponto setenta e sete"
    while tokens[k - 1].kind == "join":
        k -= 1
    run = tokens[i:k]
    if all(t.kind == "num" and t.value < _TEN and t.value == t.value.to_integral_value() for t in run):
        digits = "".join(str(int(t.value)) for t in run)
    else:
        k, fraction, _ = _read_exact(run, 0)
        k += i
        digits = str(int(fraction))
    value = whole + Decimal(digits) / _TEN ** len(digits)
    if k < len(tokens) and tokens[k].kind == "scale":
        return k + 1, value * tokens[k].value, tokens[k].value
    return k, value, scale


def read_words(surface: str, offset: int, language: str) -> list[WordNumber]:
    """The numbers in a run of number words matched by :func:`words_regex` (``offset`` its start)."""
    lex = _lexicon(language)
    if lex is None:
        return []
    tokens = _tokens(surface, language)
    out: list[WordNumber] = []
    i = 0
    while i < len(tokens):
        if tokens[i].kind == "join":
            i += 1
            continue
        negative = tokens[i].kind == "neg"
        first = i + 1 if negative else i
        if first >= len(tokens):
            break
        if tokens[first].kind in ("few", "order", "plural"):
            found = _read_vague(tokens, first)
            if found is not None:
                j, base = found
                out.append(_number(tokens, i, j, offset, base, base * _TEN, None, vague=True, weak=False))
                i = j
                continue
        j, value, scale = _read_exact(tokens, first)
        if j == first:
            i = first + 1
            continue
        if negative:
            value = -value
        # a lone weak word ("one", "um") or abbreviation ("mil", "bn") is a number only in context
        lone = tokens[i]
        short = lone.kind == "scale" and len(lone.key) < 4 and lone.key not in lex.alone
        weak = j - i == 1 and (lone.key in lex.weak or short)
        out.append(_number(tokens, i, j, offset, value, value, scale, vague=False, weak=weak))
        i = j
    return out


def _number(
    tokens: list[_Token],
    i: int,
    j: int,
    offset: int,
    low: Decimal,
    high: Decimal,
    scale: Decimal | None,
    *,
    vague: bool,
    weak: bool,
) -> WordNumber:
    return WordNumber(offset + tokens[i].start, offset + tokens[j - 1].end, low, high, scale, vague, weak)
