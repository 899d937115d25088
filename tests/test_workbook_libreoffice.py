"""The seeds' workbook in a real spreadsheet program: LibreOffice headless converts it to PDF and CSV.

Skipped where LibreOffice is not installed, except in CI (``CI=true``), where it must run:
``.ci/run`` installs ``libreoffice-calc-nogui``.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from aicoverage.compare import compare
from aicoverage.exporters import export
from tests.seeding import seed_extractions

SHEETS = ["About", "Sources", "Facts", "Claims", "Quotes", "Comments"]
# Comma, double quote, UTF-8 (76), from line 1, ..., raw values not as shown, every sheet (-1).
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        if os.environ.get("CI", "").lower() in ("true", "1"):
            pytest.fail("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui")
        pytest.skip("LibreOffice (soffice) is not installed here")
    return found


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    soffice = _soffice()
    out = tmp_path_factory.mktemp("lo")
    book = out / "seeds.xlsx"
    export(compare(seed_extractions()), book)
    profile = f"-env:UserInstallation=file://{out / 'profile'}"
    for target in ("pdf", CSV_FILTER):
        subprocess.run(
            [soffice, profile, "--headless", "--convert-to", target, "--outdir", str(out), str(book)],
            check=True,
            capture_output=True,
            timeout=300,
        )
    return out


def _sheet(out: Path, name: str) -> list[list[str]]:
    with open(out / f"seeds-{name}.csv", encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def test_pdf_is_made(converted: Path) -> None:
    pdf = (converted / "seeds.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    assert len(pdf) > 10_000


def test_every_sheet_is_present(converted: Path) -> None:
    assert sorted(p.name for p in converted.glob("seeds-*.csv")) == sorted(f"seeds-{s}.csv" for s in SHEETS)


def test_facts_hold_the_numbers_and_statuses(converted: Path) -> None:
    header, *facts = _sheet(converted, "Facts")
    assert header[:4] == ["fact", "label", "status", "spread"]
    v3 = [r for r in facts if "6000000" in r and "5600000" in r]
    assert [r[2] for r in v3] == ["agree_within_rounding"]
    sonnet = [r for r in facts if "10000000" in r and r[2] == "disagree"]
    assert len(sonnet) == 1


def test_claims_keep_cyrillic_and_chinese_text(converted: Path) -> None:
    header, *claims = _sheet(converted, "Claims")
    texts = {r[header.index("text")] for r in claims}
    assert {"6 млн", "约为560万美元", "50 тысяч чипов"} <= texts
    lows = {r[header.index("low")] for r in claims}
    assert {"6000000", "5600000", "50000"} <= lows


def test_about_sources_and_quotes_read_back(converted: Path) -> None:
    about = {r[0]: r[1] for r in _sheet(converted, "About") if r and r[0]}
    assert about["Relative tolerance"] == "0.1 of the larger value"
    sources = _sheet(converted, "Sources")
    assert len(sources) == 6
    assert {r[3] for r in sources[1:]} == {"ru", "pt", "zh"}
    quotes = _sheet(converted, "Quotes")
    assert any("DeepSeek" in r[4] for r in quotes[1:])
