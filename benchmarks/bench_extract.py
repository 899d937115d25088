"""Throughput of the whole extraction (load + entities + quotes + claims) on ~1 MB from the seeds.

    python benchmarks/bench_extract.py [--size 1000000] [--repeat 3]

Each seed file is read with :func:`aicoverage.load` (when the loader cannot read it, an Article
whose body is the whole text stands in, and the line says so) and extracted, over and over until
``size`` characters have gone through. Prints characters per second for the whole pipeline and for
each stage alone. The target is at least 1,000,000 chars/s on one core.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from aicoverage import find_quantities, load
from aicoverage.extract import extract, find_claims, find_entities, find_quotes
from aicoverage.extract._speech import speech_patterns
from aicoverage.extract.claims import find_topics
from aicoverage.extract.entities import load_gazetteer
from aicoverage.model import Article, Source, TextSpan

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
LANGS = {"000": "ru", "001": "ru", "002": "ru", "003": "pt", "004": "zh"}


def _read(path: Path) -> tuple[Article, bool]:
    try:
        return load(path), True
    except Exception:  # the loader may not exist yet: stand in with the whole text as body
        text = path.read_text(encoding="utf-8")
        art = Article(
            source=Source(path=str(path), format="txt"),
            text=text,
            body=text,
            body_spans=(TextSpan(0, len(text)),),
            language=LANGS[path.name[:3]],
        )
        return art, False


def _time(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    paths = sorted(SEEDS.glob("*.txt"))
    seed_chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
    rounds = max(1, a.size // seed_chars)
    chars = seed_chars * rounds
    articles = [_read(p) for p in paths]
    loaded = all(ok for _, ok in articles)
    # warm the caches (tables, compiled patterns): built once per process, not per article
    load_gazetteer()
    for art, _ in articles:
        speech_patterns(art.language)
        extract(art)

    def whole() -> None:
        for _ in range(rounds):
            for p in paths:
                extract(_read(p)[0])

    arts = [art for art, _ in articles]

    def stage(fn: Callable[[Article], object]) -> Callable[[], None]:
        def run() -> None:
            for _ in range(rounds):
                for art in arts:
                    fn(art)

        return run

    stages: dict[str, Callable[[Article], object]] = {
        "entities": lambda art: find_entities(art.text, art.body_spans),
        "quotes": lambda art: find_quotes(art.text, art.body_spans, language=art.language),
        "claims": lambda art: find_claims(art.text, art.body_spans, language=art.language or "en"),
        "find_quantities": lambda art: [
            find_quantities(art.text[s.start : s.end], language=art.language or "en") for s in art.body_spans
        ],
        "topics": lambda art: find_topics(art.text, language=art.language),
    }

    def load_only() -> None:
        for _ in range(rounds):
            for p in paths:
                _read(p)

    total = _time(whole, a.repeat)
    print(f"extract: {chars:,} chars ({rounds} rounds of the {len(paths)} seeds)")
    print(
        f"  load + extract:  {chars / total:,.0f} chars/s ({total:.3f} s)"
        + ("" if loaded else " [no loader]")
    )
    t = _time(load_only, a.repeat)
    print(f"  {'load:':16} {chars / t:,.0f} chars/s ({t:.3f} s)")
    for name, fn in stages.items():
        t = _time(stage(fn), a.repeat)
        print(f"  {name + ':':16} {chars / t:,.0f} chars/s ({t:.3f} s)")


if __name__ == "__main__":
    main()
