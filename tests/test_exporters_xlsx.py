"""The xlsx exporter: sheets, the facts matrix and its evidence, safe text, reproducible bytes."""

from __future__ import annotations

import sys
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings

from aicoverage.compare import compare
from aicoverage.errors import ExportError
from aicoverage.exporters import export
from aicoverage.exporters._cells import CELL_LIMIT
from aicoverage.exporters.xlsx import FONT, number_format
from aicoverage.model import Article, Bound, Comment, Comparison, Extraction, Kind, Quantity, Source
from tests.seeding import seed_extractions
from tests.strategies import cell_texts, comparisons, money_claim

SHEETS = ["About", "Sources", "Facts", "Claims", "Quotes", "Comments"]


money = money_claim


def two_sources() -> Comparison:
    ru = Article(
        Source("ru.txt", "text"),
        "DeepSeek за 6 млн",
        "DeepSeek за 6 млн",
        language="ru",
        comments=(Comment(text="=cmd|' /C calc'!A0", start=0, end=3, author="x"),),
    )
    zh = Article(Source("zh.txt", "text"), "成本约为560万美元", "成本约为560万美元", language="zh")
    return compare(
        [
            Extraction(article=ru, claims=(money("6000000", "6 млн", sentence="DeepSeek за 6 млн"),)),
            Extraction(
                article=zh,
                claims=(money("5600000", "约为560万美元", bound=Bound.APPROX, sentence="成本约为560万美元"),),
            ),
        ]
    )


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Any:
    path = tmp_path_factory.mktemp("xlsx") / "c.xlsx"
    export(two_sources(), path)
    return openpyxl.load_workbook(path)


def rows(ws: Any) -> list[tuple[Any, ...]]:
    return list(ws.iter_rows(values_only=True))


def test_sheets_in_order_with_about_first(book: Any) -> None:
    assert book.sheetnames == SHEETS


def test_data_sheets_are_tables_with_frozen_header_printed_landscape(book: Any) -> None:
    for name in SHEETS[1:]:
        ws = book[name]
        (table,) = ws.tables.values()
        assert table.ref.startswith("A1:")
        assert table.autoFilter.ref == table.ref
        assert [c.name for c in table.tableColumns] == [c.value for c in ws[1] if c.value is not None]
        assert ws.freeze_panes == ("C2" if name == "Facts" else "A2")
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.fitToWidth == 1
        assert ws.sheet_properties.pageSetUpPr.fitToPage


def test_facts_matrix_holds_real_numbers_with_unit_formats(book: Any) -> None:
    ws = book["Facts"]
    header, fact = rows(ws)[:2]
    assert header[8:] == ("ru.txt", "zh.txt")
    assert fact[:4] == ("fact-001", "DeepSeek · cost (USD)", "agree_within_rounding", 0.0667)
    assert fact[8:] == (6000000, 5600000)
    assert ws["I2"].number_format == '#,##0" USD"'
    assert ws["J2"].number_format == '"~"#,##0" USD"'


def test_status_is_coloured_by_conditional_formatting(book: Any) -> None:
    ranges = {str(cf.sqref): [r.formula for r in cf.rules] for cf in book["Facts"].conditional_formatting}
    assert ['"disagree"'] in ranges["C2"]
    assert any('$C2="agree_within_rounding"' in f[0] for f in ranges["I2:J2"])


def test_each_value_carries_its_evidence(book: Any) -> None:
    cell = book["Facts"]["J2"]
    assert "成本约为560万美元" in cell.comment.text
    assert "zh.txt [0:8]" in cell.comment.text
    target = cell.hyperlink.location
    assert target == "'Claims'!A3"
    claims = book["Claims"]
    assert claims["E3"].value == "约为560万美元"
    assert claims["D3"].value == "zh.txt"


def test_claims_sheet_is_long_format(book: Any) -> None:
    header, *data = rows(book["Claims"])
    record = dict(zip(header, data[0], strict=True))
    assert record["text"] == "6 млн"
    assert (record["low"], record["high"], record["currency"], record["bound"]) == (
        6000000,
        6000000,
        "USD",
        "exact",
    )
    assert (record["start"], record["end"], record["subject"]) == (0, 5, "DeepSeek")


def test_comments_sheet_keeps_a_formula_as_text(book: Any) -> None:
    cell = book["Comments"]["E2"]
    assert cell.value == "=cmd|' /C calc'!A0"
    assert cell.data_type == "s"


def test_about_states_rule_legend_and_contents(book: Any) -> None:
    about = {r[0]: r[1] for r in rows(book["About"]) if r[0]}
    assert about["Relative tolerance"] == "0.1 of the larger value"
    assert about["Currencies"] == "never converted or merged"
    assert about["disagree"] == "the sources state values that cannot both be true"
    assert about["Characters replaced"] == 0
    links = [c.hyperlink.location for (c, _) in book["About"].iter_rows(min_col=1, max_col=2) if c.hyperlink]
    assert links == [f"'{name}'!A1" for name in SHEETS[1:]]


