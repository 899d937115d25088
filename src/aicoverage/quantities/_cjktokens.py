"""The characters of CJK numerals and the pattern that finds them: tables, regex, tokens.

:func:`chars_of` reads ``data/numerals/<language>.toml`` (``[cjk]``) once per language into the
character roles (digits, units, sections, point, fractions, "few" and "more" marks) and the compiled
patterns; :func:`cjk_regex` is the run the scanner matches and :func:`tokens_of` cuts a matched run
into its tokens (ASCII digit runs read by :mod:`._digits`). :mod:`._cjk` evaluates the tokens.

>>> [(t.role, str(t.value)) for t in tokens_of("5万4千", chars_of("zh"))]
[('ascii', '5'), ('sections', '10000'), ('ascii', '4'), ('units', '1000')]
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import Any

from attrs import frozen

from aicoverage._scripts import HAN
from aicoverage._tables import read_table
from aicoverage.quantities._digits import read_digits

# "，" is also the clause comma ("1，2，3", "$20，300美元"): a group separator only between full-width
# digits, before an exact group of three ("４，５６５")
_FULL_GROUPED = r"(?=[０-９])(?<!\d)[０-９]{1,3}(?:，[０-９]{3})+(?!\d)"
_DIGIT_RUN = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?!\d)|{_FULL_GROUPED}|\d+)(?:[.．]\d+)?"


@frozen
class Chars:
    table: dict[str, Any]
    values: dict[str, tuple[str, Decimal]]
    pattern: str
    token: re.Pattern[str]
    context: re.Pattern[str]
    formal: frozenset[str]
    joined: re.Pattern[str]  # the words before which two digits are one number ("三八折", "7 2 折")


def _klass(chars: Any) -> str:
    return "[" + "".join(re.escape(c) for c in chars) + "]" if chars else "(?!)"


def _alternatives(words: list[str]) -> str:
    return (
        "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"
        if words
        else "(?!)"
    )


def _spaced(words: list[str]) -> str:
    """Like :func:`_alternatives`, with up to two spaces between the characters ("分  之")."""
    if not words:
        return "(?!)"
    ordered = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(" {0,2}".join(map(re.escape, w)) for w in ordered) + ")"


@functools.cache
def chars_of(language: str) -> Chars | None:
    table: dict[str, Any] = read_table("numerals", language).get("cjk", {})
    if not table:
        return None
    values: dict[str, tuple[str, Decimal]] = {}
    for role in ("digits", "units", "tens", "sections"):
        for ch, value in table.get(role, {}).items():
            values[ch] = (role, Decimal(value))
    for role in ("point", "negative", "fraction", "and_fraction", "few", "more", "half", "and_half"):
        for ch in table.get(role, []):
            values[ch] = (role, Decimal(0))
    for word in table.get("halves", []):  # "半分", "半数": a half as one word
        values[word] = ("half", Decimal(0))
    for word, value in table.get("digit_words", {}).items():  # "ゼロ": a digit in katakana
        values[word] = ("digits", Decimal(value))
    for ch in table.get("minus", []):
        values[ch] = ("negative", Decimal(0))
    for ch in table.get("counting", []):
        values[ch] = ("counting", values[ch][1])
    for ch, value in table.get("times", {}).items():
        values[ch] = ("times", Decimal(value))
    digit = _klass(table.get("digits", {}))
    unit = _klass(
        list(table.get("units", {})) + list(table.get("sections", {})) + list(table.get("tens", {}))
    )
    section = _klass(table.get("sections", {}))
    one = _klass([c for c, v in table.get("digits", {}).items() if v == 1])
    digit_or_ascii = f" {{0,2}}(?:{digit}|\\d)"
    sign = _alternatives(table.get("negative", []))  # "三分之负一"
    ends = _klass([w[-1] for w in table.get("fraction", [])])
    after_fraction = f"(?<={ends})|(?<={ends} )|(?<={ends}  )"
    half = _alternatives(table.get("half", []))
    counted = _klass([*table.get("digits", {}), *"0123456789"])
    numeral_or_half = _klass(
        [*table.get("digits", {}), *table.get("units", {}), *"0123456789", *table.get("half", [])]
    )
    classifier = _alternatives(table.get("context", []))
    word_end = f"(?![\\d{''.join(map(re.escape, table.get('digits', {})))}{HAN}])"
    # "五打" (a dozen) only where no character follows that continues a word; "三ダース買い" is fine
    times_end = word_end if all(len(w) == 1 for w in table.get("times", {})) else "(?!\\d)"
    elem = (
        f"(?:{_alternatives([*table.get('halves', []), *table.get('digit_words', {})])}|{digit}|{unit}"
        f"|{_alternatives(table.get('few', []))}(?={unit})"
        f"|(?<={unit}){_alternatives(table.get('few', []))}"
        f"|{_alternatives(table.get('more', []))}(?= ?{section})"
        # "十多个", "三百余名", "10多家": "and some" before a classifier
        f"|(?<={_klass([*table.get('digits', {}), *table.get('units', {}), *'0123456789'])})"
        f"{_alternatives(table.get('more', []))}(?={_alternatives(table.get('context', []))})"
        f"|{_alternatives(table.get('point', []))}(?={digit_or_ascii})"
        f"|{_spaced(table.get('fraction', []))}(?= {{0,2}}(?:{digit}|{unit}|\\d|{sign}))"
        f"|{_alternatives(table.get('and_fraction', []))}(?= {{0,2}}(?:{digit}|{unit}|\\d))"
        f"|(?:{after_fraction}){sign}(?= ?(?:{digit}|{unit}|\\d))"
        f"|(?<={one}){_alternatives(table.get('half', []))}"
        # "半百" is 50, "半个" a half
        f"|{half}(?={unit}|{_alternatives(table.get('half_before', []))})"
        # "五个半小时": a classifier and a half, before a classifier or where a word ends ("一个半导体")
        f"|(?<={counted}){_alternatives(table.get('and_half', []))}(?:{word_end}|(?={classifier}))"
        # "五打" (five dozen), where a word ends ("一打开" is no dozen)
        f"|(?<={numeral_or_half}){_alternatives(list(table.get('times', {})))}{times_end})"
    )
    numeric = "".join(
        re.escape(c) for role in ("digits", "units", "tens", "sections") for c in table.get(role, {})
    )
    # a minus sign, never the dash of a range ("3－5") or after a word or number
    after = f"\\dA-Za-z%％)）{numeric}"
    signs = _alternatives(table.get("minus", []))
    minus = f"(?={signs})(?<![{after}])(?<![{after}] ){signs}"  # the sign first: cheaper
    neg = f"(?:{_alternatives(table.get('negative', []))}|{minus})"
    first = "".join(
        re.escape(c)
        for role in ("digits", "units", "tens", "sections", "negative", "minus", "few", "half", "digit_words")
        for w in table.get(role, [])
        for c in w[:1]
    )
    one_digit = "\\d" + "".join(map(re.escape, table.get("digits", {})))
    joined = _alternatives(table.get("joined_before", []))
    # the digits before the characters ("5万"): after "2024" in "2024年" no character can follow, and
    # re would otherwise try every shorter run of the digits; atomic unless a character could begin
    # inside a digit run
    elem_first = sorted({w[0] for w in _elem_words(table)})
    lead = (
        f"(?>{_DIGIT_RUN}) {{0,2}}(?=[{''.join(map(re.escape, elem_first))}])"
        if elem_first and not any(_IN_DIGIT_RUN.match(c) for c in elem_first)
        else f"{_DIGIT_RUN} {{0,2}}"
    )
    pattern = (
        # two single digits apart before a word that joins them ("7 2 折"): the reader joins them
        f"(?<![{one_digit}.,．])[{one_digit}] {{1,2}}[{one_digit}](?= {{0,2}}{joined})|"
        f"(?=[\\d{first}])(?:{neg} ?)?(?:{lead})?{elem}(?: {{0,2}}(?:{elem}|{_DIGIT_RUN}))*"
        # digits alone, when they have what the other digit readers lack: "－122", "４，５６５"
        # a signed digit run alone, unless an exponent, fraction or suffix follows ("-1e1", "-3/2", "-1.2M")
        f"|{minus} ?{_DIGIT_RUN}(?![eE^/A-Za-z\\d.,．])|{_FULL_GROUPED}(?:[.．]\\d+)?"
    )
    words = sorted(
        [
            w
            for role in ("point", "negative", "minus", "fraction", "and_fraction", "few", "more", "and_half")
            for w in table.get(role, [])
        ]
        + [w for w in table.get("times", {}) if len(w) > 1]  # "ダース": a dozen, one token
        + table.get("halves", [])
        + list(table.get("digit_words", {})),
        key=len,
        reverse=True,
    )
    token = re.compile(f"(?P<digits>{_DIGIT_RUN})|(?P<word>{_spaced(words)})|(?P<char>[^ ])")
    context = re.compile(f" ?{_alternatives(table.get('context', []))}")
    formal = frozenset(table.get("formal", []))
    return Chars(table, values, pattern, token, context, formal, re.compile(f" {{0,2}}{joined}"))


_IN_DIGIT_RUN = re.compile(r"[\d.,．，]")
_ELEM_ROLES = (
    *("digits", "units", "tens", "sections", "halves", "digit_words", "few", "more", "point"),
    *("fraction", "and_fraction", "negative", "half", "and_half", "times"),
)


def _elem_words(table: dict[str, Any]) -> list[str]:
    """Every word a character of a CJK numeral (``elem`` in :func:`chars_of`) can begin with."""
    return [w for role in _ELEM_ROLES for w in table.get(role, []) if w]


def cjk_initials(language: str) -> str:
    """Every character (besides digits) a CJK numeral of ``language`` can start with."""
    table = read_table("numerals", language).get("cjk", {})
    roles = ("digits", "units", "tens", "sections", "negative", "minus", "few", "half", "digit_words")
    return "".join(sorted({w[0] for role in roles for w in table.get(role, []) if w}))


def cjk_regex(language: str) -> str:
    """A regex (no groups) matching a run of CJK numeral characters; ``(?!)`` for other languages."""
    chars = chars_of(language)
    return chars.pattern if chars else "(?!)"


@frozen
class CjkToken:
    start: int
    end: int
    role: str
    value: Decimal


def tokens_of(surface: str, chars: Chars) -> list[CjkToken]:
    out = []
    for m in chars.token.finditer(surface):
        if m.group("digits") is not None:
            surface = m.group().replace("．", ".").replace("，", ",")
            value = read_digits(surface, decimal=".", group=",")[0].value
            out.append(CjkToken(m.start(), m.end(), "ascii", value))
        else:
            role, value = chars.values.get(m.group().replace(" ", ""), ("other", Decimal(0)))
            out.append(CjkToken(m.start(), m.end(), role, value))
    return out
