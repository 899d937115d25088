"""Time and peak memory of :func:`aicoverage.compare` on synthetic corpora of extracted articles.

    python benchmarks/bench_compare.py [--sizes 1000 10000 100000] [--share 0.3] [--seed 7] [--story 1000]

The five seed articles are extracted once. Each synthetic article copies the records of two of
them (their claims, sentences, entities, holders and measures; the text cut to 2,000 characters as
in page dumps) and varies them with a seeded RNG (quotes, reader comments and set-aside text are dropped and
only the entities of claim sentences kept: compare reads nothing else):
its path, outlet and date (stories of ``--story`` articles each, 1,000 by default, dated 120 days
apart; a story as large as the corpus makes one block of alignment per kind), and the values
of its claims. A share ``--share`` of the claims keep their value (within 1 %, so they still agree)
and are *planted* common facts: (story, seed article, claim); the rest get a value scaled by a
random factor of 20 to 2,000, so they are facts of their own. The corpus is written as JSON Lines
(what ``aicoverage extract --json`` writes) and each size runs in a fresh process, which reads it
with :func:`aicoverage.runs.read_extractions` and compares it; the line printed gives the
articles, claims, facts, compare's time (reading excluded), the process's peak memory (and its
peak once the corpus is read), and checks the facts found against the planted ones:

- planted pairs joined: of every two planted claims of one (story, seed claim), how many share a
  fact (sampled);
- mixed facts: facts holding both planted and varied claims (should be 0).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
STORY = 1000
"""Articles per story (default of ``--story``)."""
TEXT = 2000
"""Characters of text kept per article (as in page dumps); claims keep their sentences."""
SHIFT = 1_000_000
"""Claims of seed k sit at their offset + SHIFT * (k + 1): one key per seed claim."""


def _base_records() -> list[dict[str, Any]]:
    from aicoverage import extract, load
    from aicoverage.serialize import dumps

    return [json.loads(dumps(extract(load(p)))) for p in sorted(SEEDS.glob("*.txt"))]


def _vary(
    base: list[dict[str, Any]], n: int, rng: random.Random, share: float, per_story: int = STORY
) -> dict[str, Any]:
    record = base[n % len(base)]
    out = dict(record)
    out["text"] = out["body"] = record["text"][:TEXT]
    out["body_spans"] = [{"start": 0, "end": len(out["text"])}]
    out["quotes"] = out["comments"] = out["set_aside"] = []  # a page dump's; compare reads none
    story = n // per_story
    out["source"] = {**record["source"], "path": f"synthetic/s{story:03d}/a{n:06d}.txt"}
    out["outlet"] = f"outlet-{rng.randrange(300)}"
    out["published"] = _date(story, rng)
    claims = []
    parts = [(k % len(base), base[k % len(base)]) for k in (n, n + 1)]
    for k, claim in ((k, c) for k, part in parts for c in part["claims"]):
        c = dict(claim, start=claim["start"] + SHIFT * (k + 1), end=claim["end"] + SHIFT * (k + 1))
        c["sentence_start"] = claim["sentence_start"] + SHIFT * (k + 1)
        if rng.random() < share:
            factor = 1 + rng.uniform(-0.01, 0.01)
            c["planted"] = True
        else:
            factor = rng.uniform(20, 2000)
        for key in ("low", "high"):
            c[key] = _scale(claim[key], factor)
        claims.append(c)
    out["claims"] = claims
    out["entities"] = [
        dict(e, start=e["start"] + SHIFT * (k + 1), end=e["end"] + SHIFT * (k + 1))
        for k, part in parts
        for e in part["entities"]
        if any(
            c["sentence_start"] <= e["start"] < c["sentence_start"] + len(c["sentence"])
            for c in part["claims"]
        )
    ]
    return out


def _date(story: int, rng: random.Random) -> str:
    import datetime as dt

    return (dt.date(2020, 1, 1) + dt.timedelta(days=120 * story + rng.randrange(5))).isoformat()


def _scale(value: Any, factor: float) -> Any:
    if isinstance(value, str):  # a Decimal written as text (huge or exact)
        return value
    return round(float(value) * factor, 4)


def build(size: int, path: Path, *, share: float, seed: int, story: int = STORY) -> None:
    """Write a corpus of ``size`` articles to ``path`` (gzipped JSON Lines)."""
    rng = random.Random(seed)
    base = _base_records()
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for n in range(size):
            out.write(json.dumps(_vary(base, n, rng, share, story), ensure_ascii=False) + "\n")


def _read(path: Path) -> tuple[list[Any], set[tuple[str, int]]]:
    """The corpus as ``compare`` reads it (:func:`aicoverage.runs.read_extractions`, which
    ignores the ``planted`` marks) and the planted claims, from a light pass of their own."""
    from aicoverage.model import Extraction
    from aicoverage.runs import read_extractions

    planted = set()
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            where = record["source"]["path"]
            planted.update((where, c["start"]) for c in record["claims"] if c.get("planted"))
    extractions = list(read_extractions(path))
    assert all(isinstance(x, Extraction) for x in extractions), "a record did not read back"
    return extractions, planted


def child(path: Path) -> None:
    """Read and compare one corpus; print one line of figures."""
    from aicoverage.compare import compare

    extractions, planted = _read(path)
    read_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    comparison = compare(extractions)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    fact_of: dict[tuple[str, int], int] = {}
    mixed = 0
    for n, fact in enumerate(comparison.facts):
        where = [(fc.article, fc.claim.start) for fc in fact.claims]
        kinds = {w in planted for w in where}
        mixed += len(kinds) == 2
        for w in where:
            fact_of[w] = n
    by_key: dict[tuple[str, int], list[tuple[str, int]]] = defaultdict(list)
    for article, start_at in planted:
        by_key[(article.split("/")[1], start_at)].append((article, start_at))
    rng = random.Random(0)
    pairs = joined = 0
    for members in by_key.values():
        for _ in range(min(20, len(members))):
            a, b = rng.sample(members, 2) if len(members) > 1 else (members[0], members[0])
            if a != b:
                pairs += 1
                joined += fact_of.get(a) == fact_of.get(b)
    claims = sum(len(e.claims) for e in extractions)
    print(
        f"{len(extractions):>7} articles {claims:>9} claims {len(comparison.facts):>8} facts"
        f"  compare {seconds:8.1f} s  peak {peak_mb:7.0f} MB (read {read_mb:.0f} MB)"
        f"  planted pairs joined {joined}/{pairs} ({joined / max(pairs, 1):.1%})  mixed facts {mixed}",
        flush=True,
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--share", type=float, default=0.3)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--story", type=int, default=STORY, help="articles per story")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            path = Path(tmp) / f"corpus-{size}.jsonl.gz"
            build(size, path, share=args.share, seed=args.seed, story=args.story)
            subprocess.run([sys.executable, __file__, "--child", str(path)], check=True)


if __name__ == "__main__":
    main()
