"""The seeds' claims in a pandas DataFrame (needs pandas: ``pip install pandas``).

    python examples/claims_to_pandas.py

One row per claim with its fact and the fact's status, then a pivot: how many claims per
language and status.
"""

from __future__ import annotations

from pathlib import Path

import aicoverage

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def main() -> None:
    try:
        import pandas as pd
    except ImportError:
        print("pandas is not installed: pip install pandas")
        return
    articles = [a for a in aicoverage.load_many([SEEDS]) if isinstance(a, aicoverage.Article)]
    comparison = aicoverage.compare(aicoverage.extract(a) for a in articles)
    language = {x.article.source.path: x.article.language for x in comparison.articles}
    rows = [
        {
            "fact": fact.id,
            "status": fact.status.value,
            "article": fc.article,
            "language": language[fc.article],
            "text": fc.claim.text,
            "low": float(fc.claim.low),
            "high": float(fc.claim.high),
            "currency": fc.claim.currency,
            "unit": fc.claim.unit,
        }
        for fact in comparison.facts
        for fc in fact.claims
    ]
    claims = pd.DataFrame(rows)
    print(claims.head(10).to_string())
    print(
        claims.pivot_table(index="language", columns="status", values="text", aggfunc="count", fill_value=0)
    )


if __name__ == "__main__":
    main()
