"""compare.explain: why a fact holds its claims, from a Comparison or its JSON."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from aicoverage.cli import main
from aicoverage.compare import compare, explain_fact
from aicoverage.errors import AicoverageError
from aicoverage.model import Article, Claim, Extraction, Kind, Quantity, Source
from aicoverage.serialize import dumps


def _comparison() -> object:
    q = Quantity(kind=Kind.MONEY, low=Decimal("5e11"), high=Decimal("5e11"), currency="USD")
    c = Claim(
        start=3,
        end=8,
        text="$500B",
        quantity=q,
        sentence="a $500B plan",
        sentence_start=0,
        holder="Stargate",
        measure="investment",
    )
    return compare([Extraction(article=Article(Source(p, "text"), "", ""), claims=(c,)) for p in ("a", "b")])


def test_explain_tells_the_signals_of_each_claim() -> None:
    text = explain_fact(_comparison(), "fact-001")  # type: ignore[arg-type]
    assert text.splitlines() == [
        "fact-001: Stargate · investment (USD) [agree]",
        "  a@3 '$500B': first claim",
        "  b@3 '$500B': joined by holder, measure, same value",
    ]


def test_explain_reads_the_comparison_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    comparison = _comparison()
    path = tmp_path / "facts.json"
    path.write_text(dumps({"facts": comparison.facts}), encoding="utf-8")  # type: ignore[attr-defined]
    assert explain_fact(path, "fact-001") == explain_fact(comparison, "fact-001")  # type: ignore[arg-type]
    assert main(["explain", "fact-001", str(path)]) == 0
    assert "joined by holder" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("source", "message"), [('{"facts": []}', "no fact"), ("{", "not a comparison"), ("[1]", "no fact")]
)
def test_explain_errors_are_typed(source: str, message: str) -> None:
    with pytest.raises(AicoverageError, match=message):
        explain_fact(source, "fact-001")


def test_explain_of_a_missing_file_names_it(tmp_path: Path) -> None:
    with pytest.raises(AicoverageError, match=r"missing\.json"):
        explain_fact(tmp_path / "missing.json", "fact-001")