def test_font_covers_cyrillic_and_cjk(book: Any) -> None:
    assert book["Claims"]["E2"].font.name == FONT
    assert book["Facts"]["A1"].font.name == FONT


def test_same_input_gives_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    export(two_sources(), tmp_path / "a.xlsx")
    export(two_sources(), tmp_path / "b.xlsx")
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "b.xlsx").read_bytes()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1738195200")
    export(two_sources(), tmp_path / "c.xlsx")
    with zipfile.ZipFile(tmp_path / "c.xlsx") as z:
        assert b"2025-01-30T00:00:00Z" in z.read("docProps/core.xml")
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_bad_text_is_repaired_clipped_and_counted(tmp_path: Path) -> None:
    long = "ж" * (CELL_LIMIT + 5)
    claim = money("1", "=1+2\x00\ud800", sentence=long)
    art = Article(Source("a.txt", "text"), long, long)
    export(compare([Extraction(article=art, claims=(claim,))]), tmp_path / "bad.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "bad.xlsx")
    header, row = rows(wb["Claims"])[:2]
    record = dict(zip(header, row, strict=True))
    assert record["text"] == "=1+2\ufffd\ufffd"
    assert len(record["sentence"]) == CELL_LIMIT
    about = {r[0]: r[1] for r in rows(wb["About"]) if r[0]}
    # The claim text is written twice (Claims row, Facts evidence comment): 2 characters each time.
    assert (about["Characters replaced"], about["Cells clipped"]) == (4, 1)


@pytest.mark.parametrize(
    ("quantity", "fmt"),
    [
        (Quantity(kind=Kind.COUNT, low=Decimal(50000), high=Decimal(50000), unit="chip"), '#,##0" chip"'),
        (
            Quantity(kind=Kind.PERCENT, low=Decimal("2.5"), high=Decimal("2.5"), unit="percent"),
            '#,##0.0##"%"',
        ),
        (
            Quantity(kind=Kind.MULTIPLE, low=Decimal(4), high=Decimal(4), bound=Bound.APPROX, per="year"),
            '"~"#,##0"x/year"',
        ),
        (
            Quantity(
                kind=Kind.MONEY, low=Decimal(10**7), high=Decimal(10**8), currency="USD", bound=Bound.VAGUE
            ),
            '"≈"#,##0"–100,000,000 USD"',
        ),
    ],
)
def test_number_formats_show_the_value_as_stated(quantity: Quantity, fmt: str) -> None:
    assert number_format(quantity) == fmt


def test_missing_openpyxl_says_which_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    with pytest.raises(ExportError, match=r"pip install 'aicoverage\[xlsx\]'"):
        export(Comparison(), tmp_path / "c.xlsx")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(comparison=comparisons(text=cell_texts))
def test_any_text_makes_a_readable_workbook(
    tmp_path_factory: pytest.TempPathFactory, comparison: Comparison
) -> None:
    path = tmp_path_factory.mktemp("any") / "c.xlsx"
    export(comparison, path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == SHEETS
    claims = rows(wb["Claims"])[1:]
    assert len([r for r in claims if any(v is not None for v in r)]) == sum(
        len(f.claims) for f in comparison.facts
    )
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f"


def test_seed_workbook_has_every_language(tmp_path: Path) -> None:
    path = tmp_path / "seeds.xlsx"
    export(compare(seed_extractions()), path)
    wb = openpyxl.load_workbook(path)
    texts = {v for r in rows(wb["Claims"]) for v in r if isinstance(v, str)}
    assert {"6 млн", "约为560万美元", "apenas US $ 6 milhões"} <= texts
    facts = rows(wb["Facts"])
    v3 = [r for r in facts if 5600000 in r and 6000000 in r]
    assert [r[2] for r in v3] == ["agree_within_rounding"]


def test_long_sheets_go_on_in_numbered_parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("aicoverage.exporters._xlsxbook.MAX_ROWS", 2)
    claims = tuple(money(str(10 ** (k + 1)), f"${k}", start=k) for k in range(5))  # five facts
    art = Article(Source("a.txt", "text"), "text", "text")
    export(compare([Extraction(article=art, claims=claims)]), tmp_path / "long.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "long.xlsx")
    assert wb.sheetnames == [
        "About",
        "Sources",
        "Facts",
        "Facts 2",
        "Facts 3",
        "Claims",
        "Claims 2",
        "Claims 3",
        "Quotes",
        "Comments",
    ]
    texts = [r[4] for name in ("Claims", "Claims 2", "Claims 3") for r in rows(wb[name])[1:]]
    assert texts == [f"${k}" for k in range(5)]
    links = [
        r[8].hyperlink.location
        for name in ("Facts", "Facts 2", "Facts 3")
        for r in wb[name].iter_rows(min_row=2)
    ]
    assert links == ["'Claims'!A2", "'Claims'!A3", "'Claims 2'!A2", "'Claims 2'!A3", "'Claims 3'!A2"]
    assert all(len(wb[name].tables) == 1 for name in wb.sheetnames[1:])
