"""Tests of aicoverage.quantities._magnitudes: magnitude words from CLDR and the tables."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from aicoverage._tables import supported_languages
from aicoverage.quantities._magnitudes import magnitude_of, magnitude_pattern, magnitude_words

CASES = [
    ("ru", "млрд", 10**9),  # CLDR short
    ("ru", "миллиардов", 10**9),  # CLDR long
    ("ru", "тысячами", 10**3),  # a case form from the table's stem
    ("pt", "bilhões", 10**9),
    ("pt", "mil milhões", 10**9),
    ("pt", "mil", 10**3),
    ("es", "mil M", 10**9),  # CLDR short, with a space inside
    ("es", "billones", 10**12),  # a Spanish "billón" is 10**12
    ("fr", "Md", 10**9),
    ("de", "Mrd.", 10**9),
    ("en", "bn", 10**9),
    ("en", "K", 10**3),
    ("zh", "亿", 10**8),
    ("zh", "万亿", 10**12),
    ("ja", "兆", 10**12),
]


@pytest.mark.parametrize(("lang", "word", "value"), CASES)
def test_magnitude_of_reads_cldr_and_table_words(lang: str, word: str, value: int) -> None:
    assert magnitude_of(word, lang) == Decimal(value)


def test_magnitude_of_is_none_for_other_words() -> None:
    assert magnitude_of("chips", "en") is None


@pytest.mark.parametrize("lang", supported_languages())
def test_every_language_has_thousands_millions_and_billions(lang: str) -> None:
    found = magnitude_words(lang)
    values = {*found.loose.values(), *found.cased.values(), *found.glued.values()}
    assert {Decimal(10**3), Decimal(10**6)} <= values or Decimal(10**4) in values


@pytest.mark.parametrize("lang", supported_languages())
def test_magnitude_patterns_compile_and_match_their_own_words(lang: str) -> None:
    spaced, glued = magnitude_pattern(lang)
    rx = re.compile(f"(?:{spaced})$")
    for word in magnitude_words(lang).loose:
        if "*" not in word:
            assert rx.match(word.replace("\u00a0", " ")), word
    assert re.compile(glued)


def test_one_letter_suffixes_keep_their_case() -> None:
    _, glued = magnitude_pattern("en")
    assert re.fullmatch(glued, "M")
    assert re.fullmatch(glued, "m") is None
