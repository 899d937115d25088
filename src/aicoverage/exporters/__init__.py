"""Exporters: write a :class:`~aicoverage.model.Comparison` (one module per format + the registry).

Every exporter is a function ``export(comparison, path) -> None`` registered under a format name
in the entry-point group ``aicoverage.exporters``; the built-in ``xlsx``, ``json``, ``csv``,
``parquet`` and ``duckdb`` are registered the same way (and known without package metadata too).
Another package adds a format by declaring, in its ``pyproject.toml``::

    [project.entry-points."aicoverage.exporters"]
    odt = "mypackage.odt:export"

Set ``AICOVERAGE_NO_PLUGINS=1`` to use the built-in exporters only.

>>> sorted(available_exporters())[:3]
['csv', 'duckdb', 'json']
>>> find_format("coverage.XLSX")
'xlsx'
"""

from __future__ import annotations

import functools
import importlib
import os
import shutil
import uuid
from collections.abc import Callable
from importlib.metadata import entry_points
from pathlib import Path

from aicoverage.errors import AicoverageError, ExportError, PluginError
from aicoverage.model import Comparison

Exporter = Callable[[Comparison, "str | os.PathLike[str]"], None]
"""What an exporter plugin is: write the comparison to the path."""

GROUP = "aicoverage.exporters"
_BUILTIN = {
    "csv": "aicoverage.exporters.csv:export",
    "duckdb": "aicoverage.exporters.duckdb:export",
    "json": "aicoverage.exporters.json:export",
    "parquet": "aicoverage.exporters.parquet:export",
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

    The exporter writes a temporary file (or directory) beside ``path`` which then replaces
    ``path`` in one step: an existing output is never truncated before the new one is complete,
    and two runs writing the same path at once leave one whole output, not a mix. An exporter
    plugin that fails with anything but the library's own errors raises
    :class:`~aicoverage.errors.PluginError` naming it.

    >>> import tempfile, json
    >>> from aicoverage.model import Comparison
    >>> with tempfile.TemporaryDirectory() as d:
    ...     export(Comparison(), f"{d}/out.json")
    ...     json.load(open(f"{d}/out.json"))["facts"]
    []
    """
    name = (format or find_format(path)).lower()
    exporter = load_exporter(name)
    target = Path(path)
    # Same directory (so the rename stays on one file system) and same suffix (exporters may read it).
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp{target.suffix}")
    try:
        _run(exporter, name, comparison, tmp)
        replace_path(tmp, target)
    except ExportError as e:
        raise ExportError(str(e).replace(os.fspath(tmp), os.fspath(path))) from e.__cause__
    except OSError as e:
        raise ExportError(f"{os.fspath(path)}: cannot write: {e.strerror}") from e
    finally:
        remove_path(tmp)


def _run(exporter: Exporter, name: str, comparison: Comparison, path: Path) -> None:
    try:
        exporter(comparison, path)
    except AicoverageError:
        raise
    except Exception as e:
        if available_exporters().get(name, "").startswith("aicoverage."):
            raise
        raise PluginError(f"exporter plugin {name!r} ({available_exporters()[name]}) failed: {e!r}") from e


def replace_path(new: Path, target: Path) -> None:
    """Put ``new`` (a file or a directory) at ``target`` in place of what was there."""
    if not new.is_dir() or not target.is_dir():
        os.replace(new, target)
        return
    # A directory cannot replace a non-empty one: move the old one aside first, drop it after.
    old = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.old")
    os.replace(target, old)
    os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)


def remove_path(path: Path) -> None:
    """Remove ``path`` (a file or a directory) if it is there."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    elif path.exists() or path.is_symlink():
        path.unlink()


__all__ = ["GROUP", "Exporter", "available_exporters", "export", "find_format", "load_exporter"]
