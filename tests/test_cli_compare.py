"""The command line's compare side: JSON facts as score.py reads them, workbooks, options."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from aicoverage.cli import main
from tests.seeding import SEEDS


def test_compare_json_prints_facts_with_flattened_claims(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(SEEDS), "--json"]) == 0
    facts = json.loads(capsys.readouterr().out)["facts"]
    assert {"id", "label", "status", "claims"} <= set(facts[0])
    claim = facts[0]["claims"][0]
    assert {"article", "start", "end", "text", "low", "high", "kind"} <= set(claim)
    text = Path(claim["article"]).read_text(encoding="utf-8")
    assert text[claim["start"] : claim["end"]] == claim["text"]
    assert "agree_within_rounding" in {f["status"] for f in facts}


def test_compare_writes_the_workbook_and_other_formats(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["compare", str(SEEDS), "-o", str(tmp_path / "coverage.xlsx")]) == 0
    assert capsys.readouterr().out == ""
    assert openpyxl.load_workbook(tmp_path / "coverage.xlsx").sheetnames[0] == "About"
    assert main(["compare", str(SEEDS), "-o", str(tmp_path / "claims.txt"), "--to", "csv"]) == 0
    assert (tmp_path / "claims.txt").read_text(encoding="utf-8-sig").startswith("fact,fact label,status")


def test_compare_rates_and_bad_rates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "c.json"
    assert main(["compare", str(SEEDS), "-o", str(out), "--rate", "eur:usd=1.08"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["rule"]["rates"] == [
        {"currency": "EUR", "target": "USD", "rate": 1.08}
    ]
    assert main(["compare", str(SEEDS), "--rate", "EUR=1.08"]) == 1
    assert "not FROM:TO=RATE" in capsys.readouterr().err


def test_compare_fact_sheet_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "facts.toml"
    sheet.write_text(
        '[[fact]]\nid = "params"\nlabel = "Model size"\nunit = "parameter"\n'
        'keywords = {ru = ["параметр"], zh = ["参数"]}\n',
        encoding="utf-8",
    )
    assert main(["compare", str(SEEDS), "--json", "--fact-sheet", str(sheet)]) == 0
    first = json.loads(capsys.readouterr().out)["facts"][0]
    assert (first["id"], first["label"]) == ("params", "Model size")
    assert {c["text"] for c in first["claims"]} >= {"6710亿参数"}
