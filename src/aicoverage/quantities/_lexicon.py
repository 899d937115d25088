"""One language's compiled context patterns: what may stand before and after a numeral.

Built once per language (cached) from CLDR through babel (:mod:`._cldr`) and the tables
``data/quantities.toml`` (signs every language shares) and ``data/quantities/<language>.toml``
(words). The engine in :mod:`._engine` only reads the named groups these patterns capture.

>>> lex = lexicon("ru")
>>> lex.read_before("стоимостью около $", 0, 18)["bound"]
(11, 'около')
>>> lex.bound_of("около")
<Bound.APPROX: 'approx'>
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import evolve, frozen

from aicoverage._scripts import ALPHABETIC, ALPHABETIC_LETTER, HAN, KANA, UNSPACED
from aicoverage._tables import read_table
from aicoverage._wordtrie import trie_pattern
from aicoverage.model import Bound
from aicoverage.quantities import _cldr
from aicoverage.quantities._currencynames import currency_name_variants
from aicoverage.quantities._partmatch import PartMatch
from aicoverage.quantities._wordset import WordSet, skip_space

# A word that starts with a letter of an alphabetic script must not continue one ("от" in "Ответ");
# CJK words have no spaces, so they get no such guard.
_ALPHA = ALPHABETIC
_NOT_AFTER_LETTER = f"(?<!{ALPHABETIC_LETTER})"
_NOT_BEFORE_LETTER = f"(?!{ALPHABETIC_LETTER})"
_FLAGS = re.IGNORECASE
# Up to two names or product codes between a number and its noun: "1,000 H100 GPUs",
# "2,048 Nvidia H800 chips", "50,000 Hopper chips" (capitalised tokens only).
# A token's dots are inside it ("Llama-3.1"), never its end: "20,000 GPUs. The company" has no unit
# "company"; and neither crosses a line.
_TOKEN = "(?-i:[A-Z][\\w-]*(?:\\.[\\w-]+)*)"
_PRODUCT = f"{_TOKEN}(?:[^\\S\\n\\r]+{_TOKEN})?"
_V = TypeVar("_V")
Reading = PartMatch | re.Match[str]
"""What the readers return: a pattern's match, or one put together from several and word lookups."""
_ONE_LETTER_SIGN = re.compile(r"^[^\W\d_] ?[^\w\s]$")


def _words(table: dict[str, Any], *path: str) -> list[str]:
    node: Any = table
    for key in path:
        node = node.get(key, {}) if isinstance(node, dict) else {}
    if isinstance(node, dict):
        return [w for words in node.values() for w in words]
    return list(node)


_LETTER = re.compile(f"[{_ALPHA}]")


def _guarded(words: Iterable[str], *, codes: Iterable[str] = (), backwards: bool = False) -> str:
    """A regex matching any of ``words``; a word is never cut out of a longer word.

    Words that start or end with a sign ("$", "%", "R$", "d'") may touch letters on that side.
    ``backwards``: for text read backwards, each word reversed (its head guarded by its last letter).
    """
    words = list(words)
    step = -1 if backwards else 1

    def flip(word: str) -> str:
        return word[::step]

    before, after = _NOT_AFTER_LETTER, _NOT_BEFORE_LETTER
    branches = []
    for head in (True, False):
        for tail in (True, False):
            chosen = [
                flip(w)
                for w in words
                if (_LETTER.match(w) is not None, _LETTER.match(w[-1:]) is not None) == (head, tail)
            ]
            if chosen:
                first, last = (tail, head) if backwards else (head, tail)
                branches.append(f"{before if first else ''}{trie_pattern(chosen)}{after if last else ''}")
    if codes:  # ISO codes only in capitals: "all"/"top"/"cup" are words, not ALL/TOP/CUP
        branches.insert(0, f"{before}(?-i:{trie_pattern(flip(c) for c in codes)}){after}")
    return f"(?:{'|'.join(branches) or '(?!)'})"


