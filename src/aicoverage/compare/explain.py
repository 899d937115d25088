"""Why a fact holds the claims it holds: ``aicoverage explain FACT_ID``.

Reads a :class:`~aicoverage.model.Comparison` or the JSON ``compare --json`` writes (as text, a
parsed mapping or a file path) and tells, claim by claim, the signals that joined it and the
guards that kept near neighbours out.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from aicoverage.errors import AicoverageError
from aicoverage.model import Comparison
from aicoverage.serialize import unstructure

__all__ = ["explain_fact"]


def _facts(source: Comparison | Mapping[str, Any] | str | os.PathLike[str]) -> list[Mapping[str, Any]]:
    if isinstance(source, Comparison):
        return list(unstructure(source.facts))
    data: Any = source
    if isinstance(source, os.PathLike) or (
        isinstance(source, str) and not source.lstrip().startswith(("{", "["))
    ):
        try:
            data = Path(source).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise AicoverageError(f"{os.fspath(source)}: cannot read a comparison: {e}") from e
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except (ValueError, RecursionError) as e:
            raise AicoverageError(f"not a comparison JSON: {e}") from None
    facts = data.get("facts") if isinstance(data, Mapping) else data
    if not isinstance(facts, list):
        raise AicoverageError("a comparison JSON needs a list 'facts'")
    return [f for f in facts if isinstance(f, Mapping)]


def _where(item: Mapping[str, Any]) -> tuple[str, int]:
    return str(item.get("article")), int(item.get("start", -1))


def explain_fact(source: Comparison | Mapping[str, Any] | str | os.PathLike[str], fact_id: str) -> str:
    """The claims of fact ``fact_id`` in ``source`` and, for each, why it was joined.

    >>> from decimal import Decimal
    >>> from aicoverage.model import Fact, FactClaim, Claim, Quantity, Kind, Status, Evidence
    >>> q = Quantity(kind=Kind.PERCENT, low=Decimal(17), high=Decimal(17), unit="percent")
    >>> c = Claim(start=4, end=7, text="17%", quantity=q, sentence="fell 17%", sentence_start=0)
    >>> fact = Fact(id="fact-001", label="Nvidia · share price change (percent)", status=Status.AGREE,
    ...             claims=(FactClaim("a.txt", c), FactClaim("b.txt", c)),
    ...             evidence=(Evidence("b.txt", 4, 7, ("holder", "measure")),))
    >>> print(explain_fact(Comparison(facts=(fact,)), "fact-001"))
    fact-001: Nvidia · share price change (percent) [agree]
      a.txt@4 '17%': first claim
      b.txt@4 '17%': joined by holder, measure
    """
    facts = _facts(source)
    fact = next((f for f in facts if f.get("id") == fact_id), None)
    if fact is None:
        known = ", ".join(str(f.get("id")) for f in facts[:5])
        raise AicoverageError(
            f"no fact {fact_id!r} in the comparison (facts: {known}{', ...' if len(facts) > 5 else ''})"
        )
    evidence = [e for e in fact.get("evidence", []) if isinstance(e, Mapping)]
    joined: dict[tuple[str, int], list[Mapping[str, Any]]] = {}
    for e in evidence:
        if not e.get("guard"):
            joined.setdefault(_where(e), []).append(e)
    claims = [c for c in fact.get("claims", []) if isinstance(c, Mapping)]
    # The claim that started the fact has no evidence entry; every other one has its signals.
    reasons: list[Mapping[str, Any] | None] = []
    for claim in claims:
        entries = joined.get(_where(claim), [])
        reasons.append(entries.pop(0) if entries else None)
    sheet = "fact sheet" in str(fact.get("note") or "")
    lines = [f"{fact_id}: {fact.get('label')} [{fact.get('status')}]"]
    for claim, reason in zip(claims, reasons, strict=True):
        if reason is not None and reason.get("signals"):
            why = "joined by " + ", ".join(reason["signals"])
        else:
            why = "from the fact sheet" if sheet else "first claim"
        where = _where(claim)
        lines.append(f"  {where[0]}@{where[1]} {claim.get('text')!r}: {why}")
    for e in evidence:
        if e.get("guard"):
            lines.append(f"  kept out {e.get('article')}@{e.get('start')}: {e['guard']}")
    return "\n".join(lines)
