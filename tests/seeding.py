"""The seeds read and extracted once per test session, for the compare and exporter tests."""

from __future__ import annotations

import functools
from pathlib import Path

from aicoverage import extract, load_many
from aicoverage.errors import AicoverageError
from aicoverage.model import Extraction

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@functools.cache
def seed_extractions() -> tuple[Extraction, ...]:
    """Every seed article, loaded through the adapters and extracted, in file order."""
    out = []
    for item in load_many([str(p) for p in sorted(SEEDS.glob("*.txt"))]):
        if isinstance(item, AicoverageError):
            raise item
        out.append(extract(item))
    return tuple(out)
