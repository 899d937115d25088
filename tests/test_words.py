"""Tests of aicoverage.quantities._words: spelled-out numbers and vague amounts."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aicoverage import find_quantities
from aicoverage.quantities._words import read_words, words_regex

# (language, run of words, [(surface or None for the whole run, low, high, weak), ...])
CASES = [
    (
        "en",
        "seven hundred twenty-one thousand and twelve",
        [("seven hundred twenty-one thousand and twelve", "721012", None, False)],
    ),
    ("en", "three crore twelve lakh", [("three crore twelve lakh", "31200000", None, False)]),
    ("en", "one two", [("one", "1", None, True), ("two", "2", None, False)]),  # no "one two" number
    ("en", "twenty and three fifths", [("twenty and three fifths", "20.6", None, False)]),
    ("en", "one million and a half", [("one million and a half", "1500000", None, False)]),
    ("en", "five and a half million", [("five and a half million", "5500000", None, False)]),
    ("en", "point seven five", [("point seven five", "0.75", None, False)]),
    ("en", "dozens", [("dozens", "12", "120", False)]),
    ("en", "several hundred", [("several hundred", "100", "1000", False)]),
    ("pt", "cento e quatro", [("cento e quatro", "104", None, False)]),
    ("pt", "um", [("um", "1", None, True)]),
    ("pt", "centenas de milhares", [("centenas de milhares", "100000", "1000000", False)]),
    ("ru", "четыреста сорока четыре", [("четыреста сорока четыре", "444", None, False)]),
    ("ru", "две тысячи", [("две тысячи", "2000", None, False)]),
    ("ru", "нисколько", [("нисколько", "0", None, True)]),  # "not at all" in running text: weak
    ("ru", "тысячи", [("тысячи", "1000", "10000", False)]),  # alone: "thousands"
    ("ru", "сотни миллионов", [("сотни миллионов", "100000000", "1000000000", False)]),
    ("es", "miles de millones", [("miles de millones", "1000000000", "10000000000", False)]),
    ("fr", "deux cents millions", [("deux cents millions", "200000000", None, False)]),
    ("fr", "quatre-vingt-dix", [("quatre-vingt-dix", "90", None, False)]),  # hyphens as written
    ("en", "quarter million", [("quarter million", "250000", None, False)]),
    ("en", "three quarters billion", [("three quarters billion", "750000000", None, False)]),
    ("en", "multibillion", [("multibillion", "1000000000", "10000000000", False)]),
    ("ru", "многомиллиардные", [("многомиллиардные", "1000000000", "10000000000", False)]),
    ("pt", "vinte e três quintos", [("vinte e três quintos", "4.6", None, False)]),  # (20+3)/5
    # a half or fraction before a smaller scale is a part of that scale
    ("en", "two billion and a half million", [("two billion and a half million", "2000500000", None, False)]),
    ("en", "one trillion and three quarters billion", [(None, "1000750000000", None, False)]),
    ("pt", "dois bilhões e meio milhão", [("dois bilhões e meio milhão", "2000500000", None, False)]),
    ("en", "three quarters of a billion", [(None, "750000000", None, False)]),  # of what follows
    ("en", "three quarters of them", [("three quarters", "0.75", None, False)]),
    # a small scale after a hundred counts the words after the hundred only
    ("en", "five hundred and three dozen", [(None, "536", None, False)]),
    ("en", "four hundred dozen", [("four hundred dozen", "4800", None, False)]),
    # fractions: compound denominators, "avos", a fraction word bigger than the number
    ("pt", "cinco doze avos", [("cinco doze avos", "0.4166666666666666666666666667", None, False)]),
    ("pt", "sete quarenta e oito avos", [(None, "0.1458333333333333333333333333", None, False)]),
    ("pt", "nove cinco milésimos", [(None, "0.0018", None, False)]),  # 9/5000
    ("en", "seven thirty fifths", [(None, "0.2", None, False)]),  # 7/35
    ("en", "two forty-firsts", [(None, "0.04878048780487804878048780488", None, False)]),
    ("en", "the thirty-fifth", []),  # an ordinal, not 30/5
    ("en", "ten thousand billionths", [(None, "0.00001", None, False)]),
    ("en", "a billionth", [("a billionth", "1E-9", None, False)]),
    # decimals said after the point, with a scale word inside them
    ("pt", "sete vírgula mil trezentos e doze", [(None, "7.1312", None, False)]),
    ("pt", "um ponto oito milhões", [(None, "1800000", None, False)]),
]


@pytest.mark.parametrize(("lang", "run", "expected"), CASES)
def test_read_words_evaluates_and_splits_runs(
    lang: str, run: str, expected: list[tuple[str | None, str, str | None, bool]]
) -> None:
    got = [(run[w.start : w.end], w.low, w.high, w.weak) for w in read_words(run, 0, lang)]
    # a surface of None: the whole run
    assert got == [(s or run, Decimal(lo), Decimal(hi or lo), weak) for s, lo, hi, weak in expected]


def test_vague_words_are_marked() -> None:
    (w,) = read_words("hundreds of millions", 0, "en")
    assert w.vague
    (w,) = read_words("two million", 0, "en")
    assert not w.vague
    assert w.magnitude == Decimal(10**6)


def test_offsets_are_shifted_by_the_run_start() -> None:
    (w,) = read_words("два", 10, "ru")
    assert (w.start, w.end) == (10, 13)


@pytest.mark.parametrize(("lang", "text"), [("en", "someone often"), ("ru", "раз"), ("pt", "dezenove")])
def test_words_regex_respects_word_boundaries(lang: str, text: str) -> None:
    found = [m.group() for m in re.finditer(words_regex(lang), text)]
    assert found == ([] if lang != "pt" else ["dezenove"])


def test_languages_without_words_match_nothing() -> None:
    assert words_regex("zh") == "(?!)"
    assert read_words("两", 0, "zh") == []


@given(
    st.lists(
        st.sampled_from(["one", "two", "hundred", "thousand", "and", "a", "half", "of", "millions"]),
        max_size=12,
    )
)
def test_read_words_never_raises_and_keeps_order(words: list[str]) -> None:
    run = " ".join(words)
    end = 0
    for w in read_words(run, 0, "en"):
        assert end <= w.start < w.end <= len(run)
        assert w.low <= w.high
        end = w.end


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("es", "con una caída del 17%", ["17%"]),  # "con" (with) before an article is no decimal point
        ("es", "terminó con un anticipo", []),
        ("es", "tres con cinco por ciento", ["tres con cinco por ciento"]),
        ("en", "point one percent", ["point one percent"]),
        ("pt", "ponto um por cento", ["ponto um por cento"]),
    ],
)
def test_a_point_word_before_a_weak_word_is_a_number_only_beside_its_unit(
    lang: str, text: str, found: list[str]
) -> None:
    assert [m.text for m in find_quantities(text, language=lang)] == found
