"""Building one language's :class:`~._readings.Lexicon`: what may stand before and after a numeral.

Built once per language (cached) from CLDR through babel (:mod:`._cldr`) and the tables
``data/quantities.toml`` (signs every language shares) and ``data/quantities/<language>.toml``
(words): short context patterns, compiled, and the long word lists (currencies) as lookups. The
readers of :mod:`._readings` put them together; the engine only reads the named groups.

>>> lex = lexicon("ru")
>>> lex.language, lex.bound_of("около")
('ru', <Bound.APPROX: 'approx'>)
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from attrs import evolve, frozen

from aicoverage._scripts import ALPHABETIC_LETTER, CAPITAL_LETTER, HAN, KANA, UNSPACED
from aicoverage._tables import read_table
from aicoverage._wordtrie import trie_pattern
from aicoverage.model import Bound
from aicoverage.quantities import _cldr
from aicoverage.quantities._currencynames import currency_name_variants
from aicoverage.quantities._lastwords import last_words
from aicoverage.quantities._readings import Lexicon
from aicoverage.quantities._wordset import WordSet, is_letter

# A word that starts with a letter of an alphabetic script must not continue one ("от" in "Ответ");
# CJK words have no spaces, so they get no such guard.
_NOT_AFTER_LETTER = f"(?<!{ALPHABETIC_LETTER})"
_NOT_BEFORE_LETTER = f"(?!{ALPHABETIC_LETTER})"
_FLAGS = re.IGNORECASE
# Up to two names or product codes between a number and its noun: "1,000 H100 GPUs",
# "2,048 Nvidia H800 chips", "50,000 Hopper chips" (capitalised tokens only, after a space: "3D
# chips" are no three chips).
# A token's dots are inside it ("Llama-3.1"), never its end: "20,000 GPUs. The company" has no unit
# "company"; and neither crosses a paragraph. Between such words, spaces or the one line break of
# text wrapped by hand ("5,000 Gaudi\nnext-generation chips").
_GAP = "(?:[^\\S\\n\\r]+|[^\\S\\n\\r]*\\r?\\n[^\\S\\n\\r]*(?![\\r\\n]))"
_TOKEN = "(?-i:[A-Z][\\w-]*(?:\\.[\\w-]+)*)"
_PRODUCT = f"{_TOKEN}(?:{_GAP}{_TOKEN})?"
_ONE_LETTER_SIGN = re.compile(r"^[^\W\d_] ?[^\w\s]$")


def _words(table: dict[str, Any], *path: str) -> list[str]:
    node: Any = table
    for key in path:
        node = node.get(key, {}) if isinstance(node, dict) else {}
    if isinstance(node, dict):
        return [w for words in node.values() for w in words]
    return list(node)


def _guarded(
    words: Iterable[str], *, codes: Iterable[str] = (), backwards: bool = False, closing: bool = False
) -> str:
    """A regex matching any of ``words``; a word is never cut out of a longer word.

    Words that start or end with a sign ("$", "%", "R$", "d'") may touch letters on that side.
    ``backwards``: for text read backwards, each word reversed (its head guarded by its last letter).
    ``closing``: a word may close a longer one (the last part of a compound: "Firmenkunden").
    """
    words = list(words)
    step = -1 if backwards else 1

    def flip(word: str) -> str:
        return word[::step]

    before, after = _NOT_AFTER_LETTER, _NOT_BEFORE_LETTER
    branches = []
    for head in (True, False):
        for tail in (True, False):
            chosen = [flip(w) for w in words if (is_letter(w[:1]), is_letter(w[-1:])) == (head, tail)]
            if chosen:
                first, last = (tail, head) if backwards else (head, tail)
                guard = before if first and not closing else ""
                branches.append(f"{guard}{trie_pattern(chosen)}{after if last else ''}")
    if codes:  # ISO codes only in capitals: "all"/"top"/"cup" are words, not ALL/TOP/CUP
        branches.insert(0, f"{before}(?-i:{trie_pattern(flip(c) for c in codes)}){after}")
    return f"(?:{'|'.join(branches) or '(?!)'})"


def _group(name: str, words: Iterable[str], *, codes: Iterable[str] = (), closing: bool = False) -> str:
    """:func:`_guarded` as the named group ``name``."""
    return f"(?P<{name}>{_guarded(words, codes=codes, closing=closing)})"


_UNSPACED_WORD = re.compile(f"[{UNSPACED}]{{2,5}}")


def _spaced(words: Iterable[str]) -> list[str]:
    """``words`` and, for words of scripts written without spaces, every spelling with stray spaces
    between their characters ("百 分 之", "个百分 点", "パ ーセ ント")."""
    out = list(words)
    for w in words:
        if _UNSPACED_WORD.fullmatch(w):
            for gaps in itertools.product(("", " "), repeat=len(w) - 1):
                spread = w[0] + "".join(g + ch for g, ch in zip(gaps, w[1:], strict=True))
                out.append(spread)
    return out


def _bound_table(*tables: dict[str, Any], section: str) -> dict[str, Bound]:
    out: dict[str, Bound] = {}
    for table in tables:
        for name, words in table.get(section, {}).items():
            if name in Bound.__members__.values() or name in {b.value for b in Bound}:
                for w in words:
                    out[_cldr.normalise(w)] = Bound(name)
    return out


@frozen
class _Money:
    """A language's currency words, as the lexicon is built from them."""

    currencies: dict[str, str]
    """CLDR's names, plurals and symbols (the language's and English's) -> ISO code."""
    names: dict[str, str]
    generic: dict[str, str]
    minor: dict[str, tuple[str, int]]
    words: list[str]
    """Every spelling to look for (a one-letter sign that is also a word only in capitals)."""
    cased: list[str]
    """ISO codes and those capital one-letter signs, matched as written."""
    cased_before: list[str]
    """Those that may stand before an amount (not "ALL", "TOP": words first)."""


