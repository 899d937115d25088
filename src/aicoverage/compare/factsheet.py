"""The user's fact sheet: facts named in advance, whose claims are lined up before any automatic match.

A fact sheet is a TOML or JSON file with a list ``fact``; each entry has an ``id``, a ``label`` and
any of ``subject`` (a canonical entity name), ``kind``, ``unit``, ``currency`` and ``keywords`` (a
table of words per language, or ``"*"`` for any language). A claim belongs to the entry whose
subject and keywords it matches best; an entry must match by subject or keyword, never by value.

>>> sheet = parse_fact_sheet('''
... [[fact]]
... id = "v3-cost"
... label = "DeepSeek-V3 training cost"
... subject = "DeepSeek"
... kind = "money"
... keywords = {en = ["training"], ru = ["обучени"]}
... ''', path="facts.toml")
>>> sheet[0].id, sheet[0].words("ru")
('v3-cost', ('обучени',))
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import cattrs
from attrs import field, frozen

from aicoverage.compare.units import same_kind
from aicoverage.errors import DataTableError
from aicoverage.model import Claim, Kind
from aicoverage.serialize import structure


@frozen
class Keywords:
    """Words that signal a fact in one language (``"*"``: any language); matched case-insensitively."""

    language: str
    words: tuple[str, ...]


@frozen
class FactSpec:
    """One fact of the user's fact sheet."""

    id: str
    label: str
    subject: str | None = None
    kind: Kind | None = None
    unit: str | None = None
    currency: str | None = None
    keywords: tuple[Keywords, ...] = field(default=())

    def words(self, language: str | None) -> tuple[str, ...]:
        """The keywords for ``language`` plus those for any language."""
        out: list[str] = []
        for k in self.keywords:
            if k.language in ("*", language):
                out.extend(k.words)
        return tuple(out)

    def match(self, claim: Claim, *, language: str | None, entities: frozenset[str]) -> int:
        """How well ``claim`` fits (0: not at all): 2 for the subject plus 1 per keyword found."""
        q = claim.quantity
        if self.kind is not None and q.kind is not self.kind:
            return 0
        if self.unit is not None and not (q.unit is not None and same_kind(q.unit, self.unit)):
            return 0
        if self.currency is not None and q.currency not in (None, self.currency):
            return 0
        sentence = claim.sentence.casefold()
        score = sum(1 for w in self.words(language) if w.casefold() in sentence)
        if self.subject is not None:
            if claim.subject == self.subject or self.subject in entities:
                score += 2
            elif claim.subject is not None:
                return 0
        return score


def parse_fact_sheet(text: str, *, path: str) -> tuple[FactSpec, ...]:
    """The facts of a fact sheet's ``text`` (TOML, or JSON when ``path`` ends in ``.json``)."""
    try:
        data: Any = json.loads(text) if path.lower().endswith(".json") else tomllib.loads(text)
    except (ValueError, tomllib.TOMLDecodeError) as e:
        raise DataTableError(f"{path}: not a valid fact sheet: {e}") from e
    except RecursionError:
        raise DataTableError(f"{path}: not a valid fact sheet: nested too deeply") from None
    entries = data.get("fact", data.get("facts")) if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise DataTableError(f"{path}: a fact sheet needs a list 'fact' of facts")
    specs: list[FactSpec] = []
    for n, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or "id" not in entry or "label" not in entry:
            raise DataTableError(f"{path}: fact {n} needs an 'id' and a 'label'")
        entry = dict(entry)
        words = entry.pop("keywords", {})
        if isinstance(words, list):
            words = {"*": words}
        if not isinstance(words, dict):
            raise DataTableError(f"{path}: fact {entry['id']!r}: 'keywords' must map languages to words")
        for language, ws in words.items():
            if not isinstance(ws, list) or not all(isinstance(w, str) for w in ws):
                raise DataTableError(
                    f"{path}: fact {entry['id']!r}: keywords for {language!r} must be a list of words,"
                    f" got {type(ws).__name__}"
                )
        entry["keywords"] = [{"language": k, "words": v} for k, v in sorted(words.items())]
        try:
            specs.append(structure(entry, FactSpec))
        except (cattrs.BaseValidationError, ValueError, TypeError, RecursionError) as e:
            raise DataTableError(f"{path}: fact {entry['id']!r} is malformed: {e}") from e
    ids = [s.id for s in specs]
    if len(set(ids)) != len(ids):
        raise DataTableError(f"{path}: fact ids must be unique")
    return tuple(specs)


def load_fact_sheet(path: str | os.PathLike[str]) -> tuple[FactSpec, ...]:
    """The facts of the fact sheet file at ``path``."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as e:
        raise DataTableError(f"{path}: cannot read fact sheet: {e.strerror}") from e
    except UnicodeDecodeError as e:
        raise DataTableError(
            f"{path}: a fact sheet must be UTF-8 text: {e.reason} at byte {e.start}"
        ) from None
    return parse_fact_sheet(text, path=str(path))


def pick_spec(
    specs: Sequence[FactSpec], claim: Claim, *, language: str | None, entities: frozenset[str]
) -> FactSpec | None:
    """The sheet fact ``claim`` fits best (first on ties), or None."""
    best: tuple[int, FactSpec] | None = None
    for spec in specs:
        score = spec.match(claim, language=language, entities=entities)
        if score > 0 and (best is None or score > best[0]):
            best = (score, spec)
    return best[1] if best else None
