"""aicoverage.dask: the same corpus run on a real dask.distributed LocalCluster, row for row."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import distributed
import pyarrow.parquet as pq
import pytest

from aicoverage import dask as aicoverage_dask
from aicoverage.compare import compare
from aicoverage.exporters import export
from aicoverage.exporters._rows import TABLES
from aicoverage.model import Extraction
from aicoverage.runs import extract_many, list_tasks, run
from aicoverage.serialize import dumps
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as c,
        distributed.Client(c) as cl,
    ):
        yield cl


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for n, seed in enumerate(sorted(SEEDS.iterdir()) * 4):
        shutil.copy(seed, folder / f"{n:02d}_{seed.name}")
    (folder / "zz_empty.txt").write_bytes(b"")
    return folder


def _lines(items: Iterator[object]) -> list[str]:
    return [dumps(x) if isinstance(x, Extraction) else f"error: {x}" for x in items]


def test_the_cluster_gives_the_single_process_output_row_for_row(
    client: object, corpus: Path, tmp_path: Path
) -> None:
    local = list(extract_many([corpus], jobs=1))
    remote = list(aicoverage_dask.extract_many([corpus], client=client))
    assert _lines(iter(remote)) == _lines(iter(local))
    assert len(local) == 21
    one = [x for x in local if isinstance(x, Extraction)]
    many = [x for x in remote if isinstance(x, Extraction)]
    export(compare(one), tmp_path / "local.parquet")
    export(compare(many, map=aicoverage_dask.mapper(client)), tmp_path / "cluster.parquet")
    for table in TABLES:
        a = pq.read_table(tmp_path / "local.parquet" / f"{table}.parquet").to_pylist()
        b = pq.read_table(tmp_path / "cluster.parquet" / f"{table}.parquet").to_pylist()
        assert a == b, table


@pytest.mark.parametrize(("chunk", "chunk_bytes"), [(3, 1 << 30), (64, 1)], ids=["3 files", "1 byte"])
def test_batches_of_any_size_keep_the_output_row_for_row(
    client: object, corpus: Path, tmp_path: Path, chunk: int, chunk_bytes: int
) -> None:
    folder = tmp_path / "mixed"
    shutil.copytree(corpus, folder)
    first = next(x for x in extract_many([corpus], jobs=1) if isinstance(x, Extraction))
    (folder / "05_extracted.jsonl").write_text(dumps(first) + "\n", "utf-8")  # read here, in its place
    local = [(path, [r.line for r in rs]) for path, rs in run(list_tasks([folder], as_json=True), jobs=1)]
    tasks = list_tasks([folder], as_json=True)
    remote = aicoverage_dask.run(tasks, client, chunk=chunk, chunk_bytes=chunk_bytes)
    assert [(path, [r.line for r in rs]) for path, rs in remote] == local
    assert len(local) == 22


def test_a_batch_is_a_few_tasks_per_worker_within_bounds() -> None:
    low, high = aicoverage_dask.BATCH
    assert aicoverage_dask.batch_size(0, 4) == low
    assert aicoverage_dask.batch_size(10**7, 1) == high
    assert low < aicoverage_dask.batch_size(3000, 2) < high


def test_the_bag_holds_one_result_list_per_file(client: object, corpus: Path) -> None:
    bag = aicoverage_dask.extract_bag(list_tasks([corpus]), partition_size=4)
    results = bag.compute()
    assert len(results) == 21
    assert [len(r) for r in results] == [1] * 21


def test_the_cluster_map_runs_functions_as_tasks(client: object) -> None:
    assert aicoverage_dask.mapper(client)(abs, [-1, -2, 3]) == [1, 2, 3]


def test_an_unreachable_scheduler_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    from aicoverage.cli import main

    assert main(["extract", str(SEEDS), "--scheduler", "tcp://127.0.0.1:9", "-q"]) == 1
    assert "cannot reach the dask scheduler at tcp://127.0.0.1:9" in capsys.readouterr().err


def test_the_cli_on_a_cluster(client: object, corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from aicoverage.cli import main

    address = client.scheduler.address  # type: ignore[attr-defined]
    assert main(["extract", str(corpus), "-j", "1", "-q"]) == 1
    local = capsys.readouterr()
    assert main(["extract", str(corpus), "--scheduler", address, "-q"]) == 1
    assert capsys.readouterr() == local


def test_compare_on_a_cluster_gives_the_same_facts(
    client: object, capsys: pytest.CaptureFixture[str]
) -> None:
    from aicoverage.cli import main

    address = client.scheduler.address  # type: ignore[attr-defined]
    assert main(["compare", str(SEEDS), "--json", "-q", "-j", "1"]) == 0
    local = capsys.readouterr().out
    assert main(["compare", str(SEEDS), "--json", "-q", "--scheduler", address]) == 0
    assert capsys.readouterr().out == local