def _money_words(language: str, own: dict[str, Any], both: tuple[dict[str, Any], ...]) -> _Money:
    money = own.get("money", {})
    currencies = {**currency_name_variants(language), **_cldr.currency_terms(language)}
    generic = {_cldr.normalise(k): v for k, v in money.get("words", {}).items()}
    names = {_cldr.normalise(k): v for t in both for k, v in t.get("money", {}).get("names", {}).items()}
    minor = {_cldr.normalise(k): (v[0], int(v[1])) for k, v in money.get("minor", {}).items()}
    spelled = {**currencies, **names, **generic}
    # A sign with a one-letter prefix that is also a word of the language ("A$" and English "a",
    # "E$" and Portuguese "e") only in capitals: "a $157bn valuation" is an article, not AUD.
    letter_words = {w.casefold() for w in money.get("letter_words", [])}
    every = [*spelled, *_cldr.symbol_variants(spelled)]
    lettered = {w for w in every if _ONE_LETTER_SIGN.match(w) and w[0].casefold() in letter_words}
    cased = [*_cldr.currency_codes(), *(w.upper() for w in lettered)]
    # Codes that are words ("ALL 5 solutions", "TOP 10 models") are currencies only after the amount.
    word_codes = {c.upper() for t in both for c in t.get("money", {}).get("word_codes", [])}
    words = [w for w in every if w not in lettered]
    return _Money(currencies, names, generic, minor, words, cased, [c for c in cased if c not in word_codes])