def _group(name: str, words: Iterable[str], *, codes: Iterable[str] = ()) -> str:
    """:func:`_guarded` as the named group ``name``."""
    return f"(?P<{name}>{_guarded(words, codes=codes)})"


@functools.cache
def _stem_regex(entry: str) -> re.Pattern[str]:
    return re.compile(r"\s+".join(r"\w*".join(map(re.escape, w.split("*"))) for w in entry.split()))


def _lookup(mapping: Mapping[str, _V], term: str) -> _V | None:
    """``mapping[term]``, or the value of the longest stem entry ("доллар*", "приближа* к") matching it."""
    key = _cldr.normalise(term)
    if key in mapping:
        return mapping[key]
    best = None
    for entry, value in mapping.items():
        if "*" in entry and _stem_regex(entry).fullmatch(key) and (best is None or len(entry) > len(best[0])):
            best = (entry, value)
    return best[1] if best else None


@frozen
class Lexicon:
    """Compiled patterns and lookups of one language."""

    language: str
    currency_back: WordSet
    """Read backwards from a numeral: the currency word or sign right before it."""
    pct_back: re.Pattern[str]
    """Read backwards after that currency: a percent word before the numeral ("百分之")."""
    before: tuple[re.Pattern[str], ...]
    """Matched at the start of the text before a numeral read backwards (see :meth:`read_before`)."""
    after_head: re.Pattern[str]
    """Right after a numeral, tried first: percent, tenths ("割"), multiple."""
    currency: WordSet
    """Then a currency word or sign (``after_glue`` may stand before it: "de dólares")."""
    after_glue: re.Pattern[str]
    after_plain: re.Pattern[str]
    """All that may follow a numeral but a currency: ``after_head``, then a minor unit, a duration,
    a counted noun (group ``space``: the space it starts with; ``cur`` is never taken)."""
    tail: re.Pattern[str]
    """Matched after the unit: a rate's period, a qualifier that follows ("or more", "以上")."""
    mid_unit: WordSet
    """A currency word between the two numerals of a range ("5 dollars to 10")."""
    range_currency: WordSet
    """A currency word after a range's connector ("5 to $10")."""
    connector: re.Pattern[str]
    """Matched between two numerals that form a range (after a mid unit); group ``rest``: the
    currency word that may follow, checked against ``range_currency``."""
    pair_mid: re.Pattern[str]
    """Matched between two numerals when an opener ("between", "от") precedes the first."""
    date_after: re.Pattern[str]
    date_before: re.Pattern[str]
    version_after: re.Pattern[str]
    reference_before: re.Pattern[str]
    """Matched on the text before a number read backwards: "№", "No.", "статья", "第" (no amounts)."""
    ordinal_after: re.Pattern[str]
    """Matched right after a number: an ordinal sign ("5º", "3. Quartal" where the table says so)."""
    money_before: re.Pattern[str]
    openers: frozenset[str]
    """First words of range pairs ("between", "от")."""
    percent_scale: dict[str, Decimal]
    """Percent prefixes that divide ("千分之" is per mille: 10)."""
    bounds: dict[str, Bound]
    after_bounds: dict[str, Bound]
    currencies: dict[str, str]
    """CLDR currency names, plural forms and symbols -> ISO code."""
    names: dict[str, str]
    """Exact currency spellings of the tables (they win over CLDR's)."""
    generic_currencies: dict[str, str]
    """Generic currency words of the tables ("доллар*"): resolving them is an inference."""
    minor_units: dict[str, tuple[str, int]]
    units: dict[str, str]
    per: dict[str, str]
    classifier_noun: re.Pattern[str] | None
    """A CJK measure word, then (within a few characters) a counted noun ("颗…GPU")."""
    cents: re.Pattern[str]
    """Matched between an amount and its cents ("$20 and 43c"); group ``zero``: a place skipped ("零")."""
    bound_joiner: re.Pattern[str]
    """Matched between two opposite bounds that make one interval."""
    ratio: re.Pattern[str]
    """Between the two numbers of a ratio ("one in five", "2 out of 3")."""
    scaled_percent: re.Pattern[str]
    """A per-mille-style prefix at the start of a numeral ("千分之一")."""
    close_mid: re.Pattern[str]
    """Between two numbers of a pair that a closer ends ("在20和30之间")."""
    closer: re.Pattern[str]
    alternatives: frozenset[str]
    """Range connectors that offer alternatives ("or"): a range only within one magnitude."""
    repeats: frozenset[str]
    """Multiple words that also count events ("times", "раз"): a factor only beside a cue."""
    factor_after: re.Pattern[str]
    """Matched after such a word when it multiplies: "more", "cheaper", "as", "the"."""
    factor_before: re.Pattern[str]
    """Matched on the text before the number read backwards when it multiplies: "by", "grew", "в"."""
    joined_minor: re.Pattern[str]
    """Minor units that count only right after an amount ("五元三毛": 角, 毛, 分), group ``jminor``."""
    joined_divisors: dict[str, int]
    bare_minor: int
    unit_initials: frozenset[str] = frozenset()
    """First characters of the unit words that are not letters of an alphabet ("兆瓦", "千米")."""
    """What a bare number after an amount is a part of: 100 ("$20 and 43"), 10 in Chinese ("一块二")."""

    def read_before(self, text: str, lo: int, end: int) -> dict[str, tuple[int, str]]:
        """What stands right before ``end`` (not before ``lo``): group name -> (start, text).

        Groups: ``multbefore``, ``bound``, ``glue``, ``opener``, ``pctbefore``, ``cur``. The text is read
        backwards so that one anchored match does what a search over every start would.
        """
        back = text[lo:end][::-1]
        head = self._read_head(back)  # the currency or percent sign nearest the number
        at = head.end()
        m = None
        for pattern in self.before:  # a bound may end in a word that is also glue or an opener
            found = pattern.match(back, at)
            if found is not None and (m is None or found.end() > m.end() or _more_bound(found, m)):
                m = found
        reads = [r for r in (head, m) if r is not None]
        if max((r.end() for r in reads), default=0) == 0:
            return {}
        return {
            g: (end - r.end(g), v[::-1]) for r in reads for g, v in r.groupdict().items() if v is not None
        }

    def _read_head(self, back: str) -> Reading:
        start = skip_space(back, 0, len(back))
        cur = self.currency_back.first_end(back, start)
        pct = self.pct_back.match(back, cur or 0)
        assert pct is not None  # the pattern is optional
        return pct if cur is None else PartMatch.of(pct, cur=(start, cur))

    def read_after(self, text: str, pos: int) -> Reading | None:
        """The unit right after a numeral that ends at ``pos``: groups ``space``, ``pct``, ``tenth``
        and ``half``, ``mult``, ``cur``, ``minor``, ``dur``, ``noun`` or ``ofnoun``, tried in this
        order (a percent sign, tenths or a multiple before a currency, a currency before a noun)."""
        at = pos + 1 if text[pos : pos + 1].isspace() else pos
        cur = self._currency_at(text, at)
        if cur is None:  # most often: one pattern reads the rest
            return self.after_plain.match(text, pos)
        m = self.after_head.match(text, at)
        if m is not None:
            return PartMatch(text, (pos, m.end()), {**PartMatch.of(m).spans, "space": (pos, at)})
        return PartMatch(text, (pos, cur[1]), {"space": (pos, at), "cur": cur})

    def _currency_at(self, text: str, at: int) -> tuple[int, int] | None:
        """The currency word at ``at``, or after a glue word there ("de dólares")."""
        glue = self.after_glue.match(text, at)
        for start in ([glue.end()] if glue is not None else []) + [at]:
            end = self.currency.first_end(text, start)
            if end is not None:
                return start, end
        return None

    def read_range(self, text: str, start: int, stop: int, *, paired: bool = False) -> Reading | None:
        """``text[start:stop]`` when it joins two numerals into a range: a connector ("to", "-"),
        or with ``paired`` the second word of a pair ("and" after "between"); a currency word may
        stand before it (group ``unitmid``) and, after a connector, after it (group ``cur``)."""
        pattern = self.pair_mid if paired else self.connector
        at = skip_space(text, start, stop)
        mids = [(end, {"unitmid": (at, end)}) for end in self.mid_unit.ends(text, at, stop)]
        for pos, spans in [*mids, (start, {})]:
            m = pattern.fullmatch(text, pos, stop)
            if m is None:
                continue
            rest = m.span("rest") if not paired and m.group("rest") is not None else None
            if rest is None and not spans:
                return m
            if rest is not None and rest[1] not in self.range_currency.ends(text, rest[0], stop):
                continue
            found = {name: m.span(name) for name in ("conn", "mid") if m.groupdict().get(name) is not None}
            return PartMatch(text, (start, stop), {**spans, **found, **({"cur": rest} if rest else {})})
        return None

    def is_alternative(self, word: str) -> bool:
        return _cldr.normalise(word) in self.alternatives

    def is_repeat(self, word: str) -> bool:
        return _cldr.normalise(word) in self.repeats

    def joined_divisor(self, word: str) -> int:
        return self.joined_divisors.get(_cldr.normalise(word), 100)

    def is_opener(self, word: str) -> bool:
        """True for the first word of a range pair ("between", "от", "de")."""
        return _cldr.normalise(word) in self.openers

    def before_bound(self, word: str) -> bool:
        """Whether ``word`` (or a bound it begins) may also stand before a number ("maior de")."""
        key = _cldr.normalise(word)
        return any(b.startswith(key) for b in self.bounds)

    def bound_of(self, word: str) -> Bound:
        return _lookup(self.bounds, word) or Bound.EXACT

    def after_bound_of(self, word: str) -> Bound:
        return _lookup(self.after_bounds, word) or Bound.EXACT

    def currency_of(self, term: str) -> tuple[str | None, bool]:
        """ISO code of a currency term and whether it was inferred (an ambiguous sign or word)."""
        key = _cldr.normalise(term)
        if key.upper() in _cldr.currency_codes() and term.isupper():
            return key.upper(), False
        code = _lookup(self.names, key) or _lookup(self.names, key.replace(" ", ""))
        if code is not None:
            return code, False
        if key in self.generic_currencies and not any(c.isalpha() for c in key):  # "￥" in Chinese: yuan
            return self.generic_currencies[key], True
        code = self.currencies.get(key) or self.currencies.get(key.replace(" ", ""))
        if code is not None:
            return code, key.replace(" ", "") in _cldr.ambiguous_symbols()
        generic = _lookup(self.generic_currencies, term)
        return generic, generic is not None

    def unit_of(self, word: str) -> str | None:
        return _lookup(self.units, word)

    def per_of(self, phrase: str) -> str | None:
        return _lookup(self.per, phrase)

    def minor_of(self, word: str) -> tuple[str, int] | None:
        key = _cldr.normalise(word)
        for entry, value in sorted(self.minor_units.items(), key=lambda kv: -len(kv[0])):
            if key == entry or ("*" in entry and _stem_regex(entry).fullmatch(key)):
                return value
        return None


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


