"""Tests of aicoverage.quantities._kana: Japanese numbers spelled in hiragana."""

from __future__ import annotations

import pytest

from aicoverage import find_quantities, parse_quantity
from aicoverage.quantities._kana import find_kana


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ななひゃくよんじゅうに", 742),
        ("さんぜんにひゃくじゅうなな", 3217),
        ("ろっぴゃく", 600),
        ("はっせん", 8000),
        ("さんぜんまん", 30000000),
        ("にまんごせんさんびゃくよんじゅうはち", 25348),
        ("ろく", 6),  # the whole text: a number even with no unit reading
    ],
)
def test_hiragana_readings_are_read_as_their_kanji(text: str, value: int) -> None:
    q = parse_quantity(text, language="ja")
    assert q is not None
    assert q.low == value


@pytest.mark.parametrize(
    "text", ["しちょうは言った", "いちばん大きい", "にじゅうさんにんが来た", "わたしにください"]
)
def test_hiragana_inside_words_are_no_numbers(text: str) -> None:
    assert find_quantities(text, language="ja") == []


def test_languages_without_readings_have_no_kana_numbers() -> None:
    assert find_kana("ななひゃく", "zh") == []


def test_a_reading_set_apart_by_commas_is_a_number() -> None:
    found = find_quantities("ひらがなで いち、 さん、 ろく", language="ja")
    assert [m.quantity.low for m in found] == [1, 3, 6]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("数えると はち、 く、 じゅう", [8, 9, 10]),  # one kana between two separators
        ("東京に、大阪に行く", []),  # a particle follows a word
        ("ご、", []),  # one kana at the start of the text is no word set apart
    ],
)
def test_one_kana_counts_only_between_two_separators(text: str, values: list[int]) -> None:
    assert [m.quantity.low for m in find_quantities(text, language="ja")] == values
