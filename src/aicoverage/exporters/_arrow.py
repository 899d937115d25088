"""The columnar tables of :mod:`~aicoverage.exporters._rows` as Arrow record batches (needs pyarrow).

Parquet, DuckDB and pandas read the tables from here; the rows are built and converted a batch at a
time, so memory holds one batch of rows, not a table.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from aicoverage.errors import ExportError
from aicoverage.exporters._rows import TABLES, table_rows
from aicoverage.model import Comparison

BATCH_ROWS = 20_000
"""Rows per record batch (and per Parquet row group)."""


def import_pyarrow(what: str) -> Any:
    """The ``pyarrow`` module, or an :class:`ExportError` telling how to install it."""
    try:
        import pyarrow
    except ImportError:
        raise ExportError(f"{what} needs pyarrow: pip install 'aicoverage[parquet]'") from None
    return pyarrow


def schema(table: str) -> Any:
    """The Arrow schema of one of :data:`~aicoverage.exporters._rows.TABLES`."""
    pa = import_pyarrow("the columnar tables")
    types = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_()}
    return pa.schema([pa.field(name, types[kind]) for name, kind in TABLES[table]])


def batches(comparison: Comparison, table: str, *, rows: int = BATCH_ROWS) -> Iterator[Any]:
    """The rows of ``table`` as Arrow record batches of at most ``rows`` rows (at least one batch)."""
    pa = import_pyarrow("the columnar tables")
    sch = schema(table)
    it = table_rows(comparison, table)
    first = True
    while chunk := list(itertools.islice(it, rows)):
        first = False
        yield pa.RecordBatch.from_pylist(chunk, schema=sch)
    if first:
        yield pa.RecordBatch.from_pylist([], schema=sch)


def reader(comparison: Comparison, table: str) -> Any:
    """A ``pyarrow.RecordBatchReader`` streaming ``table``."""
    pa = import_pyarrow("the columnar tables")
    return pa.RecordBatchReader.from_batches(schema(table), batches(comparison, table))
