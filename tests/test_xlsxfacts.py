"""Facts sheet rows: label and status in words, low / median / high in the fact's unit."""

from __future__ import annotations

from decimal import Decimal

from aicoverage.exporters._xlsxfacts import FACT_COLUMNS, fact_row, facts_in_order
from aicoverage.model import Claim, Comparison, Fact, FactClaim, Kind, Quantity, Rate, Status


def claim(low: str, high: str | None = None, currency: str = "USD") -> Claim:
    q = Quantity(kind=Kind.MONEY, low=Decimal(low), high=Decimal(high or low), currency=currency)
    return Claim(start=0, end=1, text=low, quantity=q, sentence=low, sentence_start=0)


def fact(*claims: tuple[str, Claim], status: Status = Status.DISAGREE) -> Fact:
    members = tuple(FactClaim(a, c) for a, c in claims)
    return Fact(
        id="f",
        label="Nvidia · market_value (USD)",
        status=status,
        claims=members,
        kind=Kind.MONEY,
        currency="USD",
    )


def row(f: Fact, rates: tuple[Rate, ...] = ()) -> dict[str, object]:
    return dict(zip(FACT_COLUMNS, fact_row(f, {"a": "Reuters", "b": "РБК"}, rates).values, strict=True))


def test_ranges_count_by_their_ends_and_the_median_by_their_middle() -> None:
    r = row(fact(("a", claim("7", "10")), ("b", claim("12")), ("b", claim("20"))))
    assert (r["low"], r["median"], r["high"]) == (7, 12, 20)
    assert (r["sources"], r["stated by"], r["status"]) == (2, "Reuters, РБК", "disagree")
    assert r["label"] == "Nvidia · market value (USD)"


def test_other_currencies_count_only_through_a_rate() -> None:
    f = fact(("a", claim("100")), ("b", claim("100", currency="EUR")))
    assert row(f)["high"] == 100
    assert row(f, (Rate("EUR", "USD", Decimal("1.1")),))["high"] == 110


def test_facts_of_many_sources_come_first() -> None:
    one = fact(("a", claim("1")), status=Status.SINGLE_SOURCE)
    two = fact(("a", claim("1")), ("b", claim("1")), status=Status.AGREE)
    assert facts_in_order(Comparison(facts=(one, two))) == [two, one]


def test_durations_in_another_unit_of_the_scale_are_shown_in_the_fact_s_unit() -> None:
    """ "18 months" and "1.5 years" in a fact of months: 18 and 18, not 1.5 and 18."""

    def duration(value: str, unit: str) -> Claim:
        q = Quantity(kind=Kind.DURATION, low=Decimal(value), high=Decimal(value), unit=unit)
        return Claim(start=0, end=1, text=value, quantity=q, sentence=value, sentence_start=0)

    members = (FactClaim("a", duration("18", "month")), FactClaim("b", duration("1.5", "year")))
    f = Fact(id="f", label="probe", status=Status.AGREE, claims=members, kind=Kind.DURATION, unit="month")
    r = row(f)
    assert (r["low"], r["median"], r["high"]) == (18, 18, 18)
