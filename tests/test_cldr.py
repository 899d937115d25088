import pytest

from aicoverage.quantities import _cldr


@pytest.mark.parametrize(
    ("language", "term", "code"),
    [
        ("ru", "доллар сша", "USD"),
        ("ru", "₽", "RUB"),
        ("pt", "r$", "BRL"),
        ("pt", "us$", "USD"),
        ("zh", "美元", "USD"),
        ("zh", "人民币", "CNY"),
        ("en", "euros", "EUR"),
        ("fr", "euros", "EUR"),
    ],
)
def test_currency_names_and_symbols_come_from_cldr(language: str, term: str, code: str) -> None:
    assert _cldr.currency_terms(language)[term] == code


def test_shared_signs_are_ambiguous_and_others_not() -> None:
    assert {"$", "¥"} <= _cldr.ambiguous_symbols()
    assert "r$" not in _cldr.ambiguous_symbols()


def test_month_and_duration_words_come_from_cldr() -> None:
    assert "января" in _cldr.month_words("ru")
    assert "janeiro" in _cldr.month_words("pt")
    assert "месяца" in _cldr.duration_words("ru")["month"]
    assert "por ano" in _cldr.per_words("pt")["year"]


@pytest.mark.parametrize(("language", "code"), [("ru", "RUB"), ("pt", "BRL"), ("zh", "CNY"), ("ja", "JPY")])
def test_home_currency_is_the_likely_territory_currency(language: str, code: str) -> None:
    assert _cldr.home_currency(language) == code
