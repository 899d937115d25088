"""Corpus runs: files listed, extract outputs sniffed and read back, the cache, ordered pools."""

from __future__ import annotations

import gzip
import json
import os
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aicoverage.errors import FormatError, SourceError
from aicoverage.model import Article, Extraction, Source
from aicoverage.runs import Cache, Task, extract_many, is_extractions, list_tasks, read_extractions, run
from aicoverage.runs.files import list_files
from aicoverage.runs.interchange import share_values
from aicoverage.runs.work import Result, as_error
from aicoverage.serialize import dumps
from tests.strategies import cell_texts, extractions


def _json_containers(inner: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    return st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(["low", "high", "x"]), inner)


def _extraction(path: str = "a.txt") -> Extraction:
    return Extraction(article=Article(Source(path, "text"), "Hi.", "Hi."))


# --- files ----------------------------------------------------------------------------------


def test_folders_are_walked_sorted_without_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/2.txt", "b/1.txt", "a.txt", ".x.txt", ".git/c.txt"):
        (tmp_path / name).write_text("x", "utf-8")
    assert [Path(p).relative_to(tmp_path).as_posix() for p in list_files([tmp_path])] == [  # type: ignore[arg-type]
        "a.txt",
        "b/1.txt",
        "b/2.txt",
    ]


