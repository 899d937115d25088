"""What the quantity engine takes from CLDR, through babel: currencies, months, durations, percent.

Everything here is derived, per language, from babel's locale data, so a language babel knows gets
its currency names and symbols, month names and duration words without a table of ours.

>>> currency_terms("ru")["доллар сша"]
'USD'
>>> currency_terms("pt")["r$"]
'BRL'
>>> "января" in month_words("ru")
True
"""

from __future__ import annotations

import functools
import hashlib
import re
from pathlib import Path

import babel
from babel import Locale
from babel.numbers import get_territory_currencies, list_currencies

from aicoverage._tables import read_table
from aicoverage.quantities._cldrcache import cached

# Locales whose symbols are read besides the article's own, for symbols written in any text.
_SYMBOL_LOCALES = ("en", "en_CA", "en_AU", "es_MX", "pt", "zh", "ja", "ru", "fr", "de")
_LETTERS_THEN_SIGN = re.compile(r"^([A-Za-z]{1,3})([^\w\s*])$")  # "yen*" is a stem, not a sign
_DURATIONS = ("decade", "year", "quarter", "month", "week", "day", "hour")


@functools.cache
def locale_of(language: str) -> Locale:
    """The babel locale for one of our language codes (``data/languages.toml``)."""
    return Locale.parse(read_table("languages")["languages"].get(language, language))


def normalise(term: str) -> str:
    """The lookup key of a term: casefolded, inner whitespace (NBSP too) folded to one space."""
    return " ".join(term.casefold().split())


@functools.cache
def home_currency(language: str) -> str | None:
    """The currency of the language's likely territory (``ru`` -> RUB, ``pt`` -> BRL)."""
    from babel.core import get_global

    likely = get_global("likely_subtags").get(language)
    if not likely:
        return None
    territory = str(likely).split("_")[-1]
    found = get_territory_currencies(territory)
    return found[0] if found else None


@functools.cache
def _symbol_codes() -> dict[str, set[str]]:
    """Every currency symbol of the symbol locales, with all codes it stands for somewhere (kept on
    disk between processes: reading ten locales is most of a process's first call)."""
    stored = cached("currency-symbols", _extract_key(), _read_symbol_codes)
    return {symbol: set(codes) for symbol, codes in stored.items()}


def _read_symbol_codes() -> dict[str, list[str]]:
    codes: dict[str, set[str]] = {}
    for name in _SYMBOL_LOCALES:
        for code, symbol in Locale.parse(name).currency_symbols.items():
            if symbol != code:
                codes.setdefault(normalise(symbol), set()).add(code)
    return {symbol: sorted(found) for symbol, found in codes.items()}


@functools.cache
def _extract_key() -> str:
    """What an extract on disk was read with: babel's version and this module's code."""
    digest = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    return f"babel {babel.__version__}, _cldr {digest}"


@functools.cache
def ambiguous_symbols() -> frozenset[str]:
    """Symbols that stand for more than one currency ("$", "¥", "kr"): resolving them is an inference."""
    return frozenset(s for s, codes in _symbol_codes().items() if len(codes) > 1)


@functools.cache
def currency_terms(language: str) -> dict[str, str]:
    """Normalised currency names, plural forms and symbols of ``language`` (and English) -> ISO code.

    A symbol several currencies share resolves to the language's own reading of it, then to
    English's ("$" is USD unless the language's locale says otherwise).
    """
    terms: dict[str, str] = {}
    own = locale_of(language)
    for loc in (Locale.parse("en"), own):  # the article's language last: it wins
        plural = loc._data["currency_names_plural"]
        for code, name in loc.currencies.items():
            if len(code) != 3:
                continue
            terms[normalise(name)] = code
            for form in dict(plural.get(code, {})).values():
                terms.setdefault(normalise(form), code)
    for symbol, codes in _symbol_codes().items():
        if len(codes) == 1:
            terms[symbol] = next(iter(codes))
    for loc in (Locale.parse("en"), own):
        for code, symbol in loc.currency_symbols.items():
            if symbol != code:
                terms[normalise(symbol)] = code
    return terms


def symbol_variants(terms: dict[str, str]) -> list[str]:
    """Spellings with a space between letters and sign ("US $" for "US$"), common in scraped text."""
    out = []
    for term in terms:
        m = _LETTERS_THEN_SIGN.match(term)
        if m:
            out.append(f"{m.group(1)} {m.group(2)}")
    return out


@functools.cache
def currency_codes() -> frozenset[str]:
    """All ISO 4217 codes babel knows."""
    return frozenset(c for c in list_currencies() if len(c) == 3 and c.isalpha() and c.isupper())


@functools.cache
def month_words(language: str) -> frozenset[str]:
    """Month names (wide and abbreviated, format and stand-alone) in ``language``, casefolded."""
    loc = locale_of(language)
    words: set[str] = set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for name in loc.months.get(context, {}).get(width, {}).values():
                words.add(name.casefold().rstrip("."))
    # CJK month names are "1月": the digits are the number itself, not a word beside it.
    return frozenset(w for w in words if not any(ch.isdigit() for ch in w))


@functools.cache
def duration_words(language: str) -> dict[str, tuple[str, ...]]:
    """Duration unit -> its words in ``language`` from CLDR unit patterns ("{0} месяца" -> "месяца")."""
    patterns = locale_of(language)._data["unit_patterns"]
    out: dict[str, tuple[str, ...]] = {}
    for unit in _DURATIONS:
        words: set[str] = set()
        for width in ("long", "short"):
            forms = patterns.get(f"duration-{unit}", {}).get(width, {})
            for key, pattern in dict(forms).items():
                if key == "per":
                    continue
                word = pattern.replace("{0}", "").strip()
                if word and not any(ch.isnumeric() for ch in word):  # "个十年": the numerals' own
                    words.add(word)
        out[unit] = tuple(sorted(words))
    return out


@functools.cache
def measure_words(language: str, keys: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """CLDR unit key -> its words in ``language``: the long forms, and short forms of two letters or
    more ("GW", "kWh"; not "m", which is also a magnitude).

    >>> "ギガワット" in measure_words("ja", ("power-gigawatt",))["power-gigawatt"]
    True
    """
    patterns = locale_of(language)._data["unit_patterns"]
    out: dict[str, tuple[str, ...]] = {}
    for unit in keys:
        words: set[str] = set()
        for width in ("long", "short"):
            for key, pattern in dict(patterns.get(unit, {}).get(width, {})).items():
                word = pattern.replace("{0}", "").strip(" \u00a0\u202f")
                if key == "per" or not word or any(ch.isdigit() for ch in word) or "{" in word:
                    continue
                if width == "long" or len(word) >= 2:
                    words.add(word)
        out[unit] = tuple(sorted(words))
    return out


@functools.cache
def per_words(language: str) -> dict[str, tuple[str, ...]]:
    """Duration unit -> the "per" phrases of CLDR unit patterns ("{0} в год" -> "в год")."""
    patterns = locale_of(language)._data["unit_patterns"]
    out: dict[str, tuple[str, ...]] = {}
    for unit in _DURATIONS:
        words = set()
        for width in ("long",):
            per = dict(patterns.get(f"duration-{unit}", {}).get(width, {})).get("per")
            if per and per.startswith("{0}"):
                words.add(per.replace("{0}", "").strip())
        out[unit] = tuple(sorted(w for w in words if w))
    return out


@functools.cache
def percent_sign(language: str) -> str:
    """The locale's percent sign (usually "%")."""
    symbols = locale_of(language).number_symbols
    latn = symbols.get("latn", symbols)
    return str(latn.get("percentSign", "%"))
