"""The command line's extract side: one JSON object per article per line, errors on stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from aicoverage.cli import main
from tests.conftest import SEEDS

DATA = Path(__file__).parent / "data" / "adapters"


def test_extract_prints_one_json_object_per_article(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEEDS), "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 5
    first = records[0]
    for key in ("source", "language", "published", "title", "url", "outlet", "author", "body", "comments"):
        assert key in first
    assert first["source"]["path"].endswith("000_e63b7c2e4d28263f.txt")
    assert first["published"] == "2025-01-30T11:52:43"
    assert len(records[4]["comments"]) == 48


def test_a_bad_file_is_one_line_on_stderr_and_the_others_come_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "ok.txt").write_text("The chip ban was loosened on Monday.", "utf-8")
    assert main(["extract", str(tmp_path), "--json"]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1
    assert json.loads(out)["body"] == "The chip ban was loosened on Monday."
    assert err.splitlines() == [f"aicoverage: {tmp_path / 'empty.txt'}: the file holds no text"]


def test_format_option_forces_the_adapter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "page.txt"
    path.write_text("<p>Looks like markup but read as text.</p>", "utf-8")
    assert main(["extract", str(path), "--format", "text"]) == 0
    assert json.loads(capsys.readouterr().out)["source"]["format"] == "text"


def test_python_dash_m_runs_the_same_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "aicoverage", "extract", str(DATA / "records.jsonl"), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert len(done.stdout.splitlines()) == 3
    assert done.stderr.strip().endswith(
        "records.jsonl#3: not a JSON object: Expecting value: line 1 column 1 (char 0)"
    )
