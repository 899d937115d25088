"""Flat records of claims and quotes: one scalar per column, ready for pandas without needing it."""

from __future__ import annotations

from decimal import Decimal

import attrs

from aicoverage.extract import claims_records, quotes_records
from aicoverage.model import (
    Article,
    Claim,
    Extraction,
    Kind,
    Quantity,
    Quote,
    Source,
    Speaker,
)

TEXT = "“We spent $6 million,” Amodei said."


def extraction() -> Extraction:
    art = Article(source=Source(path="a.txt", format="txt"), text=TEXT, body=TEXT, language="en")
    q = Quantity(kind=Kind.MONEY, low=Decimal(6_000_000), high=Decimal(6_000_000), currency="USD")
    claim = Claim(
        start=10,
        end=20,
        text=TEXT[10:20],
        quantity=q,
        sentence=TEXT,
        sentence_start=0,
        subject=None,
        speaker="Dario Amodei",
        topics=("cost", "training"),
    )
    quote = Quote(
        text=TEXT[1:20], start=1, end=20, speaker=Speaker(name="Amodei", canonical="Dario Amodei"), cue="said"
    )
    return Extraction(article=art, claims=(claim,), quotes=(quote,))


def test_claim_records() -> None:
    [row] = claims_records([extraction()])
    assert row == {
        "article": "a.txt",
        "language": "en",
        "start": 10,
        "end": 20,
        "text": "$6 million",
        "kind": "money",
        "low": Decimal(6_000_000),
        "high": Decimal(6_000_000),
        "unit": None,
        "currency": "USD",
        "currency_inferred": False,
        "bound": "exact",
        "per": None,
        "subject": None,
        "holder": None,
        "measure": None,
        "period": None,
        "part": None,
        "speaker": "Dario Amodei",
        "topics": "cost;training",
        "sentence": TEXT,
        "sentence_start": 0,
    }


def test_claim_records_say_what_the_claim_measures() -> None:
    claim = attrs.evolve(
        extraction().claims[0], holder="DeepSeek", measure="training_cost", period="2024", part="total"
    )
    [row] = claims_records([attrs.evolve(extraction(), claims=(claim,))])
    assert (row["holder"], row["measure"], row["period"], row["part"]) == (
        "DeepSeek",
        "training_cost",
        "2024",
        "total",
    )


def test_quote_records() -> None:
    [row] = quotes_records([extraction(), Extraction(article=extraction().article)])
    assert row["speaker"] == "Amodei"
    assert row["speaker_canonical"] == "Dario Amodei"
    assert row["text"] == TEXT[row["start"] : row["end"]]  # type: ignore[misc]
    assert row["cue"] == "said"
    assert row["partial"] is False


def test_records_of_nothing() -> None:
    assert claims_records([]) == []
    assert quotes_records([]) == []


def test_every_value_is_a_scalar() -> None:
    for row in [*claims_records([extraction()]), *quotes_records([extraction()])]:
        assert all(v is None or isinstance(v, str | int | bool | Decimal) for v in row.values())
