"""The Evidence sheet: a row per claim with its holder, measure, period, part and what joined it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import openpyxl
import pytest

from aicoverage.compare import compare
from aicoverage.exporters import export
from aicoverage.exporters._xlsxabout import _CONTENTS
from aicoverage.exporters._xlsxevidence import CAPS, EVIDENCE_COLUMNS, FIRST
from aicoverage.model import Article, Claim, Extraction, Source
from tests.strategies import money_claim


def _claim(text: str, sentence: str, **reading: str) -> Claim:
    return attrs.evolve(money_claim("40000000000", text, sentence=sentence), **reading)


def _evidence(tmp_path: Path, sources: dict[str, tuple[Claim, ...]]) -> list[dict[str, Any]]:
    exs = [
        Extraction(article=Article(Source(path, "text"), "t", "t", language=path[:2]), claims=claims)
        for path, claims in sources.items()
    ]
    export(compare(exs), tmp_path / "e.xlsx")
    header, *data = openpyxl.load_workbook(tmp_path / "e.xlsx")["Evidence"].iter_rows(values_only=True)
    return [dict(zip(header, row, strict=True)) for row in data]


def test_each_claim_shows_whose_number_it_is_what_it_measures_when_and_which_part(tmp_path: Path) -> None:
    reading = {"holder": "SoftBank", "measure": "planned_investment", "period": "2026", "part": "total"}
    ru = _claim("40 млрд долларов", "SoftBank вложит 40 млрд долларов в 2026 году.", **reading)
    pt = _claim("US$ 40 bilhões", "O SoftBank investirá US$ 40 bilhões em 2026.", **reading)
    first, second = _evidence(tmp_path, {"ru.txt": (ru,), "pt.txt": (pt,)})
    for row in (first, second):
        assert (row["holder"], row["measure"], row["period"], row["part or total"]) == (
            "SoftBank",
            "planned investment",
            "2026",
            "total",
        )
    assert first["joined by"] == FIRST
    assert {"holder", "measure", "same value"} <= set(second["joined by"].split(", "))


def test_a_claim_the_comparison_could_not_read_leaves_those_cells_blank(tmp_path: Path) -> None:
    (row,) = _evidence(tmp_path, {"zh.txt": (_claim("400亿美元", "投资400亿美元。"),)})
    assert [row[c] for c in ("holder", "measure", "period", "part or total", "joined by")] == [None] * 5


def test_the_about_sheet_names_the_columns_users_check_joins_by() -> None:
    described = _CONTENTS["Evidence"]
    for column in ("holder", "measure", "period", "part or total", "joined"):
        assert column in described


@pytest.mark.parametrize("column", ["fact label", "joined by", "sentence", "link"])
def test_long_text_columns_are_capped(column: str) -> None:
    assert EVIDENCE_COLUMNS.index(column) in CAPS


def test_a_sentence_window_cut_inside_words_is_shown_with_its_cuts_marked(tmp_path: Path) -> None:
    text = "Por fim, a empresa afirmou que investiu 40 mil milhões de dólares no ano passado."
    start, end = text.index("empresa") + 3, text.index("passado") + 3
    claim = attrs.evolve(_claim("40 mil milhões", text[start:end]), sentence_start=start)
    art = Article(Source("pt.txt", "text"), text, text, language="pt")
    export(compare([Extraction(article=art, claims=(claim,))]), tmp_path / "cut.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "cut.xlsx")
    header, row = wb["Evidence"].iter_rows(values_only=True)
    shown = dict(zip(header, row, strict=True))["sentence"]
    assert shown == "… afirmou que investiu 40 mil milhões de dólares no ano …"
    comment = wb["By source"]["D2"].comment.text
    assert comment.startswith("… afirmou que investiu")
