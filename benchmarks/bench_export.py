"""Time and peak memory of the xlsx exporter against bare openpyxl write-only mode.

    python benchmarks/bench_export.py [--claims 1000000] [--articles 20000] [--per-fact 10] [--check]

Builds a comparison of ``--claims`` claims in ``--articles`` articles (facts of ``--per-fact``
claims from as many articles; one fact in 1,000 disputed), then, each in a fresh process:
(1) bare openpyxl write-only writing the same claim rows, one sheet; (2) aicoverage's xlsx
exporter writing the whole workbook (About, Disagreements, Facts, By source when there are at most
40 articles, Evidence, Sources, Quotes, Comments). Prints wall and CPU seconds, their ratios
(target <= 1.3; CPU time is the steadier figure on a busy machine) and the peak resident memory
of each process above what the built comparison itself takes (target < 300 MB). ``--check``
keeps the workbook, reads it back with openpyxl (every sheet within Excel's limits) and, where
LibreOffice is installed, converts it to CSV with it (slow: minutes at full size).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from decimal import Decimal

from aicoverage.model import (
    Article,
    Claim,
    Comparison,
    Extraction,
    Fact,
    FactClaim,
    Kind,
    Quantity,
    Source,
    Status,
)

SENTENCE = (
    "Важно понимать, что DeepSeek располагает внушительным парком из 50 тысяч чипов стоимостью около"
    " $1 млрд — 据报道,训练成本约为560万美元"
)


def build(claims: int, articles: int, per_fact: int = 10) -> Comparison:
    """A comparison of ``claims`` claims in ``articles`` articles: facts of ``per_fact`` claims.

    The claims of one fact share one Claim object (only their article differs) and quantities are
    shared, to keep the input small; the exporter does the same work for every row regardless.
    Every 1,000th fact is disputed: one of its sources states a range four times higher.
    """
    quantities = [
        Quantity(kind=Kind.MONEY, low=Decimal(6_000_000 + k), high=Decimal(6_000_000 + k), currency="USD")
        for k in range(100)
    ]
    high = Quantity(kind=Kind.MONEY, low=Decimal(24_000_000), high=Decimal(30_000_000), currency="USD")
    paths = [f"articles/{n:05d}.txt" for n in range(articles)]
    per_fact = min(per_fact, articles)
    facts = []
    for f in range(claims // per_fact):
        sentence = f"{SENTENCE} (№ {f})"
        claim = _claim(f, quantities[f % 100], sentence)
        first = f * per_fact
        members = [FactClaim(paths[(first + k) % articles], claim) for k in range(per_fact)]
        disputed = f % 1000 == 0 and per_fact > 1
        if disputed:
            members[-1] = FactClaim(members[-1].article, _claim(f, high, sentence))
        facts.append(
            Fact(
                id=f"fact-{f:07d}",
                label="DeepSeek · cost (USD)",
                status=Status.DISAGREE if disputed else Status.AGREE,
                claims=tuple(members),
                kind=Kind.MONEY,
                currency="USD",
                subject="DeepSeek",
                spread=Decimal("0.7") if disputed else Decimal(0),
            )
        )
    arts = tuple(
        Extraction(
            article=Article(
                Source(p, "text"),
                SENTENCE,
                SENTENCE,
                language="ru",
                outlet=f"Outlet {n % 500}",
                url=f"https://news{n % 500}.example.com/{n}",
                published=dt.date(2025, 1, 1 + n % 28),
            )
        )
        for n, p in enumerate(paths)
    )
    return Comparison(facts=tuple(facts), articles=arts)


def _claim(f: int, quantity: Quantity, sentence: str) -> Claim:
    return Claim(
        start=f,
        end=f + 5,
        text=f"${6 + f % 100 / 1e6:.6f}M",
        quantity=quantity,
        sentence=sentence,
        sentence_start=0,
        subject="DeepSeek",
        topics=("cost",),
    )


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(mode: str, claims: int, articles: int, per_fact: int, keep: str | None) -> None:
    comparison = build(claims, articles, per_fact)
    base = rss_mb()
    with tempfile.TemporaryDirectory() as d:
        path = keep or os.path.join(d, "out.xlsx")
        start, cpu = time.perf_counter(), time.process_time()
        if mode == "bare":
            import openpyxl

            from aicoverage.exporters._rows import CLAIM_COLUMNS, claim_rows

            wb = openpyxl.Workbook(write_only=True)
            ws = wb.create_sheet("Claims")
            ws.append(CLAIM_COLUMNS)
            for row in claim_rows(comparison):
                ws.append(row)
            wb.save(path)
        else:
            from aicoverage.exporters import export

            export(comparison, path, format="xlsx")
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        size = os.path.getsize(path) / 1e6
    print(f"{seconds:.2f} {cpu:.2f} {rss_mb() - base:.1f} {base:.1f} {size:.1f}")


def check(path: str) -> None:
    """Read the workbook back with openpyxl and (where installed) open it with LibreOffice."""
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True)
    for ws in wb:
        rows = columns = 0
        first: tuple[object, ...] = ()
        for row in ws.iter_rows(values_only=True):
            rows += 1
            columns = max(columns, len(row))
            first = first or row
        if rows > 1_048_576 or columns > 16_384:
            raise SystemExit(f"{ws.title}: {rows} rows x {columns} columns: past Excel's limits")
        print(f"  {ws.title:>16}: {rows:>9,} rows x {columns:>3} columns; {str(first[:3])[:60]}")
    soffice = shutil.which("soffice")
    if soffice is None:
        print("  LibreOffice not installed: not opened")
        return
    with tempfile.TemporaryDirectory() as d:
        start = time.perf_counter()
        done = subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{d}/p",
                "--headless",
                "--convert-to",
                "csv",
                "--outdir",
                d,
                path,
            ],
            capture_output=True,
            text=True,
            timeout=1800,
        )
        out = [p for p in os.listdir(d) if p.endswith(".csv")]
        ok = done.returncode == 0 and out and os.path.getsize(os.path.join(d, out[0])) > 0
        took = time.perf_counter() - start
        print(f"  LibreOffice opened it and wrote its first sheet: {bool(ok)} ({took:.0f} s)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--per-fact", type=int, default=10)
    ap.add_argument("--check", action="store_true", help="read the workbook back (openpyxl, LibreOffice)")
    ap.add_argument("--run", choices=["bare", "aicoverage"], help=argparse.SUPPRESS)
    ap.add_argument("--keep", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.run:
        run_one(a.run, a.claims, a.articles, a.per_fact, a.keep)
        return
    results = {}
    with tempfile.TemporaryDirectory() as d:
        kept = os.path.join(d, "aicoverage.xlsx")
        for mode in ("bare", "aicoverage"):
            cmd = [sys.executable, __file__, "--run", mode, "--claims", str(a.claims)]
            cmd += ["--articles", str(a.articles), "--per-fact", str(a.per_fact)]
            if a.check and mode == "aicoverage":
                cmd += ["--keep", kept]
            out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.split()
            results[mode] = [float(x) for x in out]
            secs, cpu, extra, base, size = results[mode]
            print(f"{mode:>10}: {secs:7.2f} s ({cpu:.2f} s CPU), {size:.1f} MB file")
            print(f"{'':>10}  peak memory +{extra:.0f} MB over the input ({base:.0f} MB)")
        if a.check:
            check(kept)
    wall = results["aicoverage"][0] / results["bare"][0]
    cpu = results["aicoverage"][1] / results["bare"][1]
    print(
        f"{a.claims:,} claims, {a.articles:,} articles: aicoverage / bare openpyxl = "
        f"{wall:.2f} wall, {cpu:.2f} CPU (target <= 1.3)"
    )


if __name__ == "__main__":
    main()
