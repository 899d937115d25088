"""Parquet and DuckDB exporters and the pandas frames: six tables that join on their ids."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings

from aicoverage.adapters import load_many
from aicoverage.compare import compare
from aicoverage.exporters import export
from aicoverage.exporters._rows import TABLES, table_rows
from aicoverage.extract import extract
from aicoverage.model import Article, Comparison, Extraction, Source
from tests.conftest import SEEDS
from tests.strategies import cell_texts, comparisons, money_claim


@pytest.fixture(scope="module")
def seeds() -> Comparison:
    return compare(extract(a) for a in load_many([SEEDS]) if isinstance(a, Article))


def test_parquet_tables_open_in_pyarrow_and_pandas(tmp_path: Path, seeds: Comparison) -> None:
    export(seeds, tmp_path / "coverage.parquet")
    folder = tmp_path / "coverage.parquet"
    assert sorted(p.stem for p in folder.iterdir()) == sorted(TABLES)
    for table, columns in TABLES.items():
        read = pq.read_table(folder / f"{table}.parquet")
        assert read.schema.names == [name for name, _ in columns]
    claims = pd.read_parquet(folder / "claims.parquet")
    assert len(claims) == sum(len(x.claims) for x in seeds.articles)
    assert claims["fact_id"].notna().all()
    articles = pd.read_parquet(folder / "articles.parquet")
    joined = claims.merge(articles, on="article_id", suffixes=("", "_article"))
    for row in joined.itertuples():
        assert row.text_article[row.start : row.end] == row.text


def test_duckdb_has_the_tables_and_views(tmp_path: Path, seeds: Comparison) -> None:
    export(seeds, tmp_path / "coverage.duckdb")
    con = duckdb.connect(str(tmp_path / "coverage.duckdb"), read_only=True)
    names = {r[0] for r in con.sql("SELECT table_name FROM information_schema.tables").fetchall()}
    assert names >= {*TABLES, "disagreeing_facts", "claims_per_outlet", "fact_sources"}
    n_claims = con.sql("SELECT count(*) FROM claims").fetchall()[0]
    n_linked = con.sql("SELECT count(*) FROM fact_claims JOIN claims USING (claim_id, fact_id)").fetchall()[0]
    assert n_claims == n_linked == (sum(len(f.claims) for f in seeds.facts),)
    disagree = {r[0] for r in con.sql("SELECT fact_id FROM disagreeing_facts").fetchall()}
    assert disagree == {f.id for f in seeds.facts if f.status.value == "disagree"}
    outlets = con.sql("SELECT sum(claims) FROM claims_per_outlet").fetchall()[0]
    assert outlets == n_claims
    con.close()


def test_exact_values_sit_beside_the_floats(tmp_path: Path) -> None:
    value = "350.333333333333333333333"
    art = Article(Source("a.txt", "text"), "x", "x")
    comparison = compare([Extraction(article=art, claims=(money_claim(value, "$350.3"),))])
    claims = comparison.claims_frame()
    assert claims["low"].dtype == "float64"
    assert Decimal(claims["low_exact"][0]) == Decimal(value)
    export(comparison, tmp_path / "c.parquet")
    assert pq.read_table(tmp_path / "c.parquet" / "claims.parquet").column("low_exact")[0].as_py() == value


def test_frames_of_a_comparison(seeds: Comparison) -> None:
    frames = seeds.to_pandas()
    assert sorted(frames) == sorted(TABLES)
    facts = seeds.facts_frame()
    assert list(facts["fact_id"]) == [f.id for f in seeds.facts]
    assert facts["spread"].dtype == "float64"
    linked = frames["fact_claims"].merge(frames["claims"], on=["claim_id", "fact_id"])
    assert len(linked) == len(frames["claims"])


def test_empty_comparison_gives_empty_typed_tables(tmp_path: Path) -> None:
    export(Comparison(), tmp_path / "e.parquet")
    export(Comparison(), tmp_path / "e.duckdb")
    assert pq.read_table(tmp_path / "e.parquet" / "claims.parquet").num_rows == 0
    con = duckdb.connect(str(tmp_path / "e.duckdb"), read_only=True)
    assert con.sql("SELECT count(*) FROM disagreeing_facts").fetchall()[0] == (0,)
    con.close()


@settings(max_examples=40, deadline=None)
@given(comparison=comparisons(text=cell_texts))
def test_every_claim_has_one_row_and_the_ids_join(comparison: Comparison) -> None:
    claims = list(table_rows(comparison, "claims"))
    links = list(table_rows(comparison, "fact_claims"))
    assert len(claims) == len(links) == sum(len(x.claims) for x in comparison.articles)
    by_id = {c["claim_id"]: c for c in claims}
    assert sorted(by_id) == list(range(len(claims)))
    facts = {f["fact_id"] for f in table_rows(comparison, "facts")}
    for link in links:
        claim = by_id[link["claim_id"]]
        assert (claim["fact_id"], claim["article_id"]) == (link["fact_id"], link["article_id"])
        assert link["fact_id"] in facts
    lows = [c.low for x in comparison.articles for c in x.claims]
    assert [Decimal(str(row["low_exact"])) for row in claims] == lows
    assert all(isinstance(row["low"], float) for row in claims)
