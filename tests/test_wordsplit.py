"""Tests of aicoverage.quantities._wordsplit: one written word cut into number words."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aicoverage import parse_quantity
from aicoverage.quantities._wordlexicon import word_lexicon
from aicoverage.quantities._wordsplit import cardinal_of, split_word

# (language, one written word, value): compounds, elision, ordinal suffixes as denominators
CASES = [
    ("de", "dreiunddreißig", "33"),
    ("de", "dreiunddreissig", "33"),
    ("de", "siebenhunderteinundzwanzigtausendundzwölf", "721012"),
    ("de", "achtzehnhundertzweiundfünfzig", "1852"),
    ("de", "Hundertzwei", "102"),
    ("de", "dreieinhalb", "3.5"),
    ("de", "dreiviertel", "0.75"),
    ("it", "duecentoquarantatre", "243"),
    ("it", "ventuno", "21"),
    ("it", "trentotto", "38"),
    ("it", "tremiladuecentoquarantatre", "3243"),
    ("it", "ventunbilionitrecento", "21000000000300"),
    ("es", "veinticuatro", "24"),
    ("es", "treintaicinco", "35"),
]


@pytest.mark.parametrize(("language", "word", "value"), CASES)
def test_a_written_word_reads_as_the_number_its_pieces_make(language: str, word: str, value: str) -> None:
    q = parse_quantity(word, language=language)
    assert q is not None
    assert q.low == q.high == Decimal(value)


# ordinal suffixes make the word a denominator: "un venticinquesimo" is 1/25
FRACTIONS = [
    ("it", "un venticinquesimo", Decimal(1) / 25),
    ("it", "tre ventunesimi", Decimal(3) / 21),
    ("it", "cento millecinquesimi", Decimal(100) / 1005),
    ("fr", "trois cinquièmes", Decimal(3) / 5),
    ("fr", "un vingt-cinquième", Decimal(1) / 25),
    ("fr", "un billionième", Decimal(1) / 10**12),
    ("es", "tres veinteavos", Decimal(3) / 20),
    ("es", "tres dosmilésimos", Decimal(3) / 2000),
    ("de", "zwei Fünftel", Decimal(2) / 5),
    ("de", "drei Hundertstel", Decimal(3) / 100),
]


@pytest.mark.parametrize(("language", "text", "value"), FRACTIONS)
def test_an_ordinal_suffix_makes_a_denominator(language: str, text: str, value: Decimal) -> None:
    q = parse_quantity(text, language=language)
    assert q is not None
    assert abs(q.low - value) < Decimal("1e-20")


@pytest.mark.parametrize(
    ("language", "word"),
    [
        ("de", "Dreieck"),
        ("de", "Achtung"),
        ("de", "einfach"),
        ("it", "settembre"),
        ("it", "centro"),
        ("it", "ottobre"),
    ],
)
def test_a_word_not_wholly_made_of_number_words_is_no_number(language: str, word: str) -> None:
    lex = word_lexicon(language)
    assert lex is not None
    assert split_word(word, lex.split) is None
    assert parse_quantity(word, language=language) is None


def test_und_neither_starts_nor_ends_a_number() -> None:
    lex = word_lexicon("de")
    assert lex is not None
    assert split_word("und", lex.split) is None
    assert split_word("dreiund", lex.split) is None


def test_an_elided_piece_stands_only_before_a_vowel() -> None:
    lex = word_lexicon("it")
    assert lex is not None
    assert split_word("ventsei", lex.split) is None  # "vent" + "sei": no vowel, no elision
    pieces = split_word("ventotto", lex.split)
    assert pieces is not None
    assert cardinal_of(pieces) == 28


_DE_UNITS = ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
_DE_TENS = ["zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"]


@given(st.integers(1, 9), st.integers(2, 9), st.integers(1, 9), st.integers(0, 9))
def test_german_compounds_read_back_for_any_hundreds_units_and_tens(h: int, t: int, u: int, k: int) -> None:
    """ "(h)hundert(u)und(t)zig", with "tausend" in front when k > 0: the whole as one word."""
    word = f"{_DE_UNITS[h - 1]}hundert{_DE_UNITS[u - 1]}und{_DE_TENS[t - 2]}"
    value = h * 100 + t * 10 + u
    if k:
        word = f"{_DE_UNITS[k - 1]}tausend{word}"
        value += k * 1000
    q = parse_quantity(word, language="de")
    assert q is not None
    assert q.low == value
