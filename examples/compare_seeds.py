"""Compare the bundled seed articles and write the comparison workbook.

    python examples/compare_seeds.py [OUTPUT.xlsx]

Loads the five seeds (Russian, Portuguese, Chinese), extracts their claims, lines up the same facts
across them and prints every fact stated by more than one source, then writes the workbook (and
the lossless JSON beside it).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import aicoverage

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def main(output: Path) -> None:
    articles = [a for a in aicoverage.load_many([SEEDS]) if isinstance(a, aicoverage.Article)]
    comparison = aicoverage.compare(aicoverage.extract(a) for a in articles)
    for fact in comparison.facts:
        sources = {fc.article for fc in fact.claims}
        if len(sources) < 2:
            continue
        print(f"{fact.id}  {fact.status.value:<22} spread {fact.spread}  {fact.label}")
        for fc in fact.claims:
            print(f"    {Path(fc.article).name}: {fc.claim.text!r} = {fc.claim.low}..{fc.claim.high}")
    aicoverage.export(comparison, output)
    aicoverage.export(comparison, output.with_suffix(".json"))
    print(f"wrote {output} and {output.with_suffix('.json')}")


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "coverage.xlsx"
    main(target)
