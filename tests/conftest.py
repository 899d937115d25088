"""Fixtures shared by the test files: the bundled seeds and the team's gold annotation of them."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# Tables and patterns are built on first use; a per-example deadline would flake on that first call.
settings.register_profile("aicoverage", deadline=None, print_blob=True)
settings.load_profile("aicoverage")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT.parent / "shared" / "gold" / "seeds.json"


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    """../shared/gold/seeds.json (CI has it beside the clone; a local run without it skips)."""
    if not GOLD.exists():
        if os.environ.get("CI"):
            pytest.fail(f"gold annotation missing at {GOLD}")
        pytest.skip("no ../shared/gold/seeds.json here")
    data: dict[str, Any] = json.loads(GOLD.read_text(encoding="utf-8"))
    return data


def seed_text(name: str) -> str:
    """A seed article decoded as the gold's offsets expect (UTF-8)."""
    return (SEEDS / name).read_text(encoding="utf-8")
