"""Language detection: cold start (CPU seconds and memory to build lingua and answer one short
text) and agreement between lingua's modes on samples of real articles.

Samples: the main text of the public HTML benchmark's pages (``../shared/html-bench``, read with
trafilatura) and the dev and seed articles, each cut into windows of 4,000, 300 and 60 characters
at three offsets (the Latin-script letter runs, as ``_language`` samples them). The reference is
lingua's full models over the supported Latin-script languages (what aicoverage used before);
each variant's answers are compared with it. Cold start is measured in a fresh interpreter per
variant.

Usage: python3 benchmarks/bench_language.py [--shared DIR]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

from aicoverage.adapters import _language

SUPPORTED = ["en", "pt", "es", "fr", "de", "it"]
# The unsupported Latin-script languages aicoverage gives lingua (adapters/_language.py).
UNSUPPORTED = list(_language._UNSUPPORTED_LATIN)
VARIANTS = {
    "full, supported (before)": (SUPPORTED, False),
    "low accuracy, supported": (SUPPORTED, True),
    "low accuracy, + unsupported Latin": (SUPPORTED + UNSUPPORTED, True),
    "full, + unsupported Latin": (SUPPORTED + UNSUPPORTED, False),
}
_RUNS = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’ \-]*")
_COLD = """
import re, sys, time
t0 = time.process_time()
from lingua import IsoCode639_1, Language, LanguageDetectorBuilder
codes, low = sys.argv[1].split(","), sys.argv[2] == "1"
b = LanguageDetectorBuilder.from_languages(
    *[Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in codes])
d = (b.with_low_accuracy_mode() if low else b).build()
d.detect_language_of("The export ban on advanced chips was loosened on Monday")
hwm = re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read())  # not inherited, unlike ru_maxrss
print(time.process_time() - t0, int(hwm[1]) / 1024)
"""


_ONE_ARTICLE = """
import re, time
t0 = time.process_time()
import aicoverage
art = aicoverage.load_text("Nvidia sold 500,000 chips to buyers in China last year, the company said on "
                           "Monday in a filing that analysts had expected for weeks.")
aicoverage.extract(art)
hwm = re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read())
print(time.process_time() - t0, int(hwm[1]) / 1024)
"""


def detector(codes: list[str], low: bool):  # type: ignore[no-untyped-def]
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    b = LanguageDetectorBuilder.from_languages(
        *[Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in codes]
    )
    return (b.with_low_accuracy_mode() if low else b).build()


def articles(shared: Path) -> list[str]:
    import trafilatura

    texts = [p.read_text("utf-8") for p in sorted((shared / "dev" / "articles").glob("*.txt"))]
    texts += [p.read_text("utf-8") for p in sorted(Path("seeds").glob("*.txt"))]
    for page in sorted((shared / "html-bench" / "pages").glob("*.html.gz")):
        with gzip.open(page, "rt", encoding="utf-8") as f:
            texts.append(trafilatura.extract(f.read(), include_comments=False) or "")
    return [t for t in texts if len(" ".join(_RUNS.findall(t))) >= 200]


def samples(texts: list[str]) -> list[tuple[int, str]]:
    out = []
    for text in texts:
        latin = " ".join(_RUNS.findall(text))
        for size in (4000, 300, 60):
            for frac in (0.0, 0.33, 0.66):
                start = int(frac * max(0, len(latin) - size))
                piece = latin[start : start + size]
                if len(piece) >= min(size, 60):
                    out.append((size, piece))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    args = ap.parse_args()
    items = samples(articles(Path(args.shared)))
    print(f"{len(items)} samples: {dict(Counter(size for size, _ in items))}")
    answers: dict[str, list[str | None]] = {}
    for name, (codes, low) in VARIANTS.items():
        d = detector(codes, low)
        answers[name] = [
            (lambda x: x.iso_code_639_1.name.lower() if x else None)(d.detect_language_of(s))
            for _, s in items
        ]
        cold = subprocess.run(
            [sys.executable, "-c", _COLD, ",".join(codes), "1" if low else "0"],
            capture_output=True, text=True, check=True,
        ).stdout.split()  # fmt: skip
        answers[name + " cold"] = cold
    ref = answers["full, supported (before)"]
    print("| variant | cold start CPU s | peak RSS MB | agreement 4000 / 300 / 60 chars |")
    print("|---|---|---|---|")
    for name in VARIANTS:
        got = answers[name]
        agree = []
        for size in (4000, 300, 60):
            idx = [i for i, (s, _) in enumerate(items) if s == size]
            agree.append(sum(got[i] == ref[i] for i in idx) / len(idx))
        cpu, rss = answers[name + " cold"]
        print(
            f"| {name} | {float(cpu):.2f} | {float(rss):.0f} | "
            + " / ".join(f"{a:.3f}" for a in agree)
            + " |"
        )
    cpu, rss = subprocess.run(
        [sys.executable, "-c", _ONE_ARTICLE], capture_output=True, text=True, check=True
    ).stdout.split()
    print(f"one short article, import to extraction, cold: {float(cpu):.2f} s CPU, {float(rss):.0f} MB peak")
    langs = Counter(ref[i] for i, (s, _) in enumerate(items) if s == 4000)
    print("languages (reference, 4000-char samples):", json.dumps(dict(langs.most_common())))
    low = answers["low accuracy, + unsupported Latin"]
    for size in (4000, 300):
        moved = Counter((ref[i], low[i]) for i, (s, _) in enumerate(items) if s == size and ref[i] != low[i])
        print(f"{size}-char samples that change with low accuracy + unsupported:", dict(moved.most_common()))


if __name__ == "__main__":
    main()
