"""Time and peak memory of the xlsx exporter against bare openpyxl write-only mode.

    python benchmarks/bench_export.py [--claims 1000000] [--articles 10]

Builds a comparison of ``--claims`` claims (facts of one claim per article), then, each in a fresh
process: (1) bare openpyxl write-only writing the same claim rows, one sheet; (2) aicoverage's
xlsx exporter writing the whole workbook (About, Sources, Facts matrix, Claims, Quotes, Comments).
Prints wall and CPU seconds, their ratios (target <= 1.3; CPU time is the steadier figure on a
busy machine) and the peak resident memory of each process above what the built comparison itself
takes (target < 300 MB).
"""

from __future__ import annotations

import argparse
import os
import resource
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


def build(claims: int, articles: int) -> Comparison:
    """A comparison with ``claims`` claims: facts of one claim per article, each fact its own sentence.

    The claims of one fact share one Claim object (only their article differs) and quantities are
    shared, to keep the input small; the exporter does the same work for every row regardless.
    """
    quantities = [
        Quantity(kind=Kind.MONEY, low=Decimal(6_000_000 + k), high=Decimal(6_000_000 + k), currency="USD")
        for k in range(100)
    ]
    paths = [f"articles/{n:03d}.txt" for n in range(articles)]
    facts = []
    for f in range(claims // articles):
        sentence = f"{SENTENCE} (№ {f})"
        claim = Claim(
            start=f,
            end=f + 5,
            text=f"${6 + f % 100 / 1e6:.6f}M",
            quantity=quantities[f % 100],
            sentence=sentence,
            sentence_start=0,
            subject="DeepSeek",
            topics=("cost",),
        )
        members = tuple(FactClaim(path, claim) for path in paths)
        facts.append(
            Fact(
                id=f"fact-{f:07d}",
                label="DeepSeek · cost (USD)",
                status=Status.AGREE,
                claims=members,
                kind=Kind.MONEY,
                currency="USD",
                subject="DeepSeek",
                spread=Decimal(0),
            )
        )
    arts = tuple(
        Extraction(article=Article(Source(p, "text"), SENTENCE, SENTENCE, language="ru")) for p in paths
    )
    return Comparison(facts=tuple(facts), articles=arts)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(mode: str, claims: int, articles: int) -> None:
    comparison = build(claims, articles)
    base = rss_mb()
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "out.xlsx")
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--articles", type=int, default=10)
    ap.add_argument("--run", choices=["bare", "aicoverage"], help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.run:
        run_one(a.run, a.claims, a.articles)
        return
    results = {}
    for mode in ("bare", "aicoverage"):
        cmd = [
            sys.executable,
            __file__,
            "--run",
            mode,
            "--claims",
            str(a.claims),
            "--articles",
            str(a.articles),
        ]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.split()
        results[mode] = [float(x) for x in out]
        secs, cpu, extra, base, size = results[mode]
        print(f"{mode:>10}: {secs:7.2f} s ({cpu:.2f} s CPU), {size:.1f} MB file")
        print(f"{'':>10}  peak memory +{extra:.0f} MB over the input ({base:.0f} MB)")
    wall = results["aicoverage"][0] / results["bare"][0]
    cpu = results["aicoverage"][1] / results["bare"][1]
    print(f"{a.claims:,} claims: aicoverage / bare openpyxl = {wall:.2f} wall, {cpu:.2f} CPU (target <= 1.3)")


if __name__ == "__main__":
    main()
