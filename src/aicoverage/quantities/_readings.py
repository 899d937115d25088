"""One language's lexicon as the engine reads it: compiled context patterns, word lookups and
tables, and the readers that put them together around a numeral (what stands before it, after it,
between two). :func:`._lexicon.lexicon` builds it.

>>> from aicoverage.quantities._lexicon import lexicon
>>> lex = lexicon("ru")
>>> lex.read_before("стоимостью около $", 0, 18)["bound"]
(11, 'около')
>>> lex.bound_of("около")
<Bound.APPROX: 'approx'>
>>> lex.read_after("5 долларов", 1).group("cur")
'долларов'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import field, frozen

from aicoverage.model import Bound
from aicoverage.quantities import _cldr
from aicoverage.quantities._partmatch import PartMatch
from aicoverage.quantities._wordset import WordSet, skip_space

_V = TypeVar("_V")
Reading = PartMatch | re.Match[str]
"""What the readers return: a pattern's match, or one put together from several and word lookups."""


@functools.cache
def _stem_regex(entry: str) -> re.Pattern[str]:
    return re.compile(r"\s+".join(r"\w*".join(map(re.escape, w.split("*"))) for w in entry.split()))


_MEMO_SIZE = 1 << 16
"""Lookups remembered per lexicon before the memo starts over (a corpus' words are few)."""


