"""The workbook as LibreOffice draws it: the seeds and ../shared/dev compared, rendered headless to
PDF once, read back with pdftotext and pdffonts (poppler-utils).

Skipped where LibreOffice, poppler or ../shared/dev is missing, except in CI (``CI=true``), where
it must run: ``.ci/run`` installs ``libreoffice-calc-nogui``, ``poppler-utils`` and the fonts.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import NamedTuple

import pytest

from aicoverage import extract, load_many
from aicoverage.compare import compare
from aicoverage.errors import AicoverageError
from aicoverage.exporters import export
from aicoverage.exporters._xlsxbook import SHEETS
from aicoverage.model import Comparison, Extraction, Status
from tests.seeding import seed_extractions

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "dev" / "articles"
CYRILLIC = re.compile("[\u0400-\u04ff]")
HAN = re.compile("[\u4e00-\u9fff]")


def _need(found: str | None, what: str) -> str:
    if found is None:
        if os.environ.get("CI", "").lower() in ("true", "1"):
            pytest.fail(f"{what} is missing; .ci/run installs it")
        pytest.skip(f"{what} is missing here")
    return found


class Rendered(NamedTuple):
    comparison: Comparison
    pages: dict[str, str]
    """Sheet title -> the text of its pages (each page's header names its sheet)."""
    text: str
    fonts: str


def _dev_extractions() -> list[Extraction]:
    _need(str(DEV) if DEV.is_dir() else None, f"the dev set ({DEV})")
    out = []
    for item in load_many(sorted(str(p) for p in DEV.glob("*.txt"))):
        if isinstance(item, AicoverageError):
            raise item
        out.append(extract(item))
    return out


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    soffice = _need(shutil.which("soffice") or shutil.which("libreoffice"), "LibreOffice (soffice)")
    pdftotext = _need(shutil.which("pdftotext"), "pdftotext (poppler-utils)")
    pdffonts = _need(shutil.which("pdffonts"), "pdffonts (poppler-utils)")
    comparison = compare([*seed_extractions(), *_dev_extractions()])
    out = tmp_path_factory.mktemp("lo")
    book = out / "coverage.xlsx"
    export(comparison, book)
    profile = f"-env:UserInstallation=file://{out / 'profile'}"
    subprocess.run(
        [soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", str(out), str(book)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pdf = out / "coverage.pdf"
    text = subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    fonts = subprocess.run([pdffonts, str(pdf)], check=True, capture_output=True, text=True).stdout
    pages: dict[str, str] = {}
    for page in text.split("\f"):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        if lines:
            pages[lines[0]] = pages.get(lines[0], "") + page
    return Rendered(comparison, pages, text, fonts)


def test_every_sheet_is_drawn(rendered: Rendered) -> None:
    assert set(rendered.pages) == set(SHEETS)


def test_no_value_is_drawn_as_hashes(rendered: Rendered) -> None:
    assert "###" not in rendered.text


def test_cyrillic_and_chinese_text_is_drawn(rendered: Rendered) -> None:
    texts = [" ".join(fc.claim.text.split()) for f in rendered.comparison.facts for fc in f.claims]
    cyrillic = [t for t in texts if CYRILLIC.search(t)]
    han = [t for t in texts if HAN.search(t)]
    assert cyrillic
    assert han
    evidence = " ".join(rendered.pages["Evidence"].split())
    assert [t for t in cyrillic + han if t not in evidence] == []


def test_no_glyph_is_missing(rendered: Rendered) -> None:
    # A glyph no font has is drawn as a box: U+FFFD/U+25A1 in the text, or no CJK font embedded.
    assert "\ufffd" not in rendered.text
    assert "\u25a1" not in rendered.text
    names = [line.split()[0] for line in rendered.fonts.splitlines()[2:] if line.strip()]
    assert any("CJK" in name for name in names), rendered.fonts
    assert all(" yes " in line for line in rendered.fonts.splitlines()[2:] if line.strip())  # embedded


def test_the_disputed_facts_are_on_the_disagreements_sheet(rendered: Rendered) -> None:
    from aicoverage.exporters._xlsxfacts import fact_label

    disputed = [f for f in rendered.comparison.facts if f.status is Status.DISAGREE]
    assert disputed
    page = rendered.pages["Disagreements"]
    for fact in disputed:
        assert fact_label(fact) in page
        assert f"{len({fc.article for fc in fact.claims})} sources disagree" in page


def test_about_says_when_it_was_made(rendered: Rendered) -> None:
    assert "Made on" in rendered.pages["About"]
    assert "not recorded" not in rendered.pages["About"]
