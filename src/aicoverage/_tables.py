"""The one cached reader of the language tables under ``aicoverage/data/``.

Tables are TOML files: ``data/<name>.toml`` for tables shared by all languages and
``data/<name>/<language>.toml`` for per-language ones. Everything language-specific that CLDR
(through babel) does not provide lives there; code never spells out words of a language.

>>> read_table("languages")["languages"]["zh"]
'zh_Hans'

The tables the quantity engine reads (``numerals``, ``quantities``) are checked against the keys
they may hold (:data:`_SCHEMAS`): a misspelt section or key is a :class:`DataTableError` naming the
file, the key and the nearest known one, never a silently empty lookup.
"""

from __future__ import annotations

import difflib
import functools
import re
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
        table = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as e:
        raise DataTableError(f"data table {name}/{language or ''}: {e}") from e
    if name in _SCHEMAS:
        where = f"data/{name}/{language}.toml" if language else f"data/{name}.toml"
        check_keys(table, _SCHEMAS[name], where=where)
    return table


def _names(words: str) -> frozenset[str]:
    return frozenset(words.split())


_Keys = frozenset[str] | str
"""Allowed keys of a section: a set of names, or a rule for keys that are data ("number", "id", "any")."""

_NUMERAL_SYNTAX = _names(
    "alone and_half approximate article article_after article_then article_units "
    "compound compound_joiners elide_final_vowel fraction_after_and "
    "fraction_joiners fraction_of joiners negative not_after ordinal_suffixes over point teens_after "
    "unit_multipliers units_before_tens "
    "weak"
)
_SCHEMAS: dict[str, dict[str, _Keys]] = {
    "numerals": {
        "": frozenset({"borrowed_magnitudes"}),
        "cjk": _names(
            "abbreviated_tail and_fraction and_half context counting digit_words digits few formal fraction "
            "half "
            "half_before halves joined_before minus more negative percent_denominators point power "
            "sections tens times units"
        ),
        "kana": frozenset({"readings"}),
        "magnitudes": "number",
        "magnitudes_cased": "number",
        "magnitudes_glued": "number",
        "magnitudes_money": "number",
        "vague": frozenset({"amounts", "few", "joiners", "orders", "plurals"}),
        "words": frozenset(
            {"fractions", "multipliers", "numbers", "ordinal_units", "phrases", "stems", "syntax"}
        ),
        "words.syntax": _NUMERAL_SYNTAX,
    },
    "quantities": {
        "after": frozenset({"approx", "at_least", "at_most", "exact", "not_bounds"}),
        "before": frozenset({"approx", "at_least", "at_most", "exact", "glue", "not_bounds"}),
        "classifiers": frozenset({"words"}),
        "counted": "id",
        "dates": frozenset({"after", "bare_years", "time_bounds"}),
        "duration": frozenset(
            {"second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "half_after"}
        ),
        "duration_scale": frozenset({"decade", "quarter"}),
        "measures": "any",
        "money": _names(
            "bare_minor before joined_minor joined_minor_of joiners letter_words minor name_variants names "
            "word_codes words zero_joiners"
        ),
        "money.name_variants": frozenset({"joiners", "prefixes", "unit_alone", "words"}),
        "multiple": frozenset({"after", "before", "factor_after", "factor_before", "repeat", "words"}),
        "not_quantity": frozenset({"after", "before", "ordinal_dot"}),
        "noun": frozenset({"articles", "compounds", "determiners", "epithets", "glue"}),
        "per": frozenset(
            {"second", "minute", "hour", "day", "week", "month", "quarter", "year", "not_before"}
        ),
        "percent": _names("after before discounts points scaled_before tenth_parts tenths tenths_half"),
        "range": _names(
            "alternatives bound_joiner_optional bound_joiners close_mids closers connectors pairs"
            " ratio ratio_reversed"
        ),
        "version": frozenset({"after"}),
    },
    "units": {"durations": "id", "families": "id"},
}
_ID = re.compile(r"[a-z][a-z0-9_]*")
_NUMBER = re.compile(r"\d+(?:\.\d+)?(?:e\d+)?")


def check_keys(table: dict[str, Any], schema: dict[str, _Keys], *, where: str) -> None:
    """Raise :class:`DataTableError` for a section or key of ``table`` that ``schema`` does not know.

    >>> check_keys({"range": {"conectors": ["-"]}}, _SCHEMAS["quantities"], where="x.toml")
    Traceback (most recent call last):
    ...
    aicoverage.errors.DataTableError: x.toml: unknown key 'conectors' in [range] (did you mean 'connectors'?)
    """
    for section, body in table.items():
        if not isinstance(body, dict):
            _check(section, schema.get("", frozenset()), section="top level", where=where)
            continue
        if section not in schema:
            known = frozenset(k for k in schema if k and "." not in k)
            _check(section, known, section="top level", where=where)
        rule = schema[section]
        for key, value in body.items():
            _check(key, rule, section=f"[{section}]", where=where)
            inner = schema.get(f"{section}.{key}")
            if inner is not None and isinstance(value, dict):
                for sub in value:
                    _check(sub, inner, section=f"[{section}.{key}]", where=where)


def _check(key: str, rule: _Keys, *, section: str, where: str) -> None:
    if rule == "any":
        return
    if rule == "number":
        if not _NUMBER.fullmatch(key):
            raise DataTableError(f"{where}: {section} key {key!r} is not a number")
        return
    if rule == "id":
        if not _ID.fullmatch(key):
            raise DataTableError(f"{where}: {section} key {key!r} is not a lowercase id")
        return
    assert isinstance(rule, frozenset)
    if key not in rule:
        near = difflib.get_close_matches(key, sorted(rule), n=1)
        hint = f" (did you mean {near[0]!r}?)" if near else ""
        raise DataTableError(f"{where}: unknown key {key!r} in {section}{hint}")


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


def languages_of(language: str | None) -> tuple[str, ...]:
    """The languages whose tables serve ``language``: its own, or every supported one when it is
    None or not supported (their words merged).

    >>> languages_of("pt-BR"), len(languages_of(None)) == len(supported_languages())
    (('pt',), True)
    """
    if language is None:
        return supported_languages()
    try:
        return (check_language(language),)
    except UnsupportedLanguageError:
        return supported_languages()
