"""Column widths: numbers always fit, text is capped, wide scripts count double."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from aicoverage.exporters._xlsxwidth import NUMBER_CAP, TEXT_CAP, fit, survey_values, text_width
from aicoverage.model import Claim, Comparison, Fact, FactClaim, Kind, Quantity, Status


def test_chinese_is_wider_than_latin_of_the_same_length() -> None:
    assert text_width("成本约为") > text_width("cost") * 1.5
    assert text_width("несколько") >= text_width("nesколько")


def test_long_text_is_capped_but_numbers_never_are() -> None:
    widths = fit(["text", "n"], [["x" * 500, 10**40]])
    assert widths[0] == TEXT_CAP + 2
    assert widths[1] > 40


def test_floors_and_caps_by_column() -> None:
    assert fit(["a", "b"], [["x" * 100, 1]], floors={1: 30.0}, caps={0: 10.0}) == [12.0, 35.0]


@given(st.lists(st.integers(min_value=-(10**300), max_value=10**300), min_size=1, max_size=20))
def test_a_number_column_fits_its_widest_number(values: list[int]) -> None:
    (width,) = fit(["n"], [[v] for v in values])
    assert width >= min(NUMBER_CAP, max(len(str(v)) for v in values))


def test_survey_counts_values_too_large_and_measures_the_widest() -> None:
    q = Quantity(kind=Kind.MONEY, low=Decimal(10**7), high=Decimal("1e400"), currency="USD")
    claim = Claim(start=0, end=1, text="x", quantity=q, sentence="x", sentence_start=0)
    fact = Fact(id="f", label="f", status=Status.SINGLE_SOURCE, claims=(FactClaim("a", claim),) * 3)
    survey = survey_values(Comparison(facts=(fact,)))
    assert survey.too_large == 3
    assert survey.widest >= len("10,000,000–1E+400 USD")
