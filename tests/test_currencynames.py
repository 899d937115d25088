"""Tests of aicoverage.quantities._currencynames: CLDR currency names spelt as articles spell them."""

from __future__ import annotations

import pytest

from aicoverage import parse_quantity
from aicoverage.quantities._cldr import currency_terms
from aicoverage.quantities._currencynames import currency_name_variants


@pytest.mark.parametrize(
    ("spelling", "code"),
    [
        ("スイスフラン", "CHF"),
        ("スイス・フラン", "CHF"),
        ("ニュー台湾ドル", "TWD"),
        ("台湾ドル", "TWD"),
        ("ナイラ", "NGN"),
        ("パナマ・バルボア", "PAB"),
        ("ズウォティ", "PLN"),
    ],
)
def test_japanese_variants_of_cldr_names(spelling: str, code: str) -> None:
    assert currency_name_variants("ja")[spelling] == code


@pytest.mark.parametrize("word", ["ドル", "フラン", "ペソ", "ゴールド", "チャット", "ソル"])
def test_a_shared_unit_a_word_or_a_short_unit_alone_names_no_currency(word: str) -> None:
    assert word not in currency_name_variants("ja")


def test_variants_never_replace_cldr_spellings_and_skip_past_currencies() -> None:
    variants = currency_name_variants("ja")
    assert not set(variants) & set(currency_terms("ja"))
    assert "マルタリラ" not in variants  # the Maltese lira is no longer in use


def test_a_language_without_rules_has_no_variants() -> None:
    assert currency_name_variants("de") == {}


@pytest.mark.parametrize(
    ("text", "code"),
    [("3.25スイス・フラン", "CHF"), ("120億台湾ドル", "TWD"), ("900ナイラ", "NGN"), ("3万ウォン", "KRW")],
)
def test_amounts_in_variant_spellings_are_money(text: str, code: str) -> None:
    q = parse_quantity(text, language="ja")
    assert q is not None
    assert q.currency == code
