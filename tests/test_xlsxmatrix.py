"""The By source sheet: a value per source, its sentence as a comment, the evidence budget."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from aicoverage.compare import compare
from aicoverage.exporters import export
from aicoverage.model import Article, Extraction, Source
from tests.strategies import money_claim


def _matrix(tmp_path: Path, claims_per_source: list[int]) -> Any:
    exs = []
    for n, count in enumerate(claims_per_source):
        art = Article(Source(f"s{n}.txt", "text"), "t", "t", outlet=f"Outlet {n}")
        claims = tuple(money_claim("6000000", f"$6M ({k})", sentence=f"Said {k}.") for k in range(count))
        exs.append(Extraction(article=art, claims=claims))
    export(compare(exs), tmp_path / "m.xlsx")
    return openpyxl.load_workbook(tmp_path / "m.xlsx")["By source"]


def test_a_source_stating_a_fact_twice_shows_its_first_value_and_counts_the_rest(tmp_path: Path) -> None:
    ws = _matrix(tmp_path, [2, 1])
    assert [c.value for c in ws[1]][3:] == ["Outlet 0", "Outlet 1"]
    first = ws["D2"]
    assert first.value == 6000000
    assert "“$6M (0)”" in first.comment.text
    assert "(and 1 more from this source: see Evidence)" in first.comment.text
    assert "more from this source" not in ws["E2"].comment.text
    # The second source's value is the third claim in Evidence order.
    assert ws["E2"].hyperlink.location == "'Evidence'!A4"


def test_past_the_evidence_budget_values_have_no_comment_or_link(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("aicoverage.exporters.xlsx.EVIDENCE_LIMIT", 1)
    ws = _matrix(tmp_path, [1, 1])
    assert ws["D2"].comment is not None
    assert (ws["E2"].value, ws["E2"].comment, ws["E2"].hyperlink) == (6000000, None, None)
    assert ws["E2"].number_format == ws["D2"].number_format
