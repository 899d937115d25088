"""Loading speed and worst cases: seeds, big files, pathological lines, truncated JSON, large HTML.

    python benchmarks/bench_load.py

Each case is read with :func:`aicoverage.adapters.load_text` (decoding is not timed) and the
seconds are printed with the body length and comment count. Recorded on the 2-core build machine
(2026-11-23, other jobs running): the five seeds 300 times over (8 MB) 2.0 s; one 5 MB line
0.06 s; a 1 MB line of punctuation 0.01 s; 50,000 comment pairs (1 MB) 2.0 s; 5 MB of truncated
WordPress JSON 0.7 s; a 3 MB HTML page 4.8 s (trafilatura's share ~3 s). Linear in the input.
"""

from __future__ import annotations

import time
from pathlib import Path

from aicoverage.adapters import load_text

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def cases() -> dict[str, str]:
    seeds = "\n\n".join(p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt")))
    return {
        "seeds x300": seeds * 300,
        "one 5 MB line": "слово " * 800_000,
        "1 MB of punctuation": "!" * 1_000_000,
        "50,000 comment pairs": "Body sentence here.\n" + "user\ncomment text\n" * 50_000,
        "5 MB truncated JSON": '{"title": {"rendered": "T"}, "content": {"rendered": "<p>' + "x " * 2_500_000,
        "3 MB HTML page": "<!doctype html><html><body>"
        + "<p>Paragraph text of the page, a sentence.</p>" * 60_000
        + "</body></html>",
    }


def main() -> None:
    for name, text in cases().items():
        start = time.perf_counter()
        art = load_text(text)
        took = time.perf_counter() - start
        size = f"{len(text) / 1e6:5.1f} MB"
        print(f"{name:24} {size}  {took:6.2f} s  body {len(art.body):>9,}  comments {len(art.comments)}")


if __name__ == "__main__":
    main()