def test_an_unlisted_folder_error_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("x", "utf-8")
    (tmp_path / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if os.path.basename(path) == "locked":
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    # Tests run as root, where chmod hides nothing: the folder's listing is refused instead.
    monkeypatch.setattr("aicoverage.adapters._walk.os.scandir", scandir)
    found = list(list_files([tmp_path]))
    assert found[0] == str(tmp_path / "a.txt")
    assert isinstance(found[1], SourceError)
    assert "locked" in str(found[1])
    assert "cannot be listed: Permission denied" in str(found[1])


# --- extract outputs ------------------------------------------------------------------------


def test_extract_output_is_sniffed_and_other_json_lines_are_not(tmp_path: Path) -> None:
    ours = tmp_path / "corpus.jsonl"
    ours.write_text(dumps(_extraction()) + "\n", "utf-8")
    news = tmp_path / "news.jsonl"
    news.write_text('{"claims": [], "source": {"id": "x", "name": "Wire"}, "content": "..."}\n', "utf-8")
    zipped = tmp_path / "corpus.jsonl.gz"
    zipped.write_bytes(gzip.compress(ours.read_bytes()))
    assert is_extractions(ours)
    assert is_extractions(zipped)
    assert not is_extractions(news)
    assert not is_extractions(tmp_path / "missing.jsonl")
    assert not is_extractions(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_never_opened_to_sniff_it(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert not is_extractions(fifo)


def test_extract_output_reads_back_with_bad_lines_named(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text(dumps(_extraction("a")) + "\n\nnot json\n" + dumps(_extraction("b")) + "\n", "utf-8")
    items = list(read_extractions(path))
    assert [x.article.source.path for x in items if isinstance(x, Extraction)] == ["a", "b"]
    [bad] = [x for x in items if isinstance(x, SourceError)]
    assert isinstance(bad, FormatError)
    assert bad.path == f"{path}#3"


def test_a_corpus_read_back_shares_its_repeated_values(tmp_path: Path) -> None:
    from aicoverage.model import Claim, Kind, Quantity

    text = "Выручка выросла на 5 млн долларов, а прибыль на 5 млн долларов за квартал." * 2
    q = Quantity(kind=Kind.MONEY, low=Decimal(5_000_000), high=Decimal(5_000_000), currency="USD")
    claims = tuple(
        Claim(start=at, end=at + 5, text="5 млн", quantity=q, sentence=text, sentence_start=0, holder="Acme")
        for at in (19, 44)
    )
    records = [
        Extraction(article=Article(Source(p, "text"), text, text, outlet="Wire"), claims=claims) for p in "ab"
    ]
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(dumps(x) + "\n" for x in records), "utf-8")
    a, b = read_extractions(path)
    assert [a, b] == records
    assert isinstance(a, Extraction)
    assert isinstance(b, Extraction)
    assert a.article.outlet is b.article.outlet
    assert a.claims[0].holder is b.claims[1].holder
    assert a.article.body is a.article.text is a.claims[0].sentence is a.claims[1].sentence
    assert a.claims[0].sentence is not b.claims[0].sentence  # long strings: shared within a record
    assert a.claims[0].quantity.low is a.claims[0].quantity.high


@pytest.mark.parametrize(
    ("low", "high"),
    [(Decimal("5.0"), Decimal("5.00")), (1, True), (0.0, -0.0), (5, 5.0)],
    ids=["exponent", "bool", "signed zero", "int and float"],
)
def test_bounds_that_differ_in_form_are_not_shared(low: object, high: object) -> None:
    record = share_values({"low": low, "high": high})
    assert record["low"] is not record["high"]
    assert (repr(record["low"]), repr(record["high"])) == (repr(low), repr(high))


@given(data=st.recursive(st.none() | st.booleans() | st.integers() | st.text(), _json_containers))
def test_sharing_values_keeps_any_json_equal(data: object) -> None:
    before = json.dumps(data)  # equal integer bounds come back as one Decimal: written as ints again
    assert json.dumps(share_values(json.loads(before)), default=int) == before


@pytest.mark.parametrize("suffix", ["parquet", "duckdb"])
def test_a_table_compare_wrote_is_refused_with_what_to_give_instead(tmp_path: Path, suffix: str) -> None:
    pytest.importorskip("pyarrow" if suffix == "parquet" else "duckdb")
    from aicoverage.compare import compare
    from aicoverage.errors import UnsupportedFormatError
    from aicoverage.exporters import export

    out = tmp_path / f"coverage.{suffix}"
    export(compare([_extraction()]), out)
    items = list(extract_many([out], jobs=1))
    assert items
    assert all(isinstance(x, UnsupportedFormatError) for x in items)
    assert all("aicoverage extract --json" in x.reason for x in items if isinstance(x, SourceError))


# --- the cache ------------------------------------------------------------------------------


def test_cache_keys_change_with_bytes_options_and_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = Cache(tmp_path)
    key = cache.key(b"x", options="a")
    assert key == cache.key(b"x", options="a")
    assert key != cache.key(b"y", options="a")
    assert key != cache.key(b"x", options="b")
    monkeypatch.setattr("aicoverage.runs.cache.library_version", lambda: "99.0")
    assert key != cache.key(b"x", options="a")


def test_a_broken_cache_entry_is_a_miss(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    key = cache.key(b"x")
    cache.put(key, "a.txt", ["{}"])
    entry = next(tmp_path.rglob("*.jsonl"))
    entry.write_text("half", "utf-8")
    assert cache.get(key) is None
    assert [p.name for p in tmp_path.rglob("*.tmp")] == []


def test_a_cache_entry_keeps_lone_surrogates(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    line = json.dumps({"text": "cut \ud83d"}, ensure_ascii=False)
    cache.put("ab" * 32, "a.txt", [line])
    assert cache.get("ab" * 32) == ("a.txt", [line])


# --- ordered runs ---------------------------------------------------------------------------


def _corpus(folder: Path, n: int) -> None:
    for k in range(n):
        (folder / f"{k:03d}.txt").write_text(f"Nvidia sold {k + 1} million chips.", "utf-8")
    (folder / "zz.txt").write_bytes(b"")


def test_a_pool_gives_results_in_input_order(tmp_path: Path) -> None:
    _corpus(tmp_path, 12)
    one = [(p, r) for p, r in run(list_tasks([tmp_path], as_json=True), jobs=1)]
    two = [(p, r) for p, r in run(list_tasks([tmp_path], as_json=True), jobs=2)]
    assert one == two
    assert [Path(p).name for p, _ in one][:3] == ["000.txt", "001.txt", "002.txt"]
    assert one[-1][1][0].error == ("EmptySourceError", str(tmp_path / "zz.txt"), "the file holds no text")


def test_extract_many_yields_extractions_and_typed_errors(tmp_path: Path) -> None:
    _corpus(tmp_path, 3)
    items = list(extract_many([tmp_path], jobs=2))
    assert [len(x.claims) for x in items if isinstance(x, Extraction)] == [1, 1, 1]
    assert type(items[-1]).__name__ == "EmptySourceError"


def test_a_big_extract_output_streams_in_chunks(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(dumps(_extraction(f"{k}.txt")) + "\n" for k in range(600)), "utf-8")
    chunks = [len(results) for _, results in run([Task(str(path))], jobs=2)]
    assert chunks == [256, 256, 88]


def test_a_worker_that_dies_loses_its_file_not_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from concurrent.futures import Future

    def submit(tasks: list[Task]) -> Future[list[list[Result]]]:
        done: Future[list[list[Result]]] = Future()
        if any(t.path.endswith("002.txt") for t in tasks):
            done.set_exception(RuntimeError("killed"))
        else:
            done.set_result([[Result(claims=1)] for _ in tasks])
        return done

    _corpus(tmp_path, 5)
    results = [r for _, rs in run(list_tasks([tmp_path]), submit=submit, chunk=2) for r in rs]
    assert [r.ok for r in results] == [True, True, False, False, True, True]
    assert results[2].error is not None
    assert "worker failed: RuntimeError: killed" in results[2].error[2]


def test_errors_travel_as_fields_and_come_back_typed() -> None:
    assert type(as_error(("DecodeError", "a", "bad"))).__name__ == "DecodeError"
    assert type(as_error(("NoSuchError", "a", "bad"))) is SourceError
    assert type(as_error(("AicoverageError", "a", "bad"))) is SourceError


@settings(max_examples=50, deadline=None)
@given(items=st.lists(extractions(text=cell_texts), max_size=4))
def test_extract_output_reads_back_to_the_same_extractions(items: list[Extraction]) -> None:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "corpus.jsonl"
        with open(path, "w", encoding="utf-8", errors="backslashreplace") as fh:
            fh.writelines(dumps(x) + "\n" for x in items)
        assert list(read_extractions(path)) == items
        assert is_extractions(path) == bool(items)
