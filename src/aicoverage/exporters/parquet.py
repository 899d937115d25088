"""Parquet exporter: a directory of six tables that join on their ids (needs the ``parquet`` extra).

``aicoverage compare corpus.jsonl -o coverage.parquet`` writes the directory ``coverage.parquet/``
with ``articles.parquet``, ``claims.parquet``, ``quotes.parquet``, ``comments.parquet``,
``facts.parquet`` and ``fact_claims.parquet``; their columns are listed in the README ("Large
corpora") and in :data:`~aicoverage.exporters._rows.TABLES`. Exact values sit beside the floats
as strings (``low_exact``: ``"350.333333333333333333333"``); ``article_id``, ``claim_id`` and
``fact_id`` join the tables. Rows are written in row groups, so memory does not grow with the
corpus. Any Parquet reader opens them: pandas, pyarrow, DuckDB, polars, Spark.

>>> import tempfile, pyarrow.parquet as pq  # doctest: +SKIP
>>> pq.read_table("coverage.parquet/claims.parquet").to_pandas()  # doctest: +SKIP
"""

from __future__ import annotations

import os
from pathlib import Path

from aicoverage.errors import ExportError
from aicoverage.exporters._arrow import batches, import_pyarrow, schema
from aicoverage.exporters._rows import TABLES
from aicoverage.model import Comparison


def export(comparison: Comparison, path: str | os.PathLike[str]) -> None:
    """Write the tables of ``comparison`` as Parquet files into the directory ``path``."""
    import_pyarrow("the Parquet exporter")
    import pyarrow.parquet as pq

    folder = Path(path)
    try:
        folder.mkdir()
        for table in TABLES:
            with pq.ParquetWriter(folder / f"{table}.parquet", schema(table), compression="zstd") as w:
                for batch in batches(comparison, table):
                    w.write_batch(batch)
    except OSError as e:
        raise ExportError(f"{os.fspath(path)}: cannot write: {e.strerror or e}") from e
