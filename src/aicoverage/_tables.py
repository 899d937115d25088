"""The one cached reader of the language tables under ``aicoverage/data/``.

Tables are TOML files: ``data/<name>.toml`` for tables shared by all languages and
``data/<name>/<language>.toml`` for per-language ones. Everything language-specific that CLDR
(through babel) does not provide lives there; code never spells out words of a language.

>>> read_table("languages")["languages"]["zh"]
'zh_Hans'
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import Any

from aicoverage.errors import DataTableError, UnsupportedLanguageError

_DATA = "aicoverage.data"


@functools.cache
def read_table(name: str, language: str | None = None) -> dict[str, Any]:
    """The parsed table ``name`` (for ``language``, if given); an empty dict if that language has none.

    A table shared by all languages that is missing is an error: it ships with the package.
    """
    base = resources.files(_DATA)
    path = base.joinpath(name, f"{language}.toml") if language else base.joinpath(f"{name}.toml")
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if language is not None:
            return {}
        raise DataTableError(f"missing data table {name!r}") from None
    try:
        return tomllib.loads(raw)
    except tomllib.TOMLDecodeError as e:
        raise DataTableError(f"data table {name}/{language or ''}: {e}") from e


@functools.cache
def supported_languages() -> tuple[str, ...]:
    """ISO 639-1 codes aicoverage supports, from ``data/languages.toml``."""
    return tuple(read_table("languages")["supported"])


def check_language(language: str) -> str:
    """``language`` normalised (``"pt-BR"`` -> ``"pt"``), or :class:`UnsupportedLanguageError`.

    >>> check_language("pt-BR")
    'pt'
    """
    code = language.replace("_", "-").split("-")[0].lower()
    if code not in supported_languages():
        raise UnsupportedLanguageError(language, supported_languages())
    return code
