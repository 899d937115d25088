"""aicoverage: compare how one AI story is covered across outlets and languages.

Load articles in whatever shape they arrive, extract numeric claims and quotes, line up the same
fact across sources and write comparison workbooks.

>>> from aicoverage import parse_quantity
>>> parse_quantity("25 %", language="ru").kind.value
'percent'

Each name is imported on first use (PEP 562): ``from aicoverage import find_quantities`` loads the
quantity engine, not the comparison, the exporters and the adapters.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_HOMES = {
    "AdapterPluginError": "aicoverage.errors",
    "AicoverageError": "aicoverage.errors",
    "Article": "aicoverage.model",
    "Bound": "aicoverage.model",
    "Claim": "aicoverage.model",
    "Comment": "aicoverage.model",
    "Comparison": "aicoverage.model",
    "DataTableError": "aicoverage.errors",
    "DecodeError": "aicoverage.errors",
    "EmptySourceError": "aicoverage.errors",
    "EntityMention": "aicoverage.model",
    "Evidence": "aicoverage.model",
    "ExportError": "aicoverage.errors",
    "Extraction": "aicoverage.model",
    "Fact": "aicoverage.model",
    "FactClaim": "aicoverage.model",
    "FieldMapError": "aicoverage.errors",
    "FormatError": "aicoverage.errors",
    "Kind": "aicoverage.model",
    "NotRegularFileError": "aicoverage.errors",
    "OwnOutputError": "aicoverage.errors",
    "PluginError": "aicoverage.errors",
    "Problem": "aicoverage.model",
    "Quantity": "aicoverage.model",
    "QuantityMention": "aicoverage.model",
    "Quote": "aicoverage.model",
    "Rate": "aicoverage.model",
    "RateError": "aicoverage.errors",
    "Rule": "aicoverage.model",
    "Section": "aicoverage.model",
    "SetAside": "aicoverage.model",
    "Source": "aicoverage.model",
    "SourceError": "aicoverage.errors",
    "SourceTooLargeError": "aicoverage.errors",
    "Speaker": "aicoverage.model",
    "Status": "aicoverage.model",
    "TextSpan": "aicoverage.model",
    "UnreadableFolderError": "aicoverage.errors",
    "UnsupportedFormatError": "aicoverage.errors",
    "UnsupportedLanguageError": "aicoverage.errors",
    "claims_records": "aicoverage.extract.records",
    "compare": "aicoverage.compare",
    "explain_fact": "aicoverage.compare",
    "export": "aicoverage.exporters",
    "extract": "aicoverage.extract",
    "extract_many": "aicoverage.runs",
    "find_entities": "aicoverage.extract.entities",
    "find_quantities": "aicoverage.quantities",
    "group_stories": "aicoverage.compare",
    "load": "aicoverage.adapters",
    "load_gazetteer": "aicoverage.extract.entities",
    "load_many": "aicoverage.adapters",
    "load_records": "aicoverage.adapters",
    "load_text": "aicoverage.adapters",
    "parse_quantity": "aicoverage.quantities",
    "parse_rate": "aicoverage.compare",
    "quotes_records": "aicoverage.extract.records",
}
"""Where each public name lives."""


_FUNCTIONS_OVER_PACKAGES = frozenset({"compare", "extract"})
"""Names of both a function and a subpackage: ``aicoverage.compare`` is the function."""


class _Package(types.ModuleType):
    """This package, which keeps ``compare`` and ``extract`` the functions when their subpackages
    are imported (the import system would put the modules in their place)."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _FUNCTIONS_OVER_PACKAGES and isinstance(value, types.ModuleType):
            return  # the subpackage stays in sys.modules
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        value = getattr(importlib.import_module(_HOMES[name]), name)
        globals()[name] = value  # once: later reads do not come here
        return value
    # __version__ is read lazily so importing aicoverage does not touch package metadata.
    if name == "__version__":
        from importlib.metadata import version

        return version("aicoverage")
    raise AttributeError(f"module 'aicoverage' has no attribute {name!r}")


def __dir__() -> list[str]:
    return [*__all__, "__version__"]