def _remembered(method: Callable[[Lexicon, str], _V]) -> Callable[[Lexicon, str], _V]:
    """A lookup of the lexicon's tables remembered per word: the same words ("долларов", "году")
    recur after number after number, and a stem lookup walks the table."""
    name = method.__name__

    @functools.wraps(method)
    def remembered(self: Lexicon, word: str) -> _V:
        memo = self.memo
        key = (name, word)
        if key not in memo:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            memo[key] = method(self, word)
        value: _V = memo[key]
        return value

    return remembered


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
    """Matched at the start of the text before a numeral read backwards (see :meth:`read_before`);
    each reads a part of what the one before it reads (the first reads opener, glue and bound)."""
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
    ratio_noun: re.Pattern[str]
    """Between an article numeral and the whole of a ratio: its counted noun, then the ratio word
    ("une entreprise sur trois", group ``noun``)."""
    ratio_reversed: re.Pattern[str]
    """Between the two numbers of a ratio that names the whole first ("3人に1人": one in three)."""
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
    """What a bare number after an amount is a part of: 100 ("$20 and 43"), 10 in Chinese ("一块二")."""
    unit_initials: frozenset[str] = frozenset()
    """First characters of the unit words that are not letters of an alphabet ("兆瓦", "千米")."""
    multiple_words: frozenset[str] = frozenset()
    """Multiples in one word ("вчетверо", "fourfold"): the numeral is the factor."""
    time_bounds: frozenset[str] = frozenset()
    """Bound words that also mean "until" or "since" ("bis", "hasta"): before a bare year, a date."""
    per_stop: re.Pattern[str] | None = None
    """Matched after a rate's period when it says when, not how often ("a year earlier")."""
    not_bounds: tuple[str, ...] = ()
    """Phrases that end in a bound word but are none ("adding up to"), normalised."""
    rounds: frozenset[str] = frozenset()
    """Round counts that say "about" ("une vingtaine", "una decina"): approximate amounts."""
    half_after: re.Pattern[str] | None = None
    """Matched after a duration's unit: "and a half" ("un año y medio", "一年半")."""
    duration_scales: dict[str, tuple[str, int]] = field(factory=dict)
    """Durations read in a smaller unit ("decade" -> ("year", 10))."""
    articles: frozenset[str] = frozenset()
    """Articles ("the", "la", "die"): before a fraction and "of", a share ("la moitié des")."""
    points: frozenset[str] = frozenset()
    """Percent words of a difference of percentages ("percentage points", "Prozentpunkte")."""
    range_word: re.Pattern[str] = re.compile("")
    """Any word that joins two numbers into a range (connectors, second words of pairs, closers'
    middles): where none stands between two numbers, they make no range."""
    before_last: re.Pattern[str] = re.compile("")
    """The last words of all the words :meth:`read_before` reads (see :mod:`._lastwords`)."""
    memo: dict[tuple[str, str], Any] = field(factory=dict, eq=False, repr=False)
    """What the lookups found so far (see :func:`_remembered`)."""

    def read_before(self, text: str, lo: int, end: int) -> dict[str, tuple[int, str]]:
        """What stands right before ``end`` (not before ``lo``): group name -> (start, text).

        Groups: ``multbefore``, ``bound``, ``glue``, ``opener``, ``pctbefore``, ``cur``. The text is read
        backwards so that one anchored match does what a search over every start would.
        """
        back = text[lo:end][::-1]
        if self.before_last.match(back) is None:
            return {}  # the word before the number ends no word of the tables: the common case
        head = self._read_head(back)  # the currency or percent sign nearest the number
        at = head.end()
        m = None
        for pattern in self.before:  # a bound may end in a word that is also glue or an opener
            found = pattern.match(back, at)
            if found is not None and found.end() == at and m is None:
                break  # the first reads the most: when it reads nothing, no other reads anything
            if found is not None and (m is None or found.end() > m.end() or _more_bound(found, m)):
                m = found
        reads = [r for r in (head, m) if r is not None]
        if max((r.end() for r in reads), default=0) == 0:
            return {}
        return {
            g: (end - r.end(g), v[::-1]) for r in reads for g, v in r.groupdict().items() if v is not None
        }

    def sign_before(self, text: str, lo: int, end: int) -> dict[str, tuple[int, str]]:
        """Only the currency sign or word of :meth:`read_before` (group ``cur``), if one stands there."""
        head = self._read_head(text[lo:end][::-1])
        if head.groupdict().get("cur") is None:
            return {}
        start, stop = end - head.end("cur"), end - head.start("cur")
        return {"cur": (start, text[start:stop])}

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
        glue = self.after_glue.match(text, at, stop)  # "5 millions d'euros à 8": the glue before it
        mids = [
            (end, {"unitmid": (word, end)})
            for word in dict.fromkeys([at] + ([glue.end()] if glue is not None else []))
            for end in self.mid_unit.ends(text, word, stop)
        ]
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

    def is_multiple_word(self, word: str) -> bool:
        return _cldr.normalise(word) in self.multiple_words

    def is_repeat(self, word: str) -> bool:
        return _cldr.normalise(word) in self.repeats

    def joined_divisor(self, word: str) -> int:
        return self.joined_divisors.get(_cldr.normalise(word), 100)

    def is_round(self, surface: str) -> bool:
        return bool(self.rounds) and _cldr.normalise(surface) in self.rounds

    def is_points(self, word: str) -> bool:
        return _cldr.normalise(word) in self.points

    def is_article(self, word: str) -> bool:
        return _cldr.normalise(word) in self.articles

    def is_time_bound(self, word: str) -> bool:
        return _cldr.normalise(word) in self.time_bounds

    def is_opener(self, word: str) -> bool:
        """True for the first word of a range pair ("between", "от", "de")."""
        return _cldr.normalise(word) in self.openers

    def before_bound(self, word: str) -> bool:
        """Whether ``word`` (or a bound it begins) may also stand before a number ("maior de")."""
        key = _cldr.normalise(word)
        return any(b.startswith(key) for b in self.bounds)

    @_remembered
    def bound_of(self, word: str) -> Bound:
        return _lookup(self.bounds, word) or Bound.EXACT

    @_remembered
    def after_bound_of(self, word: str) -> Bound:
        return _lookup(self.after_bounds, word) or Bound.EXACT

    @_remembered
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

    @_remembered
    def unit_of(self, word: str) -> str | None:
        return _lookup(self.units, word)

    @_remembered
    def per_of(self, phrase: str) -> str | None:
        return _lookup(self.per, phrase)

    @_remembered
    def minor_of(self, word: str) -> tuple[str, int] | None:
        key = _cldr.normalise(word)
        for entry, value in sorted(self.minor_units.items(), key=lambda kv: -len(kv[0])):
            if key == entry or ("*" in entry and _stem_regex(entry).fullmatch(key)):
                return value
        return None


def _more_bound(found: re.Match[str], m: re.Match[str]) -> bool:
    """Of two readings as long, the one that takes a word as a bound ("до" is glue or "up to")."""
    return found.end() == m.end() and found.group("bound") is not None and m.group("bound") is None
