from decimal import Decimal

import pytest

from aicoverage import find_quantities
from aicoverage.model import Kind
from aicoverage.quantities._lexicon import lexicon
from aicoverage.quantities._numerals import find_numerals
from aicoverage.quantities._traps import is_time_or_glued, is_trap, is_year, quantity_free_zones


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("go to http://a.org/x?id=305&q=20%25 now", "http://a.org/x?id=305&q=20%25"),
        ("mail a1@b2.com today", "a1@b2.com"),
        ("call +1-222-2222/2222", "+1-222-2222/2222"),
        ("value <>30", "<>30"),
    ],
)
def test_addresses_phones_and_odd_signs_are_quantity_free(text: str, zone: str) -> None:
    assert [surface for surface, _ in quantity_free_zones(text)] == [zone]


def test_plain_text_has_no_quantity_free_zone() -> None:
    assert quantity_free_zones("50 chips cost $1 billion, up 10%") == []


@pytest.mark.parametrize(
    ("text", "year"),
    [("2016", True), ("1957", True), ("2048", True), ("20 000", False), ("30000", False), ("999", False)],
)
def test_is_year_reads_four_plain_digits_in_range(text: str, year: bool) -> None:
    (n,) = find_numerals(text, "ru")
    assert is_year(n, text) is year


@pytest.mark.parametrize(
    ("lang", "text", "trap"),
    [
        ("en", "the H800", True),
        ("en", "GPT-4o", True),
        ("en", "at 10:30", True),
        ("pt", "texto.\n2. Deepseek-V3", True),
        ("ru", "индекс Nasdaq 100 в Азии", True),
        ("pt", "Claude, 3,5 sonetos", True),
        ("en", "costs rose 100 points", False),
    ],
)
def test_is_trap_for_bare_numbers(lang: str, text: str, trap: bool) -> None:
    n = find_numerals(text, lang)[0]
    assert n.low > Decimal(0)
    got = is_trap(
        text, n, n, lexicon(lang), has_unit=False, kind=Kind.COUNT, unit=None, currency_before=False
    )
    assert got is trap


@pytest.mark.parametrize(
    ("lang", "text", "doomed"),
    [
        ("en", "the H800 chips", True),
        ("de", "um 10:30 Uhr", True),
        ("ru", "модель R1 стоит", True),
        ("fr", "le code 007", True),
        ("es", "COVID-19", True),
        ("en", "costs rose 100 points", False),
        ("zh", "花了100万美元", False),
    ],
)
def test_a_time_code_or_name_number_is_doomed_before_its_context(lang: str, text: str, doomed: bool) -> None:
    n = next(n for n in find_numerals(text, lang) if n.low > 0)
    assert is_time_or_glued(text, n, currency_before=False) is doomed


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("en", "from 10:30 to 11:00", []),  # a time opens no range
        ("en", "MYR42 million", ["MYR42 million"]),  # a currency glued before: money all the same
        ("de", "V3 bis 5", ["bis 5"]),  # the name's number opens no range; the count after it stands
    ],
)
def test_time_or_name_numbers_join_nothing(lang: str, text: str, found: list[str]) -> None:
    assert [m.text for m in find_quantities(text, language=lang)] == found


def test_a_currency_before_makes_a_glued_code_money_not_a_name() -> None:
    text = "MYR42"
    (n,) = find_numerals(text, "en")
    lex = lexicon("en")
    assert is_trap(text, n, n, lex, has_unit=False, kind=Kind.COUNT, unit=None, currency_before=False)
    assert not is_trap(text, n, n, lex, has_unit=True, kind=Kind.MONEY, unit=None, currency_before=True)


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("ru", "за 2 года", ["2 года"]),
        ("ru", "за три года", ["три года"]),
        ("ru", "в 2016 году", []),
        ("zh", "过去三十年", ["三十年"]),
        ("zh", "40年", ["40年"]),
        ("zh", "2021年", []),
        ("zh", "2022年10月", []),
    ],
)
def test_a_year_word_after_a_number_that_can_be_no_year_is_a_duration(
    lang: str, text: str, found: list[str]
) -> None:
    assert [m.text for m in find_quantities(text, language=lang)] == found


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        # years carry their mark in Japanese: four digits alone are counts
        ("ja", "参加者は1200から1800です", ["1200から1800"]),
        ("ja", "2019年に1300社が参加", ["1300社"]),
        # in English a bare year is a year
        ("en", "in 1999 they left", []),
        # a year and its month is a date in every language
        ("ja", "記録は2019-03のもの", []),
        ("en", "the 2019/11 report", []),
        ("ja", "記録は２０１９−０３のもの", []),
    ],
)
def test_bare_years_and_year_months(lang: str, text: str, found: list[str]) -> None:
    assert [m.text for m in find_quantities(text, language=lang)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [("这件衣服打十折", []), ("全场八折", ["八折"]), ("九五折", ["九五折"]), ("满意度达到十成", ["十成"])],
)
def test_ten_tenths_is_no_discount(text: str, found: list[str]) -> None:
    assert [m.text for m in find_quantities(text, language="zh")] == found


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("規則は120日以内に発効する", "120日以内", "day"),  # no day of a month: a number of days
        ("2日間", "2日間", "day"),  # the date word only begins the duration word
        ("3年以内に", "3年以内", "year"),
    ],
)
def test_japanese_durations_that_begin_like_dates(text: str, surface: str, unit: str) -> None:
    (m,) = find_quantities(text, language="ja")
    assert (m.text, m.quantity.unit) == (surface, unit)


@pytest.mark.parametrize("text", ["3月5日に", "5日に発表"])
def test_a_day_of_a_month_stays_a_date(text: str) -> None:
    assert find_quantities(text, language="ja") == []
