"""How a number joins its neighbours (quantities/_joins.py): ranges, intervals, smaller money units."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aicoverage import find_quantities
from aicoverage.model import Bound, Kind, Quantity, QuantityMention
from aicoverage.quantities import _joins
from aicoverage.quantities._joins import (
    add_cents,
    closes_interval,
    different_alternatives,
    joins_range,
    ratio_of,
)
from aicoverage.quantities._lexicon import lexicon
from aicoverage.quantities._numerals import find_numerals
from tests.strategies import table_texts


def _mention(
    text: str, start: int, end: int, value: str, *, currency: str | None = None, bound: Bound = Bound.EXACT
) -> QuantityMention:
    kind = Kind.MONEY if currency else Kind.COUNT
    q = Quantity(kind=kind, low=Decimal(value), high=Decimal(value), currency=currency, bound=bound)
    return QuantityMention(start=start, end=end, text=text[start:end], quantity=q)


@pytest.mark.parametrize(
    ("lang", "text", "amount_end", "value", "divisor"),
    [
        ("en", "$7 and 25c", 2, "7.25", 100),
        ("zh", "八元四角", 2, "8.4", 10),
        ("zh", "八元零四", 2, "8.04", 100),
        ("pt", "9 euros com 10 centavos", 7, "9.10", 100),
    ],
)
def test_smaller_units_join_the_amount(
    lang: str, text: str, amount_end: int, value: str, divisor: int
) -> None:
    nums = find_numerals(text, lang, keep_weak=True)
    currency = "CNY" if lang == "zh" else "USD"  # 角 and 分 are a yuan's ([money] joined_minor_of)
    m = _mention(text, 0, amount_end, str(nums[0].low), currency=currency)
    joined, used = add_cents(text, m, nums[1], lexicon(lang), 1)
    assert (joined.low, used) == (Decimal(value), divisor)
    assert text[joined.start : joined.end] == joined.text


def test_a_unit_no_smaller_than_the_last_joined_does_not_join() -> None:
    text = "八元四分三角"
    nums = find_numerals(text, "zh", keep_weak=True)
    m = _mention(text, 0, 4, "8.04", currency="CNY")
    assert add_cents(text, m, nums[2], lexicon("zh"), 100) == (m, 0)


def test_an_amount_with_its_own_currency_is_no_cents() -> None:
    text = "eur 10 usd 20"
    nums = find_numerals(text, "en")
    m = _mention(text, 0, 6, "10", currency="EUR")
    assert add_cents(text, m, nums[1], lexicon("en"), 1) == (m, 0)


@pytest.mark.parametrize(
    ("text", "joined"),
    [("more than 10 and less than 40", True), ("more than 40 and less than 10", False)],
)
def test_opposite_bounds_close_an_interval_only_when_it_is_not_empty(text: str, joined: bool) -> None:
    a = find_quantities(text.split(" and ")[0], language="en")[0]
    second = text.split(" and ")[1]
    offset = len(text) - len(second)
    found = find_quantities(second, language="en")[0]
    b = _mention(text, offset + found.start, offset + found.end, str(found.low), bound=found.bound)
    assert closes_interval(text, a, b, lexicon("en")) is joined


@pytest.mark.parametrize(
    ("text", "alternatives"),
    [("5 mln or 5 bln", True), ("5 or 6 bln", False), ("5 mln to 5 bln", False)],
)
def test_alternatives_of_different_magnitudes_are_no_range(text: str, alternatives: bool) -> None:
    lex = lexicon("en")
    n, nxt = find_numerals(text, "en")
    joined = joins_range(text, n, nxt, lex, lambda pos: lex.read_after(text, pos), opened=False)
    assert joined is not None
    assert different_alternatives(n, nxt, joined, lex) is alternatives


@pytest.mark.parametrize(
    ("lang", "text", "surface", "low", "high"),
    [
        ("fr", "de neuf à douze mois", "neuf à douze mois", 9, 12),  # "neuf" alone may be "new"
        ("fr", "un à deux ans", "un à deux ans", 1, 2),
        ("it", "dai nove ai dodici mesi", "dai nove ai dodici mesi", 9, 12),
        ("it", "dal 5 al 10%", "dal 5 al 10%", 5, 10),
        ("en", "one to two years", "one to two years", 1, 2),
    ],
)
def test_a_weak_word_opening_a_range_is_a_number(
    lang: str, text: str, surface: str, low: int, high: int
) -> None:
    (m,) = find_quantities(text, language=lang)
    assert (m.text, m.quantity.low, m.quantity.high) == (surface, low, high)


def test_a_weak_word_alone_stays_no_number() -> None:
    assert find_quantities("un ordinateur neuf", language="fr") == []


@pytest.mark.parametrize(
    ("lang", "text", "surface", "value"),
    [
        ("it", "L'azienda avrà sei mesi di tempo.", "sei mesi", 6),  # "sei" alone may be "you are"
        ("fr", "neuf mois plus tard", "neuf mois", 9),  # "neuf" alone may be "new"
    ],
)
def test_a_weak_word_before_a_unit_of_time_is_a_number(
    lang: str, text: str, surface: str, value: int
) -> None:
    (m,) = find_quantities(text, language=lang)
    assert (m.text, m.quantity.kind, m.quantity.low) == (surface, Kind.DURATION, value)


@pytest.mark.parametrize(
    ("lang", "text", "surface", "low", "high", "kind"),
    [
        ("en", "between 15% and 20% growth", "between 15% and 20%", 15, 20, Kind.PERCENT),
        ("en", "15%-20%", "15%-20%", 15, 20, Kind.PERCENT),  # the hyphen is no minus
        ("en", "between $5 and $10", "between $5 and $10", 5, 10, Kind.MONEY),
        ("en", "3 years to 5 years", "3 years to 5 years", 3, 5, Kind.DURATION),
        ("fr", "entre 15 % et 20 %", "entre 15 % et 20 %", 15, 20, Kind.PERCENT),
        ("de", "zwischen 15 % und 20 %", "zwischen 15 % und 20 %", 15, 20, Kind.PERCENT),
        ("es", "del 15% al 20%", "del 15% al 20%", 15, 20, Kind.PERCENT),
        ("it", "tra il 15% e il 20%", "tra il 15% e il 20%", 15, 20, Kind.PERCENT),
        ("pt", "entre 15% e 20%", "entre 15% e 20%", 15, 20, Kind.PERCENT),
        ("ru", "от 15% до 20%", "15% до 20%", 15, 20, Kind.PERCENT),
        ("zh", "15%至20%", "15%至20%", 15, 20, Kind.PERCENT),
        ("ja", "15%から20%", "15%から20%", 15, 20, Kind.PERCENT),
    ],
)
def test_a_range_whose_numbers_both_carry_the_unit(
    lang: str, text: str, surface: str, low: int, high: int, kind: Kind
) -> None:
    (m,) = find_quantities(text, language=lang)
    assert (m.text, m.quantity.low, m.quantity.high, m.quantity.kind) == (surface, low, high, kind)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "grew 5% to $10 billion"),  # two units: two amounts
        ("en", "5% to 10 people"),
        ("en", "between $5 and €10"),  # two currencies
        ("de", "15 % und 20 Euro"),
    ],
)
def test_different_units_make_no_range(lang: str, text: str) -> None:
    assert len(find_quantities(text, language=lang)) == 2


@pytest.mark.parametrize(
    ("lang", "text", "currency"),
    [
        ("fr", "Il a investi 109 milliards d'euros en France, dont 20 milliards d'ici à 2027.", "EUR"),
        ("en", "It raised $10bn, of which 2 billion came from Microsoft.", "USD"),
        ("zh", "投资1000亿元，其中200亿用于研发", "CNY"),
        ("es", "una ronda de 1.200 millones de euros que la valora en 9.000 millones", "EUR"),
    ],
)
def test_a_bare_amount_after_money_in_its_sentence_shares_its_currency(
    lang: str, text: str, currency: str
) -> None:
    _, second = find_quantities(text, language=lang)
    assert (second.quantity.kind, second.quantity.currency, second.quantity.currency_inferred) == (
        Kind.MONEY,
        currency,
        True,
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "It raised $10bn. Another 2 billion people use it."),  # another sentence, a unit
        ("en", "It raised $5bn for 20 million users."),  # a counted noun
        ("fr", "facturé 3 dollars par million de jetons et 15 dollars par million en sortie"),
    ],
)
def test_a_bare_amount_elsewhere_keeps_no_currency(lang: str, text: str) -> None:
    bare = [m for m in find_quantities(text, language=lang) if "$" not in m.text and "dollars" not in m.text]
    assert bare
    assert [m.quantity.currency for m in bare] == [None] * len(bare)


@pytest.mark.parametrize(
    ("lang", "text", "low", "high"),
    [
        ("en", "between 10 billion US dollars and 20 billion", 10e9, 20e9),
        ("es", "entre 3 y 4 millones", 3e6, 4e6),
    ],
)
def test_a_range_with_a_long_middle_still_joins(lang: str, text: str, low: float, high: float) -> None:
    (m,) = find_quantities(text, language=lang)
    assert (float(m.quantity.low), float(m.quantity.high)) == (low, high)


@pytest.mark.parametrize("spaces", [65, 80, 200])
def test_numbers_far_apart_make_no_range(spaces: int) -> None:
    text = "10" + " " * spaces + "to 20 people"
    lex = lexicon("en")
    first, second = find_numerals(text, "en")
    assert joins_range(text, first, second, lex, lambda pos: lex.read_after(text, pos), opened=False) is None
    assert [m.quantity.low for m in find_quantities(text, language="en")] == [10, 20]


def test_numbers_a_few_spaces_apart_still_make_a_range() -> None:
    text = "10" + " " * 20 + "to 20 people"
    (m,) = find_quantities(text, language="en")
    assert (m.quantity.low, m.quantity.high) == (10, 20)


@pytest.mark.parametrize(
    ("lang", "text", "surface", "currency"),
    [
        ("fr", "de 5 millions d'euros à 8 millions", "5 millions d'euros à 8 millions", "EUR"),
        ("fr", "entre 5 millions de yens et 8 millions", "entre 5 millions de yens et 8 millions", "JPY"),
        ("es", "de 5 millones de dólares a 8 millones", "5 millones de dólares a 8 millones", "USD"),
        ("pt", "de 5 milhões de reais a 8 milhões", "5 milhões de reais a 8 milhões", "BRL"),
        ("it", "da 5 milioni di euro a 8 milioni", "5 milioni di euro a 8 milioni", "EUR"),
        ("en", "from 5 million of dollars to 8 million", "5 million of dollars to 8 million", "USD"),
    ],
)
def test_a_currency_after_its_glue_between_the_numbers_of_a_range(
    lang: str, text: str, surface: str, currency: str
) -> None:
    (m,) = find_quantities(text, language=lang)
    assert (m.text, m.quantity.low, m.quantity.high, m.quantity.currency) == (
        surface,
        Decimal(5_000_000),
        Decimal(8_000_000),
        currency,
    )


@pytest.mark.parametrize(
    ("lang", "text", "points", "level"),
    [
        ("en", "rose 2.5 percentage points to 7.1 per cent", "2.5 percentage points", "7.1 per cent"),
        ("fr", "a gagné 2 points de pourcentage à 7 %", "2 points de pourcentage", "7 %"),
        ("de", "stieg um 2 Prozentpunkte auf 7 Prozent", "um 2 Prozentpunkte", "7 Prozent"),
        ("it", "salito di 2 punti percentuali al 7%", "2 punti percentuali", "7%"),
        ("pt", "subiu 2 pontos percentuais para 7%", "2 pontos percentuais", "7%"),
        ("ru", "выросла на 2 процентных пункта, до 7%", "2 процентных пункта", "до 7%"),
        ("zh", "上升2个百分点至7%", "2个百分点", "7%"),
        ("ja", "2ポイント上昇し7%", "2ポイント", "7%"),
    ],
)
def test_percentage_points_and_a_percentage_make_no_range(
    lang: str, text: str, points: str, level: str
) -> None:
    assert [m.text for m in find_quantities(text, language=lang)] == [points, level]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "from 2 to 3 percentage points"),
        ("en", "between 15 percent and 20 per cent"),
        ("de", "um 2 bis 3 Prozentpunkte"),
        ("ru", "от 2 до 3 процентных пунктов"),
    ],
)
def test_a_range_of_points_or_of_percentages_stays_one(lang: str, text: str) -> None:
    (m,) = find_quantities(text, language=lang)
    assert m.quantity.low < m.quantity.high


@pytest.mark.parametrize(
    ("lang", "text", "surface", "value", "unit"),
    [
        ("ja", "利用者の3人に1人が解約した", "3人に1人", Decimal(1) / 3, "person"),
        ("ja", "企業の5社に1社が導入", "5社に1社", Decimal("0.2"), "company"),
        ("zh", "每3人中就有1人使用", "3人中就有1人", Decimal(1) / 3, "person"),
        ("en", "one in four users", "one in four users", Decimal("0.25"), "user"),
        ("ru", "3 из 5 компаний", "3 из 5 компаний", Decimal("0.6"), "company"),
    ],
)
def test_a_ratio_reads_one_value_whichever_number_names_the_whole(
    lang: str, text: str, surface: str, value: Decimal, unit: str
) -> None:
    (m,) = find_quantities(text, language=lang)
    assert (m.text, m.quantity.low, m.quantity.unit) == (surface, value, unit)


@pytest.mark.parametrize(("lang", "text"), [("ja", "3人に5人"), ("en", "12 in six boxes"), ("ru", "8 из 5")])
def test_a_part_larger_than_its_whole_is_no_ratio(lang: str, text: str) -> None:
    first, second = find_numerals(text, lang, keep_weak=True)[:2]
    lex = lexicon(lang)
    assert ratio_of(text, first, second, lex, lambda pos: lex.read_after(text, pos)) is None


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit"),
    [
        ("fr", "une entreprise sur trois", Decimal(1) / 3, "company"),
        ("fr", "un salarié sur cinq a été licencié.", Decimal("0.2"), "employee"),
        ("en", "one company in three", Decimal(1) / 3, "company"),
        ("es", "una empresa de cada tres", Decimal(1) / 3, "company"),
        ("pt", "uma empresa em cada três", Decimal(1) / 3, "company"),
    ],
)
def test_a_ratio_with_its_counted_noun_between(lang: str, text: str, value: Decimal, unit: str) -> None:
    (m,) = find_quantities(text, language=lang)
    assert (m.quantity.low, m.quantity.unit) == (value, unit)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "un bâtiment sur deux étages"),  # the whole carries a unit: two floors
        ("en", "one user in 10 countries"),
        ("en", "one company in 2024"),
    ],
)
def test_no_ratio_across_a_noun_when_the_whole_is_counted_or_a_year(lang: str, text: str) -> None:
    assert all(m.quantity.low >= 1 for m in find_quantities(text, language=lang))


@pytest.mark.parametrize("language", ["en", "pt", "ru", "zh", "es", "fr", "de", "it", "ja"])
@given(data=st.data())
def test_the_quick_range_test_changes_nothing(language: str, data: st.DataObject) -> None:
    """Two numbers with no range word between them are turned down before the range is read: with
    the test always passing, every text reads the same."""
    text = data.draw(table_texts(language))
    quick = find_quantities(text, language=language)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(_joins, "_may_join", lambda *_: True)
        assert find_quantities(text, language=language) == quick


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "5 and then 10"), ("pt", "5 casas, 10"), ("zh", "5个，10个"), ("de", "5 Firmen und 10")],
)
def test_no_range_word_between_two_numbers(lang: str, text: str) -> None:
    lex = lexicon(lang)
    n, nxt = find_numerals(text, lang)[:2]
    assert _joins._may_join(text, n, nxt, lex) is (lang == "en" or lang == "de")
