"""Tests of aicoverage.quantities._cjk: Chinese and Japanese numerals."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aicoverage import find_quantities
from aicoverage.quantities._cjk import cjk_regex, read_cjk, read_tenth_parts

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
    ("zh", "十二又十五分之三", "12.2", None),  # a denominator that starts with a unit
    ("zh", "负4分之负一百", "25", None),  # both signs: positive
    ("zh", "五 分 之 负二", "-0.4", None),
    ("zh", "负五分之二", "-0.4", None),
    ("zh", "二十几万", "200000", None),  # "more"/"some" inside a number: the round number
    ("zh", "500余万", "5000000", None),
    ("zh", "几百万", "1000000", "10000000"),
    ("zh", "两三千", "2000", "3000"),  # two digits before one unit: a range
    ("zh", "二三十", "20", "30"),
    ("zh", "三五", "3", "5"),
    ("ja", "三千五百万", "35000000", None),
    ("ja", "二〇二三", "2023", None),
    ("ja", "四五分の九十", "2", None),  # digits side by side before 分の are one denominator: 90/45
    ("zh", "二五分之五", "0.2", None),
    ("ja", "四分の千二百五", "301.25", None),  # a Japanese numerator keeps its places: 1205/4
]


@pytest.mark.parametrize(("lang", "run", "low", "high"), CASES)
def test_read_cjk_reads_the_run_as_one_number(lang: str, run: str, low: str, high: str | None) -> None:
    assert re.fullmatch(cjk_regex(lang), run) is not None  # the scanner finds the whole run
    (n,) = read_cjk(run, 0, len(run), lang)
    assert (n.start, n.end) == (0, len(run))
    assert (n.low, n.high) == (Decimal(low), Decimal(high or low))


# (run, low, more): "and some" after a number or unit is at least the round number read; an unknown
# digit before a unit ("数十亿") is a vague order of magnitude instead
MORE = [
    ("八百多亿", "80000000000", True),
    ("70多万", "700000", True),
    ("一百二十余万", "1200000", True),
    ("二十几万", "200000", True),
    ("六十万多亿", "60000000000000", True),
    ("叁拾幾万", "300000", True),
    ("300万余亿", "300000000000000", True),
    ("十几万多亿", "10000000000000", True),
    ("五十几", "50", True),
    ("数十亿", "1000000000", False),
    ("几百万", "1000000", False),
    ("两三千", "2000", False),
    ("三千五百亿", "350000000000", False),
]


@pytest.mark.parametrize(("run", "low", "more"), MORE)
def test_and_some_marks_set_more(run: str, low: str, more: bool) -> None:
    (n,) = read_cjk(run, 0, len(run), "zh")
    assert (n.end, n.low, n.more) == (len(run), Decimal(low), more)
    assert n.vague is (run[0] in "数几")


@pytest.mark.parametrize(
    ("text", "run"), [("十多个人", "十多"), ("三百余名员工", "三百余"), ("20多家公司", "20多")]
)
def test_and_some_before_a_classifier_belongs_to_the_number(text: str, run: str) -> None:
    m = re.search(cjk_regex("zh"), text)
    assert m is not None
    (n,) = read_cjk(text, m.start(), m.end(), "zh")
    assert (text[n.start : n.end], n.more, n.weak) == (run, True, False)


def test_a_fraction_after_and_some_has_no_bound() -> None:
    (n,) = read_cjk("一百多万分之一", 0, 7, "zh")
    assert (n.low, n.more) == (Decimal("0.000001"), False)


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
        ("，千二。", False),  # a leading unit with a digit, standing alone: 1200
        ("他说百二", True),
        ("，万万，", True),  # a bare magnitude is no amount
        ("，万一，", True),  # nor a section mark with a digit ("in case")
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


@given(st.text(alphabet="零一二两三十百千万亿点分之又数几多余负折个 0123456789.,，－４．", max_size=30))
def test_read_cjk_never_raises_and_keeps_order(text: str) -> None:
    end = 0
    for m in re.finditer(cjk_regex("zh"), text):
        for n in read_cjk(text, m.start(), m.end(), "zh"):
            assert end <= n.start < n.end <= len(text)
            assert n.low <= n.high
            end = n.end


@pytest.mark.parametrize(
    ("text", "low", "high", "bound"),
    [("营收八百多亿元", "80000000000", "80000000000", "at_least"), ("数十亿美元", "1e9", "1e10", "vague")],
)
def test_the_quantity_layer_reads_more_as_at_least(text: str, low: str, high: str, bound: str) -> None:
    (q,) = find_quantities(text, language="zh")
    assert (q.low, q.high, q.bound.value) == (Decimal(low), Decimal(high), bound)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("打二八折", "28", "28"),  # two digits before 折 are one number, never a range
        ("打 6 5 折", "65", "65"),
        ("打八 八 折", "88", "88"),
        ("打九折", "90", "90"),
        ("二三十家", "20", "30"),  # before a counted noun, two digits are still a range
    ],
)
def test_two_digits_before_a_discount_are_one_number(text: str, low: str, high: str) -> None:
    (q,) = find_quantities(text, language="zh")
    assert (q.low, q.high) == (Decimal(low), Decimal(high))


# full-width digits, comma and minus sign: (text, [(surface, low), ...])
FULL_WIDTH = [
    ("售价８，７９９元", [("８，７９９元", "8799")]),
    ("有２，３４５，６７８人", [("２，３４５，６７８人", "2345678")]),
    ("约３，２００万美元", [("约３，２００万美元", "32000000")]),
    ("增长百分之６，５４３", [("百分之６，５４３", "6543")]),
    ("分别是1，2，3", [("1", "1"), ("2", "2"), ("3", "3")]),  # the clause comma
    ("价格：$40，500美元", [("$40", "40"), ("500美元", "500")]),  # ASCII digits: a clause comma
    ("第一季度4，第二季度5", [("4", "4"), ("5", "5")]),
    ("利润同比－３．５％", [("－３．５％", "-3.5")]),
    ("涨幅 －８％", [("－８％", "-8")]),
]


@pytest.mark.parametrize(("text", "found"), FULL_WIDTH)
def test_full_width_separators_and_minus(text: str, found: list[tuple[str, str]]) -> None:
    got = [(q.text, q.low) for q in find_quantities(text, language="zh")]
    assert got == [(surface, Decimal(low)) for surface, low in found]


@pytest.mark.parametrize("text", ["3－5", "A－5", "２０％－３０％"])
def test_a_full_width_dash_after_a_number_or_word_is_no_minus(text: str) -> None:
    m = re.search(cjk_regex("zh"), text)
    assert m is None or not text[m.start() :].startswith("－")


# (text, [(surface, low), ...]): dozens, halves
DOZENS_AND_HALVES = [
    ("买了三打。", [("三打", "36")]),
    ("二十打", [("二十打", "240")]),
    ("一打开电脑", []),  # 打 inside a word is no dozen
    ("以2打1", [("2", "2"), ("1", "1")]),
    ("年过半百", [("过半百", "50")]),
    ("半个世纪", [("半个", "0.5")]),
    ("上半年营收", []),
    ("半导体", []),
    ("三个半小时", [("三个半小时", "3.5")]),
    ("两個半", [("两個半", "2.5")]),
    ("一个半导体公司", [("一个", "1")]),  # a half only where a word ends or before a classifier
]


@pytest.mark.parametrize(("text", "found"), DOZENS_AND_HALVES)
def test_dozens_and_halves(text: str, found: list[tuple[str, str]]) -> None:
    got = [(q.text, q.low) for q in find_quantities(text, language="zh")]
    assert got == [(surface, Decimal(low)) for surface, low in found]


@pytest.mark.parametrize(
    ("text", "kind", "unit", "currency"),
    [
        ("每年5万块先进GPU的出口上限", "count", "gpu", None),  # 块 counts chips
        ("2048块H800芯片", "count", "chip", None),
        ("花了5万块钱", "money", None, "CNY"),  # 块 is yuan
        ("3.04块以上", "money", None, "CNY"),
    ],
)
def test_kuai_counts_a_noun_or_is_yuan(text: str, kind: str, unit: str | None, currency: str | None) -> None:
    (m,) = find_quantities(text, language="zh")
    assert (m.quantity.kind.value, m.quantity.unit, m.quantity.currency) == (kind, unit, currency)


# (text, [(surface, low), ...]): Japanese halves as one word
JA_HALVES = [
    ("利益の半分を失った", [("半分", "0.5")]),
    ("社員の半数が賛成", [("半数", "0.5")]),
    ("半数以上が反対", [("半数以上", "0.5")]),
    ("過半数を得た", []),  # inside a longer word
    ("半ダース", [("半ダース", "6")]),
]


@pytest.mark.parametrize(("text", "found"), JA_HALVES)
def test_japanese_halves(text: str, found: list[tuple[str, str]]) -> None:
    got = [(q.text, q.low) for q in find_quantities(text, language="ja")]
    assert got == [(surface, Decimal(low)) for surface, low in found]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ゼロ", [("ゼロ", "0")]),
        ("不具合はゼロ件だった", [("ゼロ件", "0")]),
        ("ゼロから学ぶ", []),  # from scratch
        ("ゼロックス社", []),
    ],
)
def test_a_katakana_digit_word_is_a_number_alone_or_before_a_counter(
    text: str, found: list[tuple[str, str]]
) -> None:
    got = [(q.text, q.low) for q in find_quantities(text, language="ja")]
    assert got == [(surface, Decimal(low)) for surface, low in found]


def test_a_dot_before_a_number_with_units_is_no_decimal_point() -> None:
    got = [(n.start, n.end, n.low) for n in read_cjk("三十四・五十六", 0, 7, "ja")]
    assert got == [(0, 3, Decimal(34)), (4, 7, Decimal(56))]
    assert [n.low for n in read_cjk("三・五", 0, 3, "ja")] == [Decimal("3.5")]


def test_a_leading_zero_apart_from_the_next_digit_is_its_own_number() -> None:
    assert [n.low for n in read_cjk("零 七 八", 0, 5, "ja")] == [Decimal(0), Decimal(7), Decimal(8)]
    assert [n.low for n in read_cjk("三千零八", 0, 4, "zh")] == [Decimal(3008)]


@pytest.mark.parametrize(
    ("text", "end", "parts", "stop"),
    [
        ("4割2分5厘", 2, "2.5", 6),
        ("六割三分", 2, "3", 4),
        ("3割で", 2, "0", 2),
        ("2割5厘", 2, "0.5", 4),
        ("2割1厘5分", 2, "0.1", 4),  # a larger part after a smaller one is not a part
    ],
)
def test_read_tenth_parts(text: str, end: int, parts: str, stop: int) -> None:
    assert read_tenth_parts(text, end, "ja") == (Decimal(parts), stop)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("猫を一匹飼う", [("一", "1")]),
        ("靴を十足買った", [("十", "10")]),
        ("荷物は八トン", [("八トン", "8")]),
        ("十分な資金がある", []),  # 十分 is "enough"
        ("精一杯やった", []),
        ("三対一で勝った", []),  # a score, not pairs
    ],
)
def test_japanese_counters_make_a_lone_digit_a_number(text: str, found: list[tuple[str, str]]) -> None:
    got = [(q.text, q.low) for q in find_quantities(text, language="ja")]
    assert got == [(surface, Decimal(low)) for surface, low in found]
