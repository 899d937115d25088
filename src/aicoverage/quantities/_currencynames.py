"""Spellings of CLDR's currency names that writers use besides CLDR's own, derived by rule.

CLDR writes Japanese currency names as country and unit with a space ("スイス フラン",
"ナイジェリア ナイラ"); articles write them run together ("スイスフラン"), with a middle dot
("スイス・フラン"), with a prefix spelt otherwise ("新台湾ドル" as "ニュー台湾ドル" or "台湾ドル")
or as the unit alone where only one current currency has it ("ナイラ"; not a unit that is also a
word of the language, ``words``: "ゴールド"). The rules are data
(``data/quantities/<language>.toml``, ``[money] name_variants``), applied to the names of the
language's locale; a variant never replaces a spelling CLDR or the tables already give.

>>> variants = currency_name_variants("ja")
>>> variants["スイス・フラン"], variants["スイスフラン"], variants["ナイラ"], variants["台湾ドル"]
('CHF', 'CHF', 'NGN', 'TWD')
>>> "ドル" in variants  # many currencies are dollars: the unit alone names none
False
>>> currency_name_variants("en")
{}
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Any

from babel.core import get_global
from babel.numbers import get_territory_currencies

from aicoverage._tables import read_table
from aicoverage.quantities._cldr import locale_of, normalise

__all__ = ["currency_name_variants"]

_HISTORIC = re.compile(r"[(（\d]")  # "アンゴラ クワンザ (1977–1991)": a currency no longer in use
_SHORTEST_UNIT = 3  # "ソル", "ドン" alone are words more often than currencies


@functools.cache
def _current_codes() -> frozenset[str]:
    """The currencies some territory uses today (CLDR's territory data)."""
    territories = get_global("territory_currencies")
    return frozenset(code for t in territories for code in get_territory_currencies(t))


def _joined(name: str, joiners: list[str]) -> list[str]:
    words = name.split()
    return [j.join(words) for j in joiners] if len(words) > 1 else []


def _prefixed(name: str, prefixes: dict[str, list[str]]) -> list[str]:
    return [new + name[len(old) :] for old, news in prefixes.items() if name.startswith(old) for new in news]


def _spellings(name: str, rules: dict[str, Any]) -> list[str]:
    joiners = list(rules.get("joiners", []))
    out = []
    for form in [name, *_prefixed(name, rules.get("prefixes", {}))]:
        out.append(form)
        out.extend(_joined(form, joiners))
    return [w for w in out if w != name and len(w) > 1]


@functools.cache
def currency_name_variants(language: str) -> dict[str, str]:
    """Normalised variant spellings of ``language``'s current CLDR currency names -> ISO code."""
    rules: dict[str, Any] = read_table("quantities", language).get("money", {}).get("name_variants", {})
    if not rules:
        return {}
    names = {
        code: name
        for code, name in locale_of(language).currencies.items()
        if code in _current_codes() and not _HISTORIC.search(name)
    }
    out: dict[str, str] = {}
    for code, name in names.items():
        for form in _spellings(name, rules):
            out.setdefault(normalise(form), code)
    if rules.get("unit_alone"):
        words = frozenset(rules.get("words", []))
        units = Counter(name.split()[-1] for name in names.values() if len(name.split()) > 1)
        for code, name in names.items():
            unit = name.split()[-1]
            if (
                len(name.split()) > 1
                and units[unit] == 1
                and len(unit) >= _SHORTEST_UNIT
                and unit not in words
            ):
                out.setdefault(normalise(unit), code)
    taken = {normalise(name) for name in names.values()}
    return {k: v for k, v in out.items() if k not in taken}
