"""exporters: the registry, the JSON and CSV exporters, safe cell text."""

from __future__ import annotations

import csv
import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings

from aicoverage.compare import compare
from aicoverage.errors import ExportError, PluginError
from aicoverage.exporters import available_exporters, export, find_format, load_exporter
from aicoverage.exporters._cells import CELL_LIMIT, CellText, sheet_title
from aicoverage.model import (
    Article,
    Comparison,
    Extraction,
    Source,
)
from aicoverage.serialize import structure
from tests.strategies import cell_texts, money_claim


def comparison_with(text: str, sentence: str | None = None) -> Comparison:
    sentence = sentence if sentence is not None else text
    c = money_claim("6000000", text, sentence=sentence)
    art = Article(Source("a.txt", "text"), sentence, sentence, language="en")
    return compare([Extraction(article=art, claims=(c,))])


# --- registry -------------------------------------------------------------------------------


def test_builtin_exporters_are_registered() -> None:
    assert {"csv", "json", "xlsx"} <= set(available_exporters())
    assert load_exporter("XLSX").__module__ == "aicoverage.exporters.xlsx"


@pytest.mark.parametrize(("path", "fmt"), [("out.xlsx", "xlsx"), ("a/b.JSON", "json"), ("c.csv", "csv")])
def test_format_comes_from_the_suffix(path: str, fmt: str) -> None:
    assert find_format(path) == fmt


def test_unknown_format_names_the_known_ones(tmp_path: Path) -> None:
    with pytest.raises(
        ExportError, match="no exporter for format 'odt'; available: csv, duckdb, json, parquet, xlsx"
    ):
        export(Comparison(), tmp_path / "x.odt")
    with pytest.raises(ExportError, match="no file suffix"):
        export(Comparison(), tmp_path / "x")


def test_format_option_overrides_the_suffix(tmp_path: Path) -> None:
    export(comparison_with("$6M"), tmp_path / "facts.txt", format="json")
    assert (
        json.loads((tmp_path / "facts.txt").read_text(encoding="utf-8"))["facts"][0]["claims"][0]["text"]
        == "$6M"
    )


def test_plugins_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AICOVERAGE_NO_PLUGINS", "1")
    available_exporters.cache_clear()
    try:
        assert list(available_exporters()) == ["csv", "duckdb", "json", "parquet", "xlsx"]
    finally:
        available_exporters.cache_clear()


def test_unwritable_path_is_an_export_error(tmp_path: Path) -> None:
    for fmt in ("json", "csv", "xlsx"):
        with pytest.raises(ExportError, match="cannot write"):
            export(Comparison(), tmp_path / "missing" / f"x.{fmt}")


# --- JSON -----------------------------------------------------------------------------------


def test_json_keeps_everything_and_reads_back(tmp_path: Path) -> None:
    long = "x" * (CELL_LIMIT + 10)
    comparison = comparison_with("=1+2", sentence=long)
    export(comparison, tmp_path / "c.json")
    data = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"), parse_float=Decimal)
    assert data["schema"] == 1
    claim = data["facts"][0]["claims"][0]
    assert (claim["article"], claim["start"], claim["end"], claim["text"]) == ("a.txt", 0, 4, "=1+2")
    assert claim["sentence"] == long
    assert structure(data["articles"][0], Extraction) == comparison.articles[0]


# --- CSV ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("=HYPERLINK(1)", "'=HYPERLINK(1)"),
        ("+7", "'+7"),
        ("-7", "'-7"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("6 млн", "6 млн"),
        ("约为560万美元", "约为560万美元"),
        ("bad\x00char", "bad\ufffdchar"),
    ],
)
def test_csv_guards_formulas_and_keeps_scripts(tmp_path: Path, text: str, written: str) -> None:
    export(comparison_with(text), tmp_path / "c.csv")
    with open(tmp_path / "c.csv", encoding="utf-8-sig", newline="") as fh:
        header, row = list(csv.reader(fh))
    record = dict(zip(header, row, strict=True))
    assert record["text"] == written
    assert (record["low"], record["currency"], record["source"]) == ("6000000", "USD", "a.txt")


# --- safe cell text -------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(text=cell_texts)
def test_clean_text_is_valid_xml_and_within_the_limit(text: str) -> None:
    cells = CellText()
    out = cells.clean(text)
    out.encode("utf-8")  # no lone surrogates left
    assert not any(ord(ch) < 32 and ch not in "\t\n\r" for ch in out)
    assert len(out.encode("utf-16-le")) // 2 <= CELL_LIMIT
    assert cells.replaced == sum(1 for a, b in zip(text, out, strict=True) if a != b)