def _more_bound(found: re.Match[str], m: re.Match[str]) -> bool:
    """Of two readings as long, the one that takes a word as a bound ("до" is glue or "up to")."""
    return found.end() == m.end() and found.group("bound") is not None and m.group("bound") is None


def _bound_table(*tables: dict[str, Any], section: str) -> dict[str, Bound]:
    out: dict[str, Bound] = {}
    for table in tables:
        for name, words in table.get(section, {}).items():
            if name in Bound.__members__.values() or name in {b.value for b in Bound}:
                for w in words:
                    out[_cldr.normalise(w)] = Bound(name)
    return out


@functools.cache
def lexicon(language: str) -> Lexicon:
    """The compiled lexicon of ``language`` (an ISO 639-1 code we have tables for)."""
    common = read_table("quantities")
    own = read_table("quantities", language)
    both = (common, own)

    bounds = _bound_table(*both, section="before")
    after_bounds = _bound_table(*both, section="after")
    currencies = {**currency_name_variants(language), **_cldr.currency_terms(language)}
    generic = {_cldr.normalise(k): v for k, v in own.get("money", {}).get("words", {}).items()}
    names = {
        _cldr.normalise(k): v for table in both for k, v in table.get("money", {}).get("names", {}).items()
    }
    minor = {_cldr.normalise(k): (v[0], int(v[1])) for k, v in own.get("money", {}).get("minor", {}).items()}
    spelled = {**currencies, **names, **generic}
    # A sign with a one-letter prefix that is also a word of the language ("A$" and English "a",
    # "E$" and Portuguese "e") only in capitals: "a $157bn valuation" is an article, not AUD.
    letter_words = {w.casefold() for w in own.get("money", {}).get("letter_words", [])}
    lettered = {
        w
        for w in [*spelled, *_cldr.symbol_variants(spelled)]
        if _ONE_LETTER_SIGN.match(w) and w[0].casefold() in letter_words
    }
    currency_words = [w for w in [*spelled, *_cldr.symbol_variants(spelled)] if w not in lettered]
    cased = [*_cldr.currency_codes(), *(w.upper() for w in lettered)]
    # Codes that are words ("ALL 5 solutions", "TOP 10 models") are currencies only after the amount.
    word_codes = {c.upper() for table in both for c in table.get("money", {}).get("word_codes", [])}
    cased_before = [c for c in cased if c not in word_codes]

    units: dict[str, str] = {}
    for unit, words in own.get("counted", {}).items():
        for w in words:
            units[_cldr.normalise(w)] = unit
    measures = common.get("measures", {})
    for key, words in _cldr.measure_words(language, tuple(measures)).items():
        for w in words:
            units.setdefault(_cldr.normalise(w), measures[key])
    durations: dict[str, str] = {}
    cldr_durations = _cldr.duration_words(language)
    for unit in set(cldr_durations) | set(own.get("duration", {})):
        for w in (*cldr_durations.get(unit, ()), *own.get("duration", {}).get(unit, ())):
            durations[_cldr.normalise(w)] = unit
    per: dict[str, str] = {}
    cldr_per = _cldr.per_words(language)
    for unit in set(cldr_per) | set(own.get("per", {})):
        for w in (*cldr_per.get(unit, ()), *own.get("per", {}).get(unit, ())):
            per[_cldr.normalise(w)] = unit

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
    pct_back = f"(?:\\s*{rev('pctbefore', _spaced([*_words(own, 'percent', 'before'), *scaled]))})?"
    tail = (
        f"(?:\\s*{rev('bound', before_bound)})?"
        f"(?:\\s*{rev('multbefore', _words(own, 'multiple', 'before'))})?"
    )
    joiner_opt = "?" if own.get("range", {}).get("bound_joiner_optional") else ""
    opener = f"(?:\\s*{rev('opener', [p[0] for p in own.get('range', {}).get('pairs', [])])})?"
    glue = f"(?:\\s*{rev('glue', _words(own, 'before', 'glue'))})?"
    before = (opener + glue + tail, opener + tail, tail)  # after the head, compiled once
    noun_glue = _guarded(_words(own, "noun", "glue"))
    after_head = (
        f"(?P<pct>\\s*{trie_pattern(_spaced(percent_after))}){_NOT_BEFORE_LETTER}"
        f"|\\s*{tenths}"
        f"|(?P<mult>{trie_pattern(multiple_after)}){_NOT_BEFORE_LETTER}"
    )
    after_tail = (
        f"(?:\\s*-\\s*|\\s*){_group('minor', minor)}"
        f"|(?:\\s*-\\s*|\\s*){_group('dur', durations)}"
        f"|(?:\\s*-\\s*|\\s*)(?:{_PRODUCT}[^\\S\\n\\r]+)?(?:{ALPHABETIC_LETTER}+-)?{_group('noun', units)}"
        f"|(?:\\s*{noun_glue}\\s*){_group('ofnoun', units)}"
    )
    # a bound after a comma still qualifies the amount: "$500 billion, at least"; a CJK word after
    # a comma opens the next clause ("15美元,上下文": no "上下", about)
    comma = f"(?:,(?!\\s*[{HAN}{KANA}]))?"
    trailing = f"\\s*(?:{_group('per', per)}|{comma}\\s*{_group('afterbound', after_bounds)})"
    connectors = [*_words(common, "range", "connectors"), *_words(own, "range", "connectors")]
    connector = f"\\s*{_group('conn', connectors)}\\s*(?P<rest>\\S(?:.*\\S)?)?\\s*"
    pair_mid = f"\\s*{_group('mid', [p[1] for p in own.get('range', {}).get('pairs', [])])}\\s*"
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
    currency = WordSet.of(currency_words, codes=cased)
    return Lexicon(
        language=language,
        currency_back=WordSet.of(currency_words, codes=cased_before, backwards=True),
        pct_back=re.compile(pct_back, _FLAGS),
        before=tuple(re.compile(p, _FLAGS) for p in before),
        after_head=re.compile(after_head, _FLAGS),
        currency=currency,
        after_glue=re.compile(f"\\s*{noun_glue}\\s*", _FLAGS),
        after_plain=re.compile(f"(?P<space>\\s?)(?:{after_head}|{after_tail}|(?P<cur>(?!)))", _FLAGS),
        tail=re.compile(trailing, _FLAGS),
        mid_unit=evolve(currency, codes=frozenset()),
        range_currency=evolve(currency, codes=_cldr.currency_codes()),
        connector=re.compile(connector, _FLAGS | re.DOTALL),
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
        currencies=currencies,
        names=names,
        generic_currencies=generic,
        minor_units=minor,
        units={**units, **durations},
        per=per,
        classifier_noun=classifier_noun,
        bound_joiner=re.compile(
            f"\\s*{_group('bj', _words(own, 'range', 'bound_joiners'))}{joiner_opt}\\s*", _FLAGS
        ),
        scaled_percent=re.compile(trie_pattern(scaled) if scaled else "(?!)", _FLAGS),
        ratio=re.compile(f"\\s+{_group('ratio', _words(own, 'range', 'ratio'))}\\s+", _FLAGS),
        close_mid=re.compile(f"\\s*{_group('cmid', _words(own, 'range', 'close_mids'))}\\s*", _FLAGS),
        closer=re.compile(f"\\s*{_group('closer', _words(own, 'range', 'closers'))}", _FLAGS),
        cents=re.compile(
            f"\\s*(?:{_group('and', _words(own, 'money', 'joiners'))}\\s*)?"
            f"(?:{_group('zero', _words(own, 'money', 'zero_joiners'))}\\s*)?",
            _FLAGS,
        ),
        alternatives=frozenset(_cldr.normalise(w) for w in own.get("range", {}).get("alternatives", [])),
        repeats=frozenset(_cldr.normalise(w) for w in multiple.get("repeat", [])),
        factor_after=re.compile(f"\\s*-?\\s*{factor_after}", _FLAGS),
        factor_before=re.compile(f"\\s*{factor_before}", _FLAGS),
        joined_minor=re.compile(f"\\s*{_group('jminor', joined)}", _FLAGS),
        joined_divisors=joined,
        bare_minor=int(own.get("money", {}).get("bare_minor", 100)),
        unit_initials=frozenset(w[0] for w in units if w and not _LETTER.match(w[0])),
    )
