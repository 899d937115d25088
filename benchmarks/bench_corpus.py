"""Corpus runs: extract throughput at --jobs 1 and 2, on a dask LocalCluster, with the cache, and compare.

    python benchmarks/bench_corpus.py [--articles 10000] [--keep DIR] [--skip cluster,compare]

Builds a synthetic corpus of ``articles`` files: the seed articles (real texts in Russian,
Portuguese and Chinese) varied by a seeded RNG: paragraphs shuffled and some dropped, every
digit run redrawn, so no two files are the same bytes (the cache cannot cheat) while the text
stays real prose. Then each run is a fresh ``python -m aicoverage`` process and its whole
process tree's resident memory is sampled (psutil) for the peak:

- ``extract corpus/ --jobs 1 > corpus.jsonl`` and ``--jobs 2`` (target: 2 jobs >= 1.8x one job);
- ``extract corpus/ --scheduler ADDRESS`` on a ``LocalCluster`` of 2 worker processes;
- ``extract --jobs 2 --cache DIR`` twice: the first fills the cache, the re-run must take under
  10 % of the first;
- ``compare corpus.jsonl -o coverage.xlsx`` / ``.parquet`` / ``.duckdb`` (target: peak < 2 GB).

Prints a Markdown table for benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
_DIGITS = re.compile(r"\d+")


def make_corpus(folder: Path, n: int, *, seed: int = 11) -> None:
    """``n`` varied copies of the seed articles in ``folder`` (front matter kept, body varied)."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for k in range(n):
        text = texts[k % len(texts)]
        head, sep, body = text.partition("\n---\n") if text.startswith("---") else ("", "", text)
        paragraphs = [p for p in body.split("\n\n") if p.strip()]
        kept = [p for p in paragraphs if rng.random() > 0.2] or paragraphs[:1]
        rng.shuffle(kept)
        varied = _DIGITS.sub(lambda m: str(rng.randint(1, 10 ** len(m.group()) - 1)), "\n\n".join(kept))
        (folder / f"{k:06d}.txt").write_text(f"{head}{sep}{varied}\n", encoding="utf-8")


def measure(cmd: Sequence[str], *, stdout: Path | None = None) -> tuple[float, float]:
    """(wall seconds, peak MB of the process tree's resident memory) of running ``cmd``."""
    import psutil

    out = open(stdout, "wb") if stdout else subprocess.DEVNULL  # noqa: SIM115
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        try:
            root = psutil.Process(proc.pid)
        except psutil.NoSuchProcess:
            return
        while not stop.is_set():
            total = 0
            try:
                for p in [root, *root.children(recursive=True)]:
                    with contextlib.suppress(psutil.NoSuchProcess):
                        total += p.memory_info().rss
            except psutil.NoSuchProcess:
                break
            peak = max(peak, total)
            time.sleep(0.05)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    code = proc.wait()
    seconds = time.perf_counter() - start
    stop.set()
    watcher.join()
    if stdout:
        out.close()  # type: ignore[union-attr]
    if code not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed with exit status {code}")
    return seconds, peak / 1e6


def cluster_peak(cluster: object) -> float:
    """Resident MB of a LocalCluster's worker processes (sampled once, after the run)."""
    import psutil

    total = 0
    for worker in getattr(cluster, "workers", {}).values():
        pid = getattr(getattr(worker, "process", None), "pid", None)
        if pid:
            total += psutil.Process(pid).memory_info().rss
    return total / 1e6


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--keep", type=Path, help="build the corpus here and keep it")
    ap.add_argument("--skip", default="", help="comma-separated: cluster, cache, compare")
    a = ap.parse_args()
    skip = set(filter(None, a.skip.split(",")))
    work = a.keep or Path(tempfile.mkdtemp(prefix="aicoverage-bench-"))
    corpus = work / "corpus"
    if corpus.exists():
        shutil.rmtree(corpus)
    corpus.mkdir(parents=True)
    make_corpus(corpus, a.articles)
    size = sum(p.stat().st_size for p in corpus.iterdir()) / 1e6
    cli = [sys.executable, "-m", "aicoverage"]
    rows: list[tuple[str, float, float]] = []

    def record(name: str, cmd: Sequence[str], stdout: Path | None = None) -> float:
        seconds, peak = measure(cmd, stdout=stdout)
        rows.append((name, seconds, peak))
        print(f"{name}: {seconds:.1f} s, peak {peak:.0f} MB", file=sys.stderr)
        return seconds

    jsonl = work / "corpus.jsonl"
    one = record("extract --jobs 1", [*cli, "extract", str(corpus), "-q", "--jobs", "1"], stdout=jsonl)
    two = record("extract --jobs 2", [*cli, "extract", str(corpus), "-q", "--jobs", "2"], stdout=jsonl)
    if "cluster" not in skip:
        from distributed import LocalCluster

        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
            cmd = [*cli, "extract", str(corpus), "-q", "--scheduler", c.scheduler_address]
            record("extract --scheduler (LocalCluster, 2 workers)", cmd, stdout=work / "cluster.jsonl")
            print(f"  cluster workers after the run: {cluster_peak(c):.0f} MB", file=sys.stderr)
        same = (work / "cluster.jsonl").read_bytes() == jsonl.read_bytes()
        print(f"  cluster output the same as --jobs 2, byte for byte: {same}", file=sys.stderr)
    if "cache" not in skip:
        cache = work / "cache"
        shutil.rmtree(cache, ignore_errors=True)
        cmd = [*cli, "extract", str(corpus), "-q", "--jobs", "2", "--cache", str(cache)]
        first = record("extract --jobs 2 --cache (filling it)", cmd, stdout=work / "cached.jsonl")
        again = record("extract --jobs 2 --cache (re-run)", cmd, stdout=work / "cached.jsonl")
        print(f"  re-run / first: {again / first:.1%}", file=sys.stderr)
    if "compare" not in skip:
        for suffix in ("xlsx", "parquet", "duckdb"):
            out = work / f"coverage.{suffix}"
            cmd = [*cli, "compare", str(jsonl), "-q", "-o", str(out)]
            record(f"compare corpus.jsonl -o coverage.{suffix}", cmd)
    print(f"\n{a.articles:,} articles, {size:.1f} MB of text; speed-up 2 jobs / 1 job: {one / two:.2f}x\n")
    print("| run | wall | articles/s | peak RSS (process tree) |\n|---|---|---|---|")
    for name, seconds, peak in rows:
        print(f"| {name} | {seconds:.1f} s | {a.articles / seconds:,.0f} | {peak:,.0f} MB |")
    if not a.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
