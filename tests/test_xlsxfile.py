"""Writing the workbook file: all or nothing, reproducible dates."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from aicoverage.errors import ExportError
from aicoverage.exporters._xlsxfile import atomic_file, made_on
from aicoverage.model import Article, Comparison, Extraction, Source


def test_the_target_appears_only_when_the_writing_succeeds(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old")

    def fail() -> None:
        with atomic_file(target) as out:
            out.write(b"half")
            raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        fail()
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["out.xlsx"]
    with atomic_file(target) as out:
        out.write(b"new")
    assert target.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["out.xlsx"]


def test_the_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    with atomic_file(tmp_path / "out.xlsx") as out:
        out.write(b"x")
    umask = os.umask(0)
    os.umask(umask)
    assert (tmp_path / "out.xlsx").stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_missing_folder_fails_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="cannot write"), atomic_file(tmp_path / "no" / "out.xlsx"):
        pytest.fail("the block must not run")


def dated(*days: dt.date | dt.datetime | None) -> Comparison:
    arts = [Article(Source(f"{n}.txt", "text"), "", "", published=d) for n, d in enumerate(days)]
    return Comparison(articles=tuple(Extraction(article=a) for a in arts))


def test_made_on_is_source_date_epoch_else_the_newest_article(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    utc8 = dt.timezone(dt.timedelta(hours=8))
    comparison = dated(dt.date(2025, 1, 27), None, dt.datetime(2025, 1, 28, 9, 17, tzinfo=utc8))
    assert made_on(comparison) == dt.datetime(2025, 1, 28, 1, 17)
    assert made_on(dated(None)) is None
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1738195200")
    assert made_on(comparison) == dt.datetime(2025, 1, 30)
