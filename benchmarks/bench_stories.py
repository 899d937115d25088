"""Scores extraction and alignment on the hand-written stories in tests/stories/.

    python benchmarks/bench_stories.py [--verbose]

tests/stories/ holds five AI stories (a chip-export rule, an AI-act fine, a data-centre
investment, a model launch, a lawsuit), each told by four "outlets" in different languages, and
expected.toml, their hand annotation. The script runs ``aicoverage extract --json`` and
``aicoverage compare --json`` on all of them at once (so stories must also stay apart) and prints:

- claims: the annotated claims a claim of the output overlaps with the same value;
- same-fact pairs: of every two claims of one annotated fact, how many share a fact (recall);
- pair precision: of every two annotated claims the output puts in one fact, how many the
  annotation says are the same fact;
- different pairs: annotated pairs of different facts kept apart;
- quotes: annotated quotes found, and of those, with the speaker right.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
STORIES = ROOT / "tests" / "stories"

Ref = tuple[str, int, int]
"""(file relative to tests/stories, start, end)."""


def _run(*args: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-m", "aicoverage", *args, "--json", "-q"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return done.stdout


def _resolve(ref: str) -> Ref:
    """ "story/file.txt: surface#n" -> the nth occurrence's offsets in the file's text."""
    name, surface = ref.split(": ", 1)
    nth = 1
    if "#" in surface:
        surface, n = surface.rsplit("#", 1)
        nth = int(n)
    text = (STORIES / name).read_text(encoding="utf-8")
    at = -1
    for _ in range(nth):
        at = text.find(surface, at + 1)
        if at < 0:
            raise SystemExit(f"expected.toml: {ref!r} not found in {name}")
    return name, at, at + len(surface)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def _relative(path: str) -> str:
    return Path(path).resolve().relative_to(STORIES).as_posix()


def _find(ref: Ref, spans: list[tuple[str, int, int, Any]]) -> list[Any]:
    return [x for name, s, e, x in spans if name == ref[0] and _overlap((s, e), ref[1:])]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args()
    log = print if args.verbose else (lambda *_: None)
    expected = tomllib.loads((STORIES / "expected.toml").read_text(encoding="utf-8"))
    files = sorted(str(p) for p in STORIES.glob("*/*.txt"))
    articles = [json.loads(line) for line in _run("extract", *files).splitlines() if line.strip()]
    facts = json.loads(_run("compare", *files))["facts"]

    claims = [
        (_relative(a["source"]["path"]), c["start"], c["end"], c) for a in articles for c in a["claims"]
    ]
    in_fact = [
        (_relative(c["article"]), c["start"], c["end"], n) for n, f in enumerate(facts) for c in f["claims"]
    ]
    found = total = 0
    gold_of: dict[Ref, int] = {}
    same_ok = same_n = 0
    for n, fact in enumerate(expected["fact"]):
        refs = [_resolve(r) for r in fact["claims"]]
        low, high = fact["low"], fact.get("high", fact["low"])
        for ref, text in zip(refs, fact["claims"], strict=True):
            gold_of[ref] = n
            total += 1
            hits = [c for c in _find(ref, claims) if float(c["low"]) == low and float(c["high"]) == high]
            found += bool(hits)
            if not hits:
                near = [(c["text"], c["low"], c["high"]) for c in _find(ref, claims)]
                log(f"claim missed: {text} ({fact['about']}) got {near}")
        ids = [set(_find(ref, in_fact)) for ref in refs]
        for i, j in itertools.combinations(range(len(refs)), 2):
            same_n += 1
            same_ok += bool(ids[i] & ids[j])
        if len(refs) > 1 and not set.intersection(*ids):
            log(f"fact split: {fact['about']}: {[sorted(x) for x in ids]}")
    pairs_in = pairs_right = 0
    for f in facts:
        refs = {
            ref
            for c in f["claims"]
            for ref in gold_of
            if ref[0] == _relative(c["article"]) and _overlap((c["start"], c["end"]), ref[1:])
        }
        for x, y in itertools.combinations(sorted(refs), 2):
            pairs_in += 1
            pairs_right += gold_of[x] == gold_of[y]
            if gold_of[x] != gold_of[y]:
                log(f"joined wrongly: {x} {y} in {f['label']}")
    apart = 0
    for pair in expected["different"]:
        x, y = (set(_find(_resolve(r), in_fact)) for r in pair["claims"])
        apart += not x & y
        if x & y:
            log(f"different facts joined: {pair['why']}")
    q_found = q_speaker = 0
    for q in expected["quote"]:
        art = next(a for a in articles if _relative(a["source"]["path"]) == q["file"])
        hits = [x for x in art["quotes"] if x["text"].startswith(q["starts"])]
        q_found += bool(hits)
        names = [str(v) for x in hits for v in (x["speaker"] or {}).values() if isinstance(v, str)]
        ok = any(q["speaker"].casefold() in n.casefold() for n in names)
        q_speaker += ok
        if not ok:
            log(f"quote {'speaker off' if hits else 'missed'}: {q['file']} {q['starts']!r} got {names}")
    precision = pairs_right / pairs_in if pairs_in else 1.0
    print(f"claims: {found}/{total} found with their value")
    print(f"same-fact pairs joined: {same_ok}/{same_n} (recall {same_ok / same_n:.3f})")
    print(f"pair precision: {pairs_right}/{pairs_in} ({precision:.3f})")
    print(f"different-fact pairs kept apart: {apart}/{len(expected['different'])}")
    print(f"quotes: {q_found}/{len(expected['quote'])} found, speaker right {q_speaker}")


if __name__ == "__main__":
    main()
