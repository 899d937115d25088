"""Quote marks and entity discovery on adversarial text: time must grow linearly with its length.

    python benchmarks/bench_quotes.py [--sizes 10000,20000,40000]

Three inputs per size: runs of unmatched marks (``«««…”””``, once a stack scan per mark: 20 KB in
13.7 s), alternating unmatched marks, and a text of capitalised words (entity discovery). Prints
seconds per input and the exponent k of time ~ n^k between the smallest and largest size (1.0 is
linear, 2.0 quadratic).
"""

from __future__ import annotations

import argparse
import math
import time
from collections.abc import Callable

from aicoverage.extract import find_entities, find_quotes


def _inputs(n: int) -> dict[str, str]:
    return {
        "«««…”””": "«" * (n // 2) + "x" + "”" * (n // 2),
        "«”«”…": "«”a " * (n // 4),
        "Capitalised Words": "Alpha Beta Gamma, said Delta Corp. " * (n // 35),
    }


def _time(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="10000,20000,40000")
    sizes = [int(s) for s in ap.parse_args().sizes.split(",")]
    rows: dict[str, list[float]] = {}
    for n in sizes:
        for name, text in _inputs(n).items():
            secs = _time(lambda text=text: (find_quotes(text, language="en"), find_entities(text)))
            rows.setdefault(name, []).append(secs)
            print(f"{name:20} {n:>8} chars  {secs:8.3f} s")
    doublings = math.log2(sizes[-1] / sizes[0]) if len(sizes) > 1 else 1.0
    for name, secs in rows.items():
        k = math.log2(secs[-1] / max(secs[0], 1e-9)) / doublings if doublings else 1.0
        print(f"{name:20} time ~ n^{k:.2f}")


if __name__ == "__main__":
    main()