def test_clipping_counts_utf16_units_and_never_splits_a_pair() -> None:
    cells = CellText()
    out = cells.clean("😀" * CELL_LIMIT)
    assert len(out) == CELL_LIMIT // 2
    assert cells.clean("a" * CELL_LIMIT) == "a" * CELL_LIMIT
    assert cells.clipped == 1


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("Facts", "Facts"),
        ("a/b\\c?d*e[f]g:h", "a b c d e f g h"),
        ("", "Sheet"),
        ("x" * 40, "x" * 31),
        ("'q'", "q"),
    ],
)
def test_sheet_titles_are_sanitised(name: str, title: str) -> None:
    assert sheet_title(name) == title


def test_sheet_titles_are_unique_case_insensitively() -> None:
    taken: set[str] = set()
    assert [sheet_title(n, taken=taken) for n in ("Claims", "claims", "CLAIMS")] == [
        "Claims",
        "claims 2",
        "CLAIMS 3",
    ]


def test_json_keeps_lone_surrogates_as_escapes(tmp_path: Path) -> None:
    export(comparison_with("bad\ud800"), tmp_path / "c.json")
    raw = (tmp_path / "c.json").read_bytes()
    raw.decode("utf-8")  # valid UTF-8
    assert json.loads(raw)["facts"][0]["claims"][0]["text"] == "bad\ud800"


# --- CSV injection in every locale --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("5%;=2+3", "5%;'=2+3"),
        ("a,=1", "a,'=1"),
        ("x\t@SUM(A1)", "x\t'@SUM(A1)"),
        ("5%; =2+3", "5%; '=2+3"),
        ("5;6", "5;6"),
    ],
)
def test_csv_guards_every_separated_piece(tmp_path: Path, text: str, written: str) -> None:
    export(comparison_with(text), tmp_path / "c.csv")
    with open(tmp_path / "c.csv", encoding="utf-8-sig", newline="") as fh:
        header, row = list(csv.reader(fh))
    assert dict(zip(header, row, strict=True))["text"] == written


def test_csv_split_on_semicolons_gives_no_formula_cell(tmp_path: Path) -> None:
    # How a ru/de/fr/pt-BR spreadsheet imports it: ";" separates, quoted fields stay whole.
    export(comparison_with("5%;=2+3", sentence="Costs rose 5%;=2+3, said one;-1"), tmp_path / "c.csv")
    with open(tmp_path / "c.csv", encoding="utf-8-sig", newline="") as fh:
        cells = [cell for row in csv.reader(fh, delimiter=";") for cell in row]
    assert not [c for c in cells if c.lstrip().startswith(("=", "+", "-", "@"))]
    raw = (tmp_path / "c.csv").read_text(encoding="utf-8-sig")
    assert '"5%;\'=2+3"' in raw


# --- writing safely -------------------------------------------------------------------------------


def test_a_failed_export_leaves_the_existing_output_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "c.json"
    out.write_text("previous", encoding="utf-8")

    def broken(comparison: Comparison, path: object) -> None:
        Path(str(path)).write_text("half", encoding="utf-8")
        raise ExportError(f"{path}: cannot write: disk full")

    monkeypatch.setattr("aicoverage.exporters.load_exporter", lambda _: broken)
    with pytest.raises(ExportError, match=f"^{out}: cannot write"):
        export(Comparison(), out)
    assert out.read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.json"]


def test_export_replaces_a_whole_file_and_a_whole_directory(tmp_path: Path) -> None:
    out = tmp_path / "c.parquet"
    out.mkdir()
    (out / "stale.parquet").write_bytes(b"old")
    export(comparison_with("$6M"), out)
    assert "stale.parquet" not in {p.name for p in out.iterdir()}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.parquet"]


def test_two_exports_at_once_leave_one_whole_file(tmp_path: Path) -> None:
    import threading

    out = tmp_path / "c.xlsx"
    big = compare(
        [
            Extraction(
                article=Article(Source(f"{n}.txt", "text"), "x", "x"),
                claims=tuple(money_claim(str(k), f"${k}") for k in range(1, 300)),
            )
            for n in range(3)
        ]
    )
    threads = [threading.Thread(target=export, args=(big, out)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    import openpyxl

    assert openpyxl.load_workbook(out).sheetnames[0] == "About"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.xlsx"]


def test_a_failing_plugin_is_a_plugin_error_naming_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def crash(comparison: Comparison, path: object) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr("aicoverage.exporters.available_exporters", lambda: {"odt": "someplugin.odt:export"})
    monkeypatch.setattr("aicoverage.exporters.load_exporter", lambda _: crash)
    with pytest.raises(PluginError, match=r"exporter plugin 'odt' \(someplugin.odt:export\) failed"):
        export(Comparison(), tmp_path / "c.odt")
    assert list(tmp_path.iterdir()) == []


@settings(max_examples=300, deadline=None)
@given(text=cell_texts)
def test_guarded_pieces_never_start_a_formula_and_nothing_else_changes(text: str) -> None:
    import re

    from aicoverage.exporters.csv import guard

    out = guard(text)
    for piece in [*re.split(r"[,;\t]", out)[1:], out]:
        assert not piece.lstrip(" ").startswith(("=", "+", "-", "@"))
    assert out.replace("'", "") == text.replace("'", "")
