"""Exporters: write a :class:`~aicoverage.model.Comparison` (one module per format + the registry)."""

from __future__ import annotations

import os

from aicoverage.model import Comparison


def export(comparison: Comparison, path: str | os.PathLike[str], *, format: str | None = None) -> None:
    """Write ``comparison`` to ``path``; the format comes from the suffix unless given."""
    raise NotImplementedError
