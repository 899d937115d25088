"""DuckDB exporter: one database file with the six tables and views for common questions.

Needs the ``duckdb`` extra. The tables are those of the Parquet exporter (``articles``,
``claims``, ``quotes``, ``comments``, ``facts``, ``fact_claims``, joined by ``article_id``,
``claim_id`` and ``fact_id``); the views:

- ``disagreeing_facts``: each fact whose sources disagree, with its lowest and highest value and
  the outlets stating it;
- ``claims_per_outlet``: articles, claims and facts per outlet (the article's path when no outlet
  is known);
- ``fact_sources``: one row per fact and article, the value each source states.

>>> import duckdb  # doctest: +SKIP
>>> duckdb.connect("coverage.duckdb").sql("SELECT * FROM disagreeing_facts").df()  # doctest: +SKIP
"""

from __future__ import annotations

import os
from typing import Any

from aicoverage.errors import ExportError
from aicoverage.exporters._arrow import reader
from aicoverage.exporters._rows import TABLES
from aicoverage.model import Comparison

VIEWS = {
    "fact_sources": """
        SELECT f.fact_id, f.label, f.status, a.article_id, a.article, a.outlet, a.language,
               min(c.low) AS low, max(c.high) AS high, count(*) AS claims
        FROM facts f JOIN claims c USING (fact_id) JOIN articles a USING (article_id)
        GROUP BY ALL ORDER BY f.fact_id, a.article_id""",
    "disagreeing_facts": """
        SELECT f.fact_id, f.label, f.unit, f.currency, f.spread, f.sources,
               min(c.low) AS lowest, max(c.high) AS highest,
               string_agg(DISTINCT coalesce(a.outlet, a.article), '; ') AS outlets
        FROM facts f JOIN claims c USING (fact_id) JOIN articles a USING (article_id)
        WHERE f.status = 'disagree'
        GROUP BY ALL ORDER BY f.sources DESC, f.fact_id""",
    "claims_per_outlet": """
        SELECT coalesce(a.outlet, a.article) AS outlet, count(DISTINCT a.article_id) AS articles,
               count(c.claim_id) AS claims, count(DISTINCT c.fact_id) AS facts
        FROM articles a LEFT JOIN claims c USING (article_id)
        GROUP BY ALL ORDER BY claims DESC, outlet""",
}
"""View name -> its query."""


def _connect(path: str | os.PathLike[str]) -> Any:
    try:
        import duckdb
    except ImportError:
        raise ExportError("the DuckDB exporter needs duckdb: pip install 'aicoverage[duckdb]'") from None
    return duckdb.connect(os.fspath(path))


def export(comparison: Comparison, path: str | os.PathLike[str]) -> None:
    """Write the tables and views of ``comparison`` into a new DuckDB database at ``path``."""
    if os.path.exists(path):
        os.remove(path)
    try:
        con = _connect(path)
    except OSError as e:
        raise ExportError(f"{os.fspath(path)}: cannot write: {e.strerror or e}") from e
    except Exception as e:  # duckdb.IOException is no OSError
        raise ExportError(f"{os.fspath(path)}: cannot write: {e}") from e
    try:
        for table in TABLES:
            stream = reader(comparison, table)
            con.register("aicoverage_rows", stream)
            con.execute(f"CREATE TABLE {table} AS SELECT * FROM aicoverage_rows")
            con.unregister("aicoverage_rows")
        for name, query in VIEWS.items():
            con.execute(f"CREATE VIEW {name} AS {query}")
    finally:
        con.close()
