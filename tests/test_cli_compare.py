"""The command line's compare side: JSON facts as score.py reads them, workbooks, options."""

from __future__ import annotations

import gzip
import json
import shutil
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
    capsys.readouterr()
    assert main(["compare", str(SEEDS), "--rate", "EUR=1.08"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("aicoverage: error: --rate: ")
    assert "not FROM:TO=RATE" in err
    assert "Traceback" not in err


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


def _facts(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["compare", *args, "--json", "-q"]) == 0
    facts: list[dict[str, object]] = json.loads(capsys.readouterr().out)["facts"]
    return facts


def test_compare_reads_extract_output_instead_of_the_sources(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    direct = _facts(capsys, str(SEEDS), "-j", "1")
    assert main(["extract", str(SEEDS), "-q"]) == 0
    lines = capsys.readouterr().out
    (tmp_path / "corpus.jsonl").write_text(lines, encoding="utf-8")
    with gzip.open(tmp_path / "corpus.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(lines)
    assert _facts(capsys, str(tmp_path / "corpus.jsonl")) == direct
    assert _facts(capsys, str(tmp_path / "corpus.jsonl.gz")) == direct


def test_compare_jobs_give_the_same_facts(capsys: pytest.CaptureFixture[str]) -> None:
    assert _facts(capsys, str(SEEDS), "-j", "2") == _facts(capsys, str(SEEDS), "-j", "1")


def test_an_extract_output_beside_its_sources_is_not_counted_twice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    before = _facts(capsys, str(corpus))
    assert main(["extract", str(corpus), "-q"]) == 0
    (corpus / "zz_corpus.jsonl").write_text(capsys.readouterr().out, encoding="utf-8")
    assert main(["compare", str(corpus), "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["facts"] == before
    assert err.count("read twice") == 5


def test_a_bad_record_in_extract_output_is_named_and_the_rest_compared(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(SEEDS), "-q"]) == 0
    lines = capsys.readouterr().out.splitlines()
    lines.insert(1, '{"claims": [], "oops": 1}')
    (tmp_path / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["compare", str(tmp_path / "corpus.jsonl"), "-o", str(tmp_path / "c.json")]) == 1
    err = capsys.readouterr().err
    assert f"{tmp_path / 'corpus.jsonl'}#2: not an extraction record" in err
    assert len(json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["articles"]) == 5


def test_compare_writes_parquet_and_duckdb(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import duckdb

    assert main(["compare", str(SEEDS), "-q", "-o", str(tmp_path / "c.parquet")]) == 0
    assert (tmp_path / "c.parquet" / "facts.parquet").is_file()
    assert main(["compare", str(SEEDS), "-q", "-o", str(tmp_path / "c.duckdb")]) == 0
    con = duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True)
    assert con.sql("SELECT count(*) FROM articles").fetchall() == [(5,)]
    con.close()