def _unit_words(
    language: str, common: dict[str, Any], own: dict[str, Any]
) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Counted nouns and units of measure, durations, and the periods of rates -> unit id."""
    units: dict[str, str] = {}
    for unit, words in own.get("counted", {}).items():
        for w in words:
            units[_cldr.normalise(w)] = unit
    measures = common.get("measures", {})
    for key, words in _cldr.measure_words(language, tuple(measures)).items():
        for w in words:
            units.setdefault(_cldr.normalise(w), measures[key])
    return (
        units,
        _merged(_cldr.duration_words(language), _units_only(own.get("duration", {}))),
        _merged(_cldr.per_words(language), _units_only(own.get("per", {}))),
    )


_SECTION_OPTIONS = frozenset({"half_after", "not_before"})
"""Keys of ``[duration]`` and ``[per]`` that are no unit ids: words read around them."""


def _units_only(section: dict[str, list[str]]) -> dict[str, list[str]]:
    return {k: v for k, v in section.items() if k not in _SECTION_OPTIONS}


def _keys(words: Iterable[str]) -> frozenset[str]:
    """``words`` as lookup keys (normalised)."""
    return frozenset(map(_cldr.normalise, words))


def _following(words: list[str]) -> re.Pattern[str] | None:
    """A pattern for any of ``words`` after optional whitespace, or None when there are none."""
    return re.compile(f"\\s*{_guarded(words)}", _FLAGS) if words else None


def _merged(cldr: dict[str, tuple[str, ...]], table: dict[str, list[str]]) -> dict[str, str]:
    """Words of CLDR and of the table, normalised -> unit id (the table's last)."""
    out: dict[str, str] = {}
    for unit in sorted(set(cldr) | set(table)):  # in one order: a word of two units, the same one
        for w in (*cldr.get(unit, ()), *table.get(unit, ())):
            out[_cldr.normalise(w)] = unit
    return out


@functools.cache
def lexicon(language: str) -> Lexicon:
    """The compiled lexicon of ``language`` (an ISO 639-1 code we have tables for)."""
    common = read_table("quantities")
    own = read_table("quantities", language)
    both = (common, own)

    bounds = _bound_table(*both, section="before")
    after_bounds = _bound_table(*both, section="after")
    money = _money_words(language, own, both)
    units, durations, per = _unit_words(language, common, own)

    scaled = {
        _cldr.normalise(k): Decimal(v) for k, v in own.get("percent", {}).get("scaled_before", {}).items()
    }
    half = _group("half", _words(own, "percent", "tenths_half"))
    tenths = f"{_group('tenth', _words(own, 'percent', 'tenths'))}{half}?"
    percent_after = [*_words(common, "percent", "after"), *_words(own, "percent", "after")]
    percent_after.append(_cldr.percent_sign(language))
    multiple_after = [*_words(common, "multiple", "after"), *_words(own, "multiple", "after")]

    bound_words = list(bounds)
    before_bound = bound_words

    def rev(name: str, words: Iterable[str], codes: Iterable[str] = ()) -> str:
        return f"(?P<{name}>{_guarded(words, codes=codes, backwards=True)})"

    # Read backwards: the number's nearest neighbour first. A bound may itself end in a word that is
    # also glue or an opener ("приближается к", "mais de"), so three variants are tried.
    pct_back = f"(?:\\s*+{rev('pctbefore', _spaced([*_words(own, 'percent', 'before'), *scaled]))})?"
    tail = (
        f"(?:\\s*+{rev('bound', before_bound)})?"
        f"(?:\\s*+{rev('multbefore', _words(own, 'multiple', 'before'))})?"
    )
    joiner_opt = "?" if own.get("range", {}).get("bound_joiner_optional") else ""
    opener = f"(?:\\s*+{rev('opener', [p[0] for p in own.get('range', {}).get('pairs', [])])})?"
    glue = f"(?:\\s*+{rev('glue', _words(own, 'before', 'glue'))})?"
    before = (opener + glue + tail, opener + tail, tail)  # after the head, compiled once
    before_words = [  # all that read_before reads but the currencies
        *_spaced([*_words(own, "percent", "before"), *scaled]),
        *before_bound,
        *_words(own, "multiple", "before"),
        *(p[0] for p in own.get("range", {}).get("pairs", [])),
        *_words(own, "before", "glue"),
    ]
    before_last = last_words([*before_words, *money.words, *money.cased_before])
    noun_glue = _guarded(_words(own, "noun", "glue"))
    epithet_words = _words(own, "noun", "epithets")
    # up to two words of the table between a number and its noun ("five new sites", "fünf neue
    # Server"), tried only when the noun does not follow at once ("660 square meters" is no "meters")
    epithets = f"(?:(?:{_guarded(epithet_words)}{_GAP}){{1,2}}?)??" if epithet_words else ""
    # where nouns compound (German), a counted noun may close a longer noun, capitalised as nouns
    # are there: "2000 Firmenkunden" (not the verb "darzustellen", which ends like "Stellen")
    compounds = bool(own.get("noun", {}).get("compounds"))
    # "three of its regions": a determiner between "of" and the noun (not "two of the company's")
    owners = _words(own, "noun", "determiners")
    owner = f"(?:{_guarded(owners)}[^\\S\\n\\r]+)?" if owners else ""
    # (the word itself first: "Gigawatt" is gigawatts, not "Giga" and watts)
    closed = f"(?:{CAPITAL_LETTER}{ALPHABETIC_LETTER}*?)??" if compounds else ""
    noun = (
        f"(?:(?<=\\s){_PRODUCT}{_GAP})?{epithets}(?:{ALPHABETIC_LETTER}+-)?{closed}"
        f"{_group('noun', units, closing=compounds)}"
    )
    after_head = (
        f"(?P<pct>\\s*+{trie_pattern(_spaced(percent_after))}){_NOT_BEFORE_LETTER}"
        f"|\\s*+{tenths}"
        f"|(?P<mult>{trie_pattern(multiple_after)}){_NOT_BEFORE_LETTER}"
    )
    after_tail = (
        f"(?:\\s*+-\\s*+|\\s*+){_group('minor', money.minor)}"
        f"|(?:\\s*+-\\s*+|\\s*+){_group('dur', durations)}"
        f"|(?:\\s*+-\\s*+|\\s*+){noun}"
        f"|(?:\\s*+{noun_glue}\\s*+){owner}(?>{_group('ofnoun', units)})(?!['’]s)"
    )
    # a bound after a comma still qualifies the amount: "$500 billion, at least"; a CJK word after
    # a comma opens the next clause ("15美元,上下文": no "上下", about)
    comma = f"(?:,(?!\\s*[{HAN}{KANA}]))?"
    # words that open like a bound after the number but are none: "100人内部" (internal), not "内"
    not_after = _words(own, "after", "not_bounds")
    unbound = f"(?!{trie_pattern(not_after)})" if not_after else ""
    trailing = f"\\s*+(?:{_group('per', per)}|{comma}\\s*+{unbound}{_group('afterbound', after_bounds)})"
    connectors = [*_words(common, "range", "connectors"), *_words(own, "range", "connectors")]
    connector = f"\\s*{_group('conn', connectors)}\\s*(?P<rest>\\S(?:.*\\S)?)?\\s*"
    pair_seconds = [p[1] for p in own.get("range", {}).get("pairs", [])]
    pair_mid = f"\\s*{_group('mid', pair_seconds)}\\s*"
    close_mids = _words(own, "range", "close_mids")
    classifiers = _words(own, "classifiers", "words")
    classifier_noun = None
    if classifiers:
        classifier_noun = re.compile(
            f"(?P<cls>{trie_pattern(classifiers)})"
            f"(?:[^\\s，。,.;；:：！？!?]{{0,12}}?{_group('noun', units)})?",
            _FLAGS,
        )
    references = [*_words(common, "not_quantity", "before"), *_words(own, "not_quantity", "before")]
    ordinal_signs = trie_pattern(_words(common, "not_quantity", "after"))
    ordinal_after = ordinal_signs
    if own.get("not_quantity", {}).get("ordinal_dot"):  # German "3. Quartal", "1. Januar"
        ordinal_after = f"(?:{ordinal_signs}|-?\\.\\s+(?-i:[A-ZÄÖÜ]))"
    dates_after = [*_words(own, "dates", "after"), *_cldr.month_words(language)]
    multiple = own.get("multiple", {})
    factor_after = _guarded(multiple.get("factor_after", []))
    factor_before = _guarded(multiple.get("factor_before", []), backwards=True)
    joined = {_cldr.normalise(k): int(v) for k, v in own.get("money", {}).get("joined_minor", {}).items()}
    currency = WordSet.of(money.words, codes=money.cased)
    return Lexicon(
        language=language,
        currency_back=WordSet.of(money.words, codes=money.cased_before, backwards=True),
        pct_back=re.compile(pct_back, _FLAGS),
        before=tuple(re.compile(p, _FLAGS) for p in before),
        # the last words of everything read before a number (see _lastwords): most places end none
        before_last=re.compile(
            f"\\s*+{_guarded(before_last, backwards=True)}",
            _FLAGS,
        ),
        after_head=re.compile(after_head, _FLAGS),
        currency=currency,
        after_glue=re.compile(f"\\s*{noun_glue}\\s*", _FLAGS),
        # the space is kept once taken (possessive): a unit never starts with a space, and a failed
        # match is not tried again without it (2.5 times faster where nothing follows)
        after_plain=re.compile(f"(?P<space>\\s?+)(?:{after_head}|{after_tail}|(?P<cur>(?!)))", _FLAGS),
        tail=re.compile(trailing, _FLAGS),
        mid_unit=evolve(currency, codes=frozenset()),
        range_currency=evolve(currency, codes=_cldr.currency_codes()),
        connector=re.compile(connector, _FLAGS | re.DOTALL),
        range_word=re.compile(_guarded([*connectors, *pair_seconds, *close_mids]), _FLAGS),
        pair_mid=re.compile(pair_mid, _FLAGS),
        date_after=re.compile(f"\\.?\\s*(?:{noun_glue}\\s+)?{_group('date', dates_after)}", _FLAGS),
        reference_before=re.compile(f"\\s*{_guarded(references, backwards=True)}", _FLAGS),
        ordinal_after=re.compile(ordinal_after, _FLAGS),
        date_before=re.compile(f"{_group('date', _cldr.month_words(language))}\\.?\\s*$", _FLAGS),
        version_after=re.compile(f"\\s*{_group('ver', _words(common, 'version', 'after'))}", _FLAGS),
        money_before=re.compile(_group("money", _words(own, "money", "before")), _FLAGS),
        percent_scale=scaled,
        openers=frozenset(_cldr.normalise(p[0]) for p in own.get("range", {}).get("pairs", [])),
        bounds=bounds,
        after_bounds=after_bounds,
        currencies=money.currencies,
        names=money.names,
        generic_currencies=money.generic,
        minor_units=money.minor,
        units={**units, **durations},
        per=per,
        classifier_noun=classifier_noun,
        bound_joiner=re.compile(
            f"\\s*{_group('bj', _words(own, 'range', 'bound_joiners'))}{joiner_opt}\\s*", _FLAGS
        ),
        scaled_percent=re.compile(trie_pattern(scaled) if scaled else "(?!)", _FLAGS),
        ratio=re.compile(f"\\s+{_group('ratio', _words(own, 'range', 'ratio'))}\\s+", _FLAGS),
        ratio_noun=re.compile(
            f"(?:['’]|\\s+)(?P<noun>[^\\W\\d_]+(?:-[^\\W\\d_]+)*)\\s+"
            f"{_group('ratio', _words(own, 'range', 'ratio'))}\\s+",
            _FLAGS,
        ),
        ratio_reversed=re.compile(
            f"\\s*{_group('ratio', _words(own, 'range', 'ratio_reversed'))}\\s*", _FLAGS
        ),
        close_mid=re.compile(f"\\s*{_group('cmid', close_mids)}\\s*", _FLAGS),
        closer=re.compile(f"\\s*{_group('closer', _words(own, 'range', 'closers'))}", _FLAGS),
        cents=re.compile(
            f"\\s*(?:{_group('and', _words(own, 'money', 'joiners'))}\\s*)?"
            f"(?:{_group('zero', _words(own, 'money', 'zero_joiners'))}\\s*)?",
            _FLAGS,
        ),
        alternatives=_keys(_words(own, "range", "alternatives")),
        repeats=_keys(multiple.get("repeat", [])),
        multiple_words=_keys(multiple.get("words", [])),
        per_stop=_following(_words(own, "per", "not_before")),
        not_bounds=tuple(sorted(_keys(_words(own, "before", "not_bounds")))),
        rounds=_keys(_words(read_table("numerals", language), "words", "syntax", "approximate")),
        half_after=_following(_words(own, "duration", "half_after")),
        duration_scales={k: (str(v[0]), int(v[1])) for k, v in common.get("duration_scale", {}).items()},
        articles=_keys(_words(own, "noun", "articles")),
        points=_keys(_words(own, "percent", "points")),
        time_bounds=_keys(_words(own, "dates", "time_bounds")),
        factor_after=re.compile(f"\\s*-?\\s*{factor_after}", _FLAGS),
        factor_before=re.compile(f"\\s*{factor_before}", _FLAGS),
        joined_minor=re.compile(f"\\s*{_group('jminor', joined)}", _FLAGS),
        joined_divisors=joined,
        bare_minor=int(own.get("money", {}).get("bare_minor", 100)),
        unit_initials=frozenset(w[0] for w in units if w and not is_letter(w[0])),
    )
