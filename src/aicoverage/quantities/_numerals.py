"""Numerals in running text: digits with locale separators, magnitudes, number words, CJK numerals.

This is the bottom layer of the quantity engine: it says where the numbers are and what they are
worth, never what they count (that is :mod:`._engine`'s job, which also decides that a number is a
year, a date or part of a model name). One compiled pattern per language (cached) combines every
reader; the text is scanned once with ``finditer``.

>>> [(n.start, n.end, str(n.low)) for n in find_numerals("фонд на 1,5 млрд и 10\u00a0000 чипов", "ru")]
[(8, 16, '1500000000'), (19, 25, '10000')]
>>> parse_numeral(" 50.000 ", "pt").low
Decimal('50000')
>>> parse_numeral("50.000 carros", "pt") is None
True
"""

from __future__ import annotations

import functools
import re
import unicodedata
from decimal import Decimal

from attrs import evolve, frozen

from aicoverage._scripts import ALPHABETIC, CURRENCY_SIGN, FORMAT, FORMAT_ASTRAL, FORMAT_BMP
from aicoverage._tables import check_language
from aicoverage.quantities._cjk import cjk_initials, cjk_regex, read_cjk
from aicoverage.quantities._cldr import locale_of
from aicoverage.quantities._digits import SPACES, DigitPiece, read_digits
from aicoverage.quantities._kana import find_kana
from aicoverage.quantities._magnitudes import (
    magnitude_of,
    magnitude_pattern,
    magnitude_words,
    money_suffix_pattern,
)
from aicoverage.quantities._numeral import Numeral, tidy
from aicoverage.quantities._numeraljoins import join_numerals, join_powers
from aicoverage.quantities._wordlexicon import (
    negative_regex,
    syntax_regex,
    syntax_start,
    words_initials,
    words_regex,
)
from aicoverage.quantities._words import read_words


@frozen
class _Symbols:
    decimal: str
    group: str


@functools.cache
def _symbols(language: str) -> _Symbols:
    symbols = locale_of(language).number_symbols
    latn = symbols.get("latn", symbols)
    return _Symbols(str(latn.get("decimal", ".")), str(latn.get("group", ",")))


def _digits_pattern(language: str) -> str:
    """Digits with separators, an optional sign, fraction and magnitude word or suffix."""
    # a space groups digits only before an exact group of three ("10 000"); _digits checks the rest
    sep = rf"(?:[.,．](?=\d)|[{SPACES}'’](?=\d{{3}}(?!\d)))"
    spaced, glued = magnitude_pattern(language)
    point, half = syntax_regex(language, "point"), syntax_regex(language, "and_half")
    return (
        # what a match can start with (a digit, a point or comma before one, a minus sign before one,
        # a negative word); a comma or a dash in prose fails here at once
        rf"(?=\d|[.,]\d|[\-−][ \u00a0]?[\d.,]|{negative_regex(language)})"
        rf"(?:(?P<negw>{negative_regex(language)})[ \u00a0]*)?"
        # a minus sign, never the hyphen of a range: "-5", "a -5", "- 5" but not "2-3", "10 - 20", "10 -5"
        # (a letter of an alphabet before it makes it a hyphen; a kana or kanji does not: "答えは-5")
        rf"(?P<neg>(?=[-−])(?<![{_LETTERS}\d_.,/\-−–])"
        r"(?:(?<![\d%)][ \u00a0])[-−]|(?<![\w%)][ \u00a0])[-−][ \u00a0])(?=[\d.,]))?"
        # after a currency sign ("$6m", "US$ 6m") some suffixes are magnitudes that are not elsewhere
        rf"(?:(?:(?<=[{CURRENCY_SIGN}])|(?<=[{CURRENCY_SIGN}] ))(?P<money>))?"
        r"(?P<num>(?:(?=[.,])(?<![\w.,])[.,](?=\d))?\d+(?:" + sep + r"\d+)*)"
        # the point said in words: "1 point 1", "1 точка 1"
        rf"(?:(?=[ \u00a0]+{syntax_start(language, 'point')})"
        rf"[ \u00a0]+(?P<pointw>{point})[ \u00a0]+(?P<decimals>\d+)(?![\d]|[.,]\d))?"
        # powers of ten, common for compute in AI coverage: "1e26", "10^26", "1.3x10^6", "10²⁶"
        r"(?:(?P<exp>[eE][+\-−]?\d{1,3})(?![\w.])"
        r"|(?P<pow>[ ]?[x×*·][ ]?10(?:\^[+\-−]?\d{1,3}|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)"
        r"|\^[+\-−]?\d{1,3}|(?=[⁻⁺⁰¹²³⁴⁵⁶⁷⁸⁹])(?<=(?<![\d.,])10)[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))?"
        r"(?:[/／](?P<den>\d{1,3})(?![\d/])"
        # a whole and a fraction: "2 1/2", "- 1 4/5"
        r"|(?=[ \u00a0]{1,2}\d[/／])(?:(?<=(?<![\d.,])\d)|(?<=(?<![\d.,])\d\d))[ \u00a0]{1,2}"
        r"(?P<mnum>\d)[/／](?P<mden>\d{1,2})(?![\d/.,]))?"
        # one-letter suffixes glued or after a no-break space, as CLDR writes them ("5k", "5\u00a0k"),
        # or after a space when a currency sign is glued to them ("35 M€", "10 k$")
        rf"(?:(?:[\u00a0\u202f]|[ ](?={glued}[{CURRENCY_SIGN}]))?(?P<gmag>{glued})"
        rf"|{_spaced_start(language)}[ \u00a0\u202f]?(?P<mag>{spaced})"
        rf"|(?<=\d)(?P<cmag>(?(money){money_suffix_pattern(language)}|(?!))))?"
        rf"(?:(?=[ \u00a0]+{syntax_start(language, 'and_half')})[ \u00a0]+(?P<half>{half}))?"
    )


