"""pandas DataFrames of a comparison: the columnar tables, typed (needs pandas).

The frames have the columns of the Parquet and DuckDB tables (see
:data:`aicoverage.exporters._rows.TABLES`): floats for values (``low``, ``high``, ``spread``)
beside their exact digits as strings (``low_exact``), nullable integers, and the ids that join
them (``article_id``, ``claim_id``, ``fact_id``).

>>> from aicoverage.model import Comparison
>>> sorted(to_pandas(Comparison()))
['articles', 'claims', 'comments', 'fact_claims', 'facts', 'quotes']
>>> claims_frame(Comparison()).dtypes["low"]
dtype('float64')
"""

from __future__ import annotations

from typing import Any

from aicoverage.errors import AicoverageError
from aicoverage.exporters._rows import TABLES, table_rows
from aicoverage.model import Comparison

__all__ = ["claims_frame", "facts_frame", "frame", "to_pandas"]

_DTYPES = {"string": "string", "int64": "Int64", "float64": "float64", "bool": "boolean"}


def frame(comparison: Comparison, table: str) -> Any:
    """One of the tables (``articles``, ``claims``, ``quotes``, ``comments``, ``facts``,
    ``fact_claims``) as a ``pandas.DataFrame``."""
    try:
        import pandas as pd
    except ImportError:
        raise AicoverageError("DataFrames need pandas: pip install 'aicoverage[pandas]'") from None
    columns = TABLES[table]
    df = pd.DataFrame.from_records(list(table_rows(comparison, table)), columns=[n for n, _ in columns])
    return df.astype({name: _DTYPES[kind] for name, kind in columns})


def claims_frame(comparison: Comparison) -> Any:
    """The claims of every article, one row per claim, with its ``fact_id`` and float values."""
    return frame(comparison, "claims")


def facts_frame(comparison: Comparison) -> Any:
    """The facts, one row per fact: label, status, unit, spread, number of sources and claims."""
    return frame(comparison, "facts")


def to_pandas(comparison: Comparison) -> dict[str, Any]:
    """Every table as a DataFrame, by table name."""
    return {table: frame(comparison, table) for table in TABLES}
