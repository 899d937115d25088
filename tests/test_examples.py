"""The scripts under examples/ run and print what they promise."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def run(script: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return done.stdout


def test_compare_seeds_writes_the_workbook(tmp_path: Path) -> None:
    out = run("compare_seeds.py", str(tmp_path / "coverage.xlsx"))
    assert "agree_within_rounding" in out
    assert "'约为560万美元'" in out
    assert (tmp_path / "coverage.xlsx").stat().st_size > 5_000
    assert (tmp_path / "coverage.json").exists()


def test_custom_adapter_and_exporter_plugins_are_found() -> None:
    out = run("custom_adapter.py")
    assert "memo en 2025-01-30 DeepSeek costs | DeepSeek trained V3 for $6 million." in out
    (row,) = [line for line in out.splitlines() if "agree_within_rounding" in line]
    assert "$6 million" in row
    assert "5,6 millones de dólares" in row


def test_claims_into_pandas() -> None:
    pytest.importorskip("pandas")
    out = run("claims_to_pandas.py")
    assert "language" in out
    assert "agree_within_rounding" in out