def _spaced_start(language: str) -> str:
    """A lookahead for the first letters of the language's magnitude words: ``re`` would otherwise
    enter each branch of their case-insensitive trie after every number (a third of the time of
    reading "в 2024 году")."""
    found = magnitude_words(language)
    cased, loose = _magnitude_initials(found.cased), _magnitude_initials(found.loose)
    branches = ([f"(?-i:[{cased}])"] if cased else []) + ([f"(?i:[{loose}])"] if loose else [])
    return f"(?=[ \u00a0\u202f]?(?:{'|'.join(branches)}))" if branches else ""


def _magnitude_initials(words: dict[str, Decimal]) -> str:
    """The first characters of ``words`` as the trie of :func:`magnitude_pattern` begins them."""
    firsts = {" ".join(w.replace("\u00a0", " ").split())[:1] for w in words} - {""}
    return "".join(re.escape(c) for c in sorted(firsts))


_VULGAR = "¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
_LETTERS = ALPHABETIC
# a format character touching a digit ("5\u200b000", "$6\u200e million") is transparent
_INVISIBLE = re.compile(f"(?<=[\\d.,'’])[{FORMAT}]+|[{FORMAT}]+(?=[\\d.,'’])")
_FORMAT_BMP = re.compile(f"[{FORMAT_BMP}]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_FORMAT_ASTRAL = re.compile(f"[{FORMAT_ASTRAL}]")
# one pass over a text with neither (most texts) instead of two
_FORMAT_BMP_OR_ASTRAL = re.compile(f"[{FORMAT_BMP}\U00010000-\U0010ffff]")


def _has_format_character(text: str) -> bool:
    if _FORMAT_BMP_OR_ASTRAL.search(text) is None:
        return False
    if _FORMAT_BMP.search(text):
        return True
    return _ASTRAL.search(text) is not None and _FORMAT_ASTRAL.search(text) is not None


# a Swiss apostrophe groups thousands ("50'000", "1’250’000")
_APOSTROPHE_GROUP = re.compile(r"(?<=\d)['’](?=\d{3}(?!\d))")


@functools.cache
def _scanner(language: str) -> re.Pattern[str]:
    # one look at the character first: most positions of a text can start no numeral at all
    # (words only at the start of a word: "два", not the "два" inside "двадцатый" halfway)
    cjk = "".join(re.escape(c) for c in cjk_initials(language))
    letters = "".join(re.escape(c) for c in words_initials(language))
    word_start = f"|(?<![{_LETTERS}])" if letters else ""
    return re.compile(
        # one character class first, then the slower look behind at a word's start only
        f"(?=[\\d.,．\\-−{_VULGAR}{cjk}{letters}])(?:(?=[\\d.,．\\-−{_VULGAR}{cjk}]){word_start})"
        f"(?:(?P<cjk>{cjk_regex(language)})"
        # possessive: no shorter run of digits is followed by a fraction character either
        f"|(?P<vulgar>(?=[\\d{_VULGAR}])(?:(?P<whole>\\d++)[ \u00a0]?+)?+[{_VULGAR}])"
        f"|(?P<digits>{_digits_pattern(language)})"
        f"|(?P<words>{words_regex(language)}))"
    )


def _read_vulgar(m: re.Match[str], text: str, language: str) -> Numeral:
    """ "½", "3¾": a whole and a vulgar fraction character; a scale word after it multiplies
    ("2½ million" is 2,500,000)."""
    value = Decimal(str(unicodedata.numeric(m.group()[-1]))).quantize(Decimal("1e-12"))
    value += Decimal(m.group("whole") or 0)
    scale = _scale_after(language).match(text, m.end())
    if scale is not None:
        magnitude = magnitude_of(scale.group("mag"), language)
        if magnitude is not None:
            value = tidy(value * magnitude)
            return Numeral(m.start(), scale.end(), value, value, magnitude=magnitude)
    return Numeral(m.start(), m.end(), tidy(value), tidy(value))


@functools.cache
def _scale_after(language: str) -> re.Pattern[str]:
    spaced, _ = magnitude_pattern(language)
    return re.compile(f"[ \u00a0]?(?P<mag>{spaced})")


def _read_number(m: re.Match[str], language: str) -> list[Numeral]:
    symbols = _symbols(language)
    base = m.start("num")
    surface = _APOSTROPHE_GROUP.sub(symbols.group[:1] or ",", m.group("num").replace("．", "."))
    if surface[0].isdigit():
        pieces = read_digits(surface, decimal=symbols.decimal, group=symbols.group)
    else:  # ".77": a decimal with no whole part
        pieces = read_digits("0" + surface, decimal=symbols.decimal, group=symbols.group)
        if len(pieces) == 1:
            pieces = [DigitPiece(0, len(surface), pieces[0].value, pieces[0].grouped)]
        else:  # ",1,5": the mark belongs to no number
            base += 1
            pieces = read_digits(surface[1:], decimal=symbols.decimal, group=symbols.group)
    if m.group("pointw") and len(pieces) == 1 and surface.isdecimal():  # "1 point 1"
        value = Decimal(surface + "." + m.group("decimals"))
        pieces = [DigitPiece(0, m.end("decimals") - m.start("num"), value, False)]
    den = m.group("den")
    mag_word = m.group("mag") or m.group("gmag") or m.group("cmag")
    magnitude = magnitude_of(mag_word, language) if mag_word else None
    out = []
    for i, piece in enumerate(pieces):
        start, end, value = base + piece.start, base + piece.end, piece.value
        if i == 0 and (m.group("neg") or m.group("negw")):
            start, value = m.start(), -value
        if i == len(pieces) - 1:
            if m.group("mnum") and len(pieces) == 1 and 0 < int(m.group("mnum")) < int(m.group("mden")):
                fraction = Decimal(m.group("mnum")) / Decimal(m.group("mden"))
                value, end = value - fraction if value < 0 else value + fraction, m.end("mden")
            elif m.group("mnum"):  # "5 9/3": two numbers
                out.append(Numeral(start, end, value, value, grouped=piece.grouped))
                start, end = m.start("mnum"), m.end("mden")
                value = (
                    Decimal(m.group("mnum")) / Decimal(m.group("mden"))
                    if int(m.group("mden"))
                    else Decimal(0)
                )
            if den is not None:
                if len(pieces) == 1 and len(m.group("num")) <= 2 and int(den) > 0:
                    value, end = value / Decimal(den), m.end("den")
                else:  # "2020/21": two numbers, not a fraction
                    out.append(Numeral(start, end, value, value, grouped=piece.grouped))
                    start = m.start("den")
                    value = Decimal(den)
                    end = m.end("den")
            if (m.group("exp") or m.group("pow")) and len(pieces) == 1:
                value, end = _power(value, m), max(end, m.end("exp" if m.group("exp") else "pow"))
            if magnitude is not None:
                value, end = value * magnitude, m.end()
            if m.group("half"):  # "2 milhões e meio", "1 and a half"
                value, end = value + (magnitude or 1) / Decimal(2), m.end()
        value = tidy(value)
        mag = (
            magnitude
            if mag_word and end >= m.end("mag" if m.group("mag") else "gmag" if m.group("gmag") else "cmag")
            else None
        )
        out.append(Numeral(start, end, value, value, magnitude=mag, grouped=piece.grouped))
    return out


_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺−", "0123456789-+-")


def _power(value: Decimal, m: re.Match[str]) -> Decimal:
    """``value`` raised as the match says: "1e26", "1.3x10^6", "10^26", "2^5", "10²⁶"."""
    if m.group("exp"):
        return value.scaleb(int(m.group("exp")[1:].translate(_SUPERSCRIPTS)))
    written = m.group("pow").translate(_SUPERSCRIPTS).strip()
    if written[0] in "x×*·":  # a mantissa times a power of ten
        return value.scaleb(int(written.split("10", 1)[1].lstrip("^")))
    if written[0] == "^":
        exponent = int(written[1:])
        return value**exponent if value or exponent > 0 else value
    return value.scaleb(int(written) - 1)  # "10²⁶": the digits read were the 10


def find_numerals(text: str, language: str, *, keep_weak: bool = False) -> list[Numeral]:
    """Every numeral in running ``text``, in order, non-overlapping, longest match first.

    ``language`` is an ISO 639-1 code ("pt-BR" is read as "pt"). Lone words that are numbers only
    in context ("one", "um", "一" inside "统一") are left out unless ``keep_weak`` (for a string that
    is known to be one number, as in :func:`parse_numeral`).

    >>> [(str(n.low), n.magnitude is not None) for n in find_numerals("$2bn and 5k, 4.800", "en")]
    [('2000000000', True), ('5000', True), ('4.8', False)]
    """
    return _scan(text, check_language(language), keep_weak=keep_weak)


def _scan(text: str, language: str, *, keep_weak: bool) -> list[Numeral]:
    if not _has_format_character(text) or not _INVISIBLE.search(text):
        return _scan_visible(text, language, keep_weak=keep_weak)
    # read the text without them, then map the offsets back onto the text as given
    dropped = {i for m in _INVISIBLE.finditer(text) for i in range(m.start(), m.end())}
    kept = [i for i in range(len(text)) if i not in dropped]
    visible = "".join(text[i] for i in kept)
    return [
        evolve(n, start=kept[n.start], end=kept[n.end - 1] + 1)
        for n in _scan_visible(visible, language, keep_weak=keep_weak)
    ]


def _scan_visible(text: str, language: str, *, keep_weak: bool) -> list[Numeral]:
    out: list[Numeral] = []
    for m in _scanner(language).finditer(text):
        if out and m.start() < out[-1].end:
            continue  # read already: the scale after a vulgar fraction ("½ million")
        kind = m.lastgroup
        if kind == "digits":
            surface = m.group()
            if surface.isdecimal():  # the common case, read without the general machinery
                value = Decimal(surface)
                out.append(Numeral(m.start(), m.end(), value, value))
            else:
                out.extend(_read_number(m, language))
            continue
        if kind == "vulgar":
            out.append(_read_vulgar(m, text, language))
            continue
        if kind == "cjk":
            out.extend(_tidied(n) for n in read_cjk(text, m.start(), m.end(), language))
        else:
            out.extend(_moved(n, m.start()) for n in _words_read(m.group(), language))
    kana = find_kana(text, language)
    if kana:
        taken = [(n.start, n.end) for n in out]
        for w in kana:
            if not any(a < w.end and w.start < b for a, b in taken):
                out.append(_tidied(w))
        out.sort(key=lambda n: n.start)
    # weak words are dropped only after joining: "3 hundred and one", "3 million and a quarter"
    out = join_powers(text, join_numerals(text, out, language), language)
    return out if keep_weak else [n for n in out if not n.weak]


@functools.lru_cache(maxsize=4096)
def _words_read(surface: str, language: str) -> tuple[Numeral, ...]:
    """:func:`read_words` of a run at offset 0, tidied: the same few runs ("um", "uma", "одну")
    recur all through a text, and reading one takes far longer than looking it up."""
    return tuple(_tidied(n) for n in read_words(surface, 0, language))


# both built directly: ``attrs.evolve`` takes several times as long
def _tidied(n: Numeral) -> Numeral:
    low = tidy(n.low)
    high = low if n.high is n.low else tidy(n.high)
    return Numeral(n.start, n.end, low, high, n.words, n.magnitude, n.vague, n.grouped, n.weak, n.more)


def _moved(n: Numeral, offset: int) -> Numeral:
    return Numeral(
        n.start + offset,
        n.end + offset,
        n.low,
        n.high,
        n.words,
        n.magnitude,
        n.vague,
        n.grouped,
        n.weak,
        n.more,
    )


def parse_numeral(text: str, language: str) -> Numeral | None:
    """The numeral that the whole of ``text`` is (surrounding whitespace aside), else None.

    Offsets are into ``text`` as given.

    >>> n = parse_numeral("  1,5 млрд", "ru")
    >>> (n.start, n.end, n.low, n.magnitude)
    (2, 10, Decimal('1500000000'), Decimal('1000000000'))
    """
    lang = check_language(language)
    body = text.strip()
    if not body:
        return None
    first = len(text) - len(text.lstrip())
    found = _scan(text, lang, keep_weak=True)
    if len(found) == 1 and found[0].start == first and found[0].end == first + len(body):
        return found[0]
    return None
