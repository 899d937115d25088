"""Exporters: write a :class:`~aicoverage.model.Comparison` (one module per format + the registry).

Every exporter is a function ``export(comparison, path) -> None`` registered under a format name
in the entry-point group ``aicoverage.exporters``; the built-in ``xlsx``, ``json`` and ``csv``
are registered the same way (and known without package metadata too). Another package adds a
format by declaring, in its ``pyproject.toml``::

    [project.entry-points."aicoverage.exporters"]
    parquet = "mypackage.parquet:export"

Set ``AICOVERAGE_NO_PLUGINS=1`` to use the built-in exporters only.

>>> sorted(available_exporters())[:3]
['csv', 'json', 'xlsx']
>>> find_format("coverage.XLSX")
'xlsx'
"""

from __future__ import annotations

import functools
import importlib
import os
from collections.abc import Callable
from importlib.metadata import entry_points
from pathlib import Path

from aicoverage.errors import ExportError, PluginError
from aicoverage.model import Comparison

Exporter = Callable[[Comparison, "str | os.PathLike[str]"], None]
"""What an exporter plugin is: write the comparison to the path."""

GROUP = "aicoverage.exporters"
_BUILTIN = {
    "csv": "aicoverage.exporters.csv:export",
    "json": "aicoverage.exporters.json:export",
    "xlsx": "aicoverage.exporters.xlsx:export",
}


@functools.cache
def available_exporters() -> dict[str, str]:
    """Format name -> ``module:function`` of every exporter (plugins override nothing built in)."""
    found = dict(_BUILTIN)
    if not os.environ.get("AICOVERAGE_NO_PLUGINS"):
        for ep in entry_points(group=GROUP):
            found.setdefault(ep.name, ep.value)
    return dict(sorted(found.items()))


def load_exporter(format: str) -> Exporter:
    """The exporter function registered for ``format``."""
    target = available_exporters().get(format.lower())
    if target is None:
        known = ", ".join(available_exporters())
        raise ExportError(f"no exporter for format {format!r}; available: {known}")
    module_name, _, attr = target.partition(":")
    try:
        fn: Exporter = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError) as e:
        raise PluginError(f"exporter {format!r} ({target}) could not be loaded: {e}") from e
    return fn


def find_format(path: str | os.PathLike[str]) -> str:
    """The format a path's suffix names (``coverage.xlsx`` -> ``xlsx``)."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if not suffix:
        raise ExportError(f"{os.fspath(path)}: no file suffix to tell the format from; pass format=")
    return suffix


def export(comparison: Comparison, path: str | os.PathLike[str], *, format: str | None = None) -> None:
    """Write ``comparison`` to ``path``; the format comes from the suffix unless given.

    >>> import tempfile, json
    >>> from aicoverage.model import Comparison
    >>> with tempfile.TemporaryDirectory() as d:
    ...     export(Comparison(), f"{d}/out.json")
    ...     json.load(open(f"{d}/out.json"))["facts"]
    []
    """
    load_exporter(format or find_format(path))(comparison, path)


__all__ = ["GROUP", "Exporter", "available_exporters", "export", "find_format", "load_exporter"]
