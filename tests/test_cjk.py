"""Tests of aicoverage.quantities._cjk: Chinese and Japanese numerals."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aicoverage.quantities._cjk import cjk_regex, read_cjk

# (language, run, low, high)
CASES = [
    ("zh", "两千", "2000", None),
    ("zh", "一万零四十", "10040", None),
    ("zh", "一万零十二", "10012", None),  # the zero fills a gap: "零十" is ten
    ("zh", "一百零十万", "1100000", None),
    ("zh", "貳佰零參", "203", None),
    ("zh", "卅三", "33", None),
    ("zh", "四万万", "400000000", None),
    ("zh", "十亿零六万零五百零六", "1000060506", None),
    ("zh", "五兆六十二亿四万五千二", "5006200045200", None),
    ("zh", "百二万", "1200000", None),
    ("zh", "七十八万五佰零六", "780506", None),
    ("zh", "4.78万亿", "4780000000000", None),
    ("zh", "一点五万", "15000", None),
    ("zh", "零點77", "0.77", None),
    ("zh", "二分之一", "0.5", None),
    ("zh", "一百分之十万零六百五十一", "1006.51", None),
    ("zh", "三 百 五 又 三 分之 一", "350.3333333333333333333333333", None),
    ("zh", "二十几万", "200000", None),  # "more"/"some" inside a number: the round number
    ("zh", "500余万", "5000000", None),
    ("zh", "几百万", "1000000", "10000000"),
    ("zh", "两三千", "2000", "3000"),  # two digits before one unit: a range
    ("zh", "二三十", "20", "30"),
    ("zh", "三五", "3", "5"),
    ("ja", "三千五百万", "35000000", None),
    ("ja", "二〇二三", "2023", None),
]


@pytest.mark.parametrize(("lang", "run", "low", "high"), CASES)
def test_read_cjk_reads_the_run_as_one_number(lang: str, run: str, low: str, high: str | None) -> None:
    (n,) = read_cjk(run, 0, len(run), lang)
    assert (n.start, n.end) == (0, len(run))
    assert (n.low, n.high) == (Decimal(low), Decimal(high or low))


def test_two_is_no_digit_after_the_point() -> None:
    run = "两百点两"
    assert [(run[n.start : n.end], n.low) for n in read_cjk(run, 0, len(run), "zh")] == [
        ("两百", Decimal(200)),
        ("两", Decimal(2)),
    ]


@pytest.mark.parametrize(("text", "numeral"), [("增长百分之二十五", "二十五"), ("增长百分之十", "十")])
def test_percent_denominator_is_left_to_the_quantity_layer(text: str, numeral: str) -> None:
    m = re.search(cjk_regex("zh"), text)
    assert m is not None
    (n,) = read_cjk(text, m.start(), m.end(), "zh")
    assert text[n.start : n.end] == numeral
    assert not n.weak


@pytest.mark.parametrize(
    ("text", "weak"),
    [
        ("统一", True),
        ("一些", True),
        ("三家公司", False),
        ("，二，", False),
        ("千万不要", True),
        ("百万美元", False),
    ],
)
def test_lone_characters_are_weak_inside_words(text: str, weak: bool) -> None:
    m = re.search(cjk_regex("zh"), text)
    assert m is not None
    (n,) = read_cjk(text, m.start(), m.end(), "zh")
    assert n.weak is weak


@pytest.mark.parametrize("text", ["登陆部队已经上岸", "小明拾起石子", "入伍"])
def test_lone_formal_digits_in_running_text_are_words(text: str) -> None:
    found = [n for m in re.finditer(cjk_regex("zh"), text) for n in read_cjk(text, m.start(), m.end(), "zh")]
    assert found == []


def test_a_lone_formal_digit_that_is_the_whole_text_is_a_number() -> None:
    (n,) = read_cjk("拾", 0, 1, "zh")
    assert n.low == Decimal(10)


def test_languages_without_cjk_numerals_match_nothing() -> None:
    assert cjk_regex("en") == "(?!)"


@given(st.text(alphabet="零一二两三十百千万亿点分之又数几多余负 0123456789.", max_size=30))
def test_read_cjk_never_raises_and_keeps_order(text: str) -> None:
    end = 0
    for m in re.finditer(cjk_regex("zh"), text):
        for n in read_cjk(text, m.start(), m.end(), "zh"):
            assert end <= n.start < n.end <= len(text)
            assert n.low <= n.high
            end = n.end
