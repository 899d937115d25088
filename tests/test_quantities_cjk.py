"""Tests of the Japanese and Chinese quantity tables (data/quantities/ja.toml, zh.toml) as the
engine reads them: bounds on either side, two bounds that make one interval, currencies, minor units,
tenths. The sentences are written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aicoverage import find_quantities, parse_quantity

_N = Decimal


@pytest.mark.parametrize(
    ("text", "low", "high", "bound"),
    [
        # comparison words, read aloud as in "x ≥ 100"
        ("値は大なりイコール二百である", _N(200), _N(200), "at_least"),
        ("小なりイコール四十の整数", _N(40), _N(40), "at_most"),
        ("最小二十五", _N(25), _N(25), "at_least"),
        ("定員は最大で3千人", _N(3000), _N(3000), "at_most"),
        ("最大が８", _N(8), _N(8), "at_most"),
        # a denied comparison flips it
        ("得点は六十より少なくない", _N(60), _N(60), "at_least"),
        ("重さは40より大きくない", _N(40), _N(40), "at_most"),
        ("費用は300万円を超えない", _N(3_000_000), _N(3_000_000), "at_most"),
        # two opposite bounds joined: one interval
        ("温度は15より大きくて、35より小さい", _N(15), _N(35), "exact"),
        ("7より高く、かつ19より低い", _N(7), _N(19), "exact"),
        ("参加者は30人以上で、80人以下", _N(30), _N(80), "exact"),
        ("900超えて、1200以下の値", _N(900), _N(1200), "exact"),
        ("90より大きくなく、10より小さくない", _N(10), _N(90), "exact"),
        ("最大八十、最小十五", _N(15), _N(80), "exact"),
        ("大なりイコール5、そして9.5より小さい", _N(5), _N("9.5"), "exact"),
    ],
)
def test_japanese_bounds_and_intervals(text: str, low: Decimal, high: Decimal, bound: str) -> None:
    (m,) = find_quantities(text, language="ja")
    assert (m.quantity.low, m.quantity.high, m.quantity.bound.value) == (low, high, bound)
    assert text[m.start : m.end] == m.text


def test_opposite_bounds_in_the_wrong_order_stay_two() -> None:
    found = find_quantities("60より大きくて、20より小さい", language="ja")
    assert [m.quantity.bound.value for m in found] == ["at_least", "at_most"]


@pytest.mark.parametrize(
    "text",
    ["売上が100億円に", "これで5万人"],
)
def test_a_particle_before_a_number_without_a_bound_stays_out(text: str) -> None:
    (m,) = find_quantities(text, language="ja")
    assert m.quantity.bound.value == "exact"
    assert m.text[0].isdigit()


def test_a_japanese_range_of_four_digit_counts() -> None:
    q = parse_quantity("1200から1800", language="ja")
    assert q is not None
    assert (q.low, q.high) == (1200, 1800)


@pytest.mark.parametrize(
    ("lang", "text", "value", "currency"),
    [
        ("ja", "送料は12ドルと40セントでした", _N("12.40"), "USD"),
        ("ja", "入場料は8人民元と5角", _N("8.5"), "CNY"),
        ("ja", "値段は七元二角", _N("7.2"), "CNY"),
        ("ja", "合計30元4角6分", _N("30.46"), "CNY"),
        ("zh", "一共九元五角", _N("9.5"), "CNY"),
    ],
)
def test_minor_units_join_the_amount(lang: str, text: str, value: Decimal, currency: str) -> None:
    (m,) = find_quantities(text, language=lang)
    assert (m.quantity.low, m.quantity.currency) == (value, currency)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [("ja", "片道800円と30分かかる", _N(800)), ("zh", "花了20美元又5分钟", _N(20))],
)
def test_minutes_after_another_currency_are_no_minor_unit(lang: str, text: str, value: Decimal) -> None:
    m = find_quantities(text, language=lang)[0]
    assert m.quantity.low == value


@pytest.mark.parametrize(
    ("lang", "text", "low", "high"),
    [
        ("ja", "候補は4社から7社に絞られた", _N(4), _N(7)),
        ("ja", "部品は20個から30個", _N(20), _N(30)),
        ("zh", "需要八个到十个", _N(8), _N(10)),
    ],
)
def test_a_range_with_the_same_measure_word_after_both_numbers(
    lang: str, text: str, low: Decimal, high: Decimal
) -> None:
    (m,) = find_quantities(text, language=lang)
    assert (m.quantity.low, m.quantity.high) == (low, high)


def test_different_measure_words_make_no_range() -> None:
    found = find_quantities("医師3人から病院5社", language="ja")
    assert [(m.quantity.low, m.quantity.high) for m in found] == [(3, 3), (5, 5)]


@pytest.mark.parametrize(
    ("text", "value"),
    [("打率は2割9分3厘", _N("29.3")), ("内閣支持率は三割五分", _N(35)), ("賛成は7割", _N(70))],
)
def test_japanese_tenths_with_hundredths_and_thousandths(text: str, value: Decimal) -> None:
    (m,) = find_quantities(text, language="ja")
    assert (m.quantity.kind.value, m.quantity.low) == ("percent", value)


@pytest.mark.parametrize(
    ("language", "text", "surface", "unit"),
    [
        ("zh", "公司将建设五座数据中心", "五座", "data_centre"),
        ("zh", "5个数据中心", "5个", "data_centre"),
        ("ja", "5つのデータセンター", "5つ", "data_centre"),
        ("ja", "5カ所のデータセンター", "5カ所", "data_centre"),
        ("ja", "3000人の開発者", "3000人の開発者", "developer"),  # a counter, の, what it counts
        ("ja", "約500社の顧客", "約500社の顧客", "customer"),
        ("ja", "100台のサーバー", "100台", "server"),
        ("ja", "3000人が開発者会議に参加", "3000人", "person"),  # no の: the people are counted
        ("ja", "3000人の", "3000人", "person"),
        ("zh", "超过3万家企业客户", "超过3万家", "customer"),  # the compound's head, its last noun
        ("zh", "5万块GPU芯片", "5万块", "chip"),
    ],
)
def test_a_measure_word_then_its_noun(language: str, text: str, surface: str, unit: str) -> None:
    (m,) = find_quantities(text, language=language)
    assert (m.text, m.quantity.unit) == (surface, unit)


@pytest.mark.parametrize(("text", "bound"), [("3个月之内", "at_most"), ("100人内部", "exact")])
def test_within_in_chinese(text: str, bound: str) -> None:
    (m,) = find_quantities(text, language="zh")
    assert m.quantity.bound.value == bound


@pytest.mark.parametrize(
    ("text", "bound"),
    [("30日以内に公表する", "at_most"), ("30日以上かかる", "at_least"), ("10日未満", "at_most")],
)
def test_a_day_count_with_a_bound_is_a_duration(text: str, bound: str) -> None:
    """ "30日" alone may be the 30th of a month; with a bound after it, it is 30 days."""
    (m,) = find_quantities(text, language="ja")
    assert (m.quantity.kind.value, m.quantity.low, m.quantity.bound.value) == (
        "duration",
        30 if "30" in text else 10,
        bound,
    )


def test_a_day_of_the_month_stays_a_date() -> None:
    assert find_quantities("10日に発表した", language="ja") == []


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        ("zh", "这些说法被夸大了）1。相反，", []),  # a footnote's mark after a bracket
        ("zh", "出口管制更加重要2\n\n出口管制", []),  # after a word, at a paragraph's end
        ("ja", "重要だと考えている」3。", []),
        ("zh", "数量为12。", ["12"]),  # a number after a word, before a full stop
        ("zh", "共有3家公司。", ["3家"]),
    ],
)
def test_footnote_marks_glued_to_cjk_prose_are_no_numbers(lang: str, text: str, kept: list[str]) -> None:
    assert [m.text for m in find_quantities(text, language=lang)] == kept
