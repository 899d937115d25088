"""aicoverage: compare how one AI story is covered across outlets and languages.

Load articles in whatever shape they arrive, extract numeric claims and quotes, line up the same
fact across sources and write comparison workbooks.

>>> from aicoverage import parse_quantity
>>> parse_quantity("25 %", language="ru").kind.value
'percent'
"""

from __future__ import annotations

from typing import Any

from aicoverage.adapters import load, load_many, load_records, load_text
from aicoverage.compare import compare, explain_fact, group_stories, parse_rate
from aicoverage.errors import (
    AdapterPluginError,
    AicoverageError,
    DataTableError,
    DecodeError,
    EmptySourceError,
    ExportError,
    FieldMapError,
    FormatError,
    NotRegularFileError,
    OwnOutputError,
    PluginError,
    RateError,
    SourceError,
    SourceTooLargeError,
    UnreadableFolderError,
    UnsupportedFormatError,
    UnsupportedLanguageError,
)
from aicoverage.exporters import export
from aicoverage.extract import extract
from aicoverage.extract.entities import find_entities, load_gazetteer
from aicoverage.extract.records import claims_records, quotes_records
from aicoverage.model import (
    Article,
    Bound,
    Claim,
    Comment,
    Comparison,
    EntityMention,
    Evidence,
    Extraction,
    Fact,
    FactClaim,
    Kind,
    Problem,
    Quantity,
    QuantityMention,
    Quote,
    Rate,
    Rule,
    Section,
    SetAside,
    Source,
    Speaker,
    Status,
    TextSpan,
)
from aicoverage.quantities import find_quantities, parse_quantity
from aicoverage.runs import extract_many

__all__ = [
    "AdapterPluginError",
    "AicoverageError",
    "Article",
    "Bound",
    "Claim",
    "Comment",
    "Comparison",
    "DataTableError",
    "DecodeError",
    "EmptySourceError",
    "EntityMention",
    "Evidence",
    "ExportError",
    "Extraction",
    "Fact",
    "FactClaim",
    "FieldMapError",
    "FormatError",
    "Kind",
    "NotRegularFileError",
    "OwnOutputError",
    "PluginError",
    "Problem",
    "Quantity",
    "QuantityMention",
    "Quote",
    "Rate",
    "RateError",
    "Rule",
    "Section",
    "SetAside",
    "Source",
    "SourceError",
    "SourceTooLargeError",
    "Speaker",
    "Status",
    "TextSpan",
    "UnreadableFolderError",
    "UnsupportedFormatError",
    "UnsupportedLanguageError",
    "claims_records",
    "compare",
    "explain_fact",
    "export",
    "extract",
    "extract_many",
    "find_entities",
    "find_quantities",
    "group_stories",
    "load",
    "load_gazetteer",
    "load_many",
    "load_records",
    "load_text",
    "parse_quantity",
    "parse_rate",
    "quotes_records",
]


def __getattr__(name: str) -> Any:
    # __version__ is read lazily so importing aicoverage does not touch package metadata.
    if name == "__version__":
        from importlib.metadata import version

        return version("aicoverage")
    raise AttributeError(f"module 'aicoverage' has no attribute {name!r}")
