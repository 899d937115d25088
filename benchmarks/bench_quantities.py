"""Throughput of find_quantities on ~1 MB of mixed-language text built from the seeds.

    python benchmarks/bench_quantities.py [--size 1000000] [--repeat 3]

Prints characters per second for one 1 MB text and for the same text cut into a hundred 10 KB texts
(time must be linear in input length: the first may cost no more than 1.2x the second), then the
time of pathological inputs at two sizes (their ratio should stay near 2 when the size doubles).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from aicoverage import find_quantities
from aicoverage.quantities._engine import lexicon

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
LANGS = {"000": "ru", "001": "ru", "002": "ru", "003": "pt", "004": "zh"}


def build_corpus(size: int) -> list[tuple[str, str]]:
    """(language, text) chunks cycling through the seeds until ``size`` characters in all."""
    seeds = [(LANGS[p.name[:3]], p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    out: list[tuple[str, str]] = []
    total = 0
    while total < size:
        for lang, text in seeds:
            out.append((lang, text))
            total += len(text)
    return out


def run(chunks: list[tuple[str, str]], piece: int | None) -> float:
    by_lang: dict[str, str] = {}
    for lang, text in chunks:
        by_lang[lang] = by_lang.get(lang, "") + text + "\n\n"
    start = time.perf_counter()
    for lang, text in by_lang.items():
        if piece is None:
            find_quantities(text, language=lang)
        else:
            for i in range(0, len(text), piece):
                find_quantities(text[i : i + piece], language=lang)
    return time.perf_counter() - start


PATHOLOGICAL = {
    "digit-hyphen chain (en)": ("en", "1-"),
    "digits and spaces (en)": ("en", "1 "),
    "CJK numeral soup (zh)": ("zh", "一二三四五六七八九十"),
    "bound words (ru)": ("ru", "около "),
    "percentages (en)": ("en", "5% "),
    "section marks (zh)": ("zh", "亿"),
    "German compounds (de)": ("de", "dreihundertfünfundzwanzig "),
    "hiragana readings (ja)": ("ja", "にじゅうさん "),
}


def time_pathological(size: int) -> None:
    for name, (lang, unit) in PATHOLOGICAL.items():
        times = []
        for n in (size, 2 * size):
            text = unit * (n // len(unit))
            start = time.perf_counter()
            find_quantities(text, language=lang)
            times.append(time.perf_counter() - start)
        print(f"  {name:26} {size:,} chars {times[0]:.2f} s, doubled {times[1]:.2f} s")


_FIRST_CALL = """
import time
start = time.perf_counter()
from aicoverage import find_quantities
imported = time.perf_counter()
find_quantities("about 5 million", language={lang!r})
print(imported - start, time.perf_counter() - imported)
"""


def time_first_calls(runs: int = 5) -> None:
    """The first call per language in a fresh process (tables, CLDR data, pattern compilation),
    and the import before it; the best of ``runs`` processes each."""
    from aicoverage._tables import supported_languages

    for lang in supported_languages():
        code = _FIRST_CALL.format(lang=lang)
        times = []
        for _ in range(runs):
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
            imported, called = map(float, out.stdout.split())
            times.append((imported, called))
        imported, called = min(t[0] for t in times), min(t[1] for t in times)
        print(f"  {lang}: first call {called * 1000:.0f} ms (import before it {imported * 1000:.0f} ms)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    chunks = build_corpus(a.size)
    chars = sum(len(t) + 2 for _, t in chunks)
    for lang in set(LANGS.values()):
        lexicon(lang)  # built once per process; not part of the throughput
    whole = min(run(chunks, None) for _ in range(a.repeat))
    pieces = min(run(chunks, 10_000) for _ in range(a.repeat))
    print(f"find_quantities: {chars:,} chars")
    print(f"  one text:        {chars / whole:,.0f} chars/s ({whole:.3f} s)")
    print(f"  10 KB pieces:    {chars / pieces:,.0f} chars/s ({pieces:.3f} s)")
    print(f"  linearity ratio: {whole / pieces:.2f} (must stay <= 1.2)")
    print("pathological inputs:")
    time_pathological(a.size // 10)
    print("first call per language (fresh process, best of 5):")
    time_first_calls()


if __name__ == "__main__":
    main()
