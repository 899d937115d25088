"""Quantities in text: numerals joined with their currency, unit, bound, range and period.

The numeral layer (:mod:`._numerals`) finds the numbers; this layer reads what stands around each
one through the language's compiled :class:`~._readings.Lexicon` and decides what it measures, or
that it is no quantity at all (a year, a date, a time, a model name, a section number).

>>> [(m.text, m.kind.value, str(m.low), m.currency, m.bound.value)
...  for m in find_quantities("стоимостью около $1 млрд", language="ru")]
[('около $1 млрд', 'money', '1000000000', 'USD', 'approx')]
>>> q = parse_quantity("9 a 12 meses", language="pt")
>>> (q.kind.value, q.low, q.high, q.unit)
('duration', Decimal('9'), Decimal('12'), 'month')
"""

from __future__ import annotations

import re
from decimal import Decimal

from attrs import evolve, frozen

from aicoverage._scripts import ALPHABETIC
from aicoverage._tables import check_language
from aicoverage.model import Bound, Kind, Quantity, QuantityMention
from aicoverage.quantities._cjk import read_tenth_parts
from aicoverage.quantities._joins import (
    add_cents,
    closes_interval,
    different_alternatives,
    interval,
    joins_range,
)
from aicoverage.quantities._lexicon import lexicon
from aicoverage.quantities._magnitudes import magnitude_of
from aicoverage.quantities._marks import minus_before_sign, possessive, unit_inside
from aicoverage.quantities._numeral import Numeral
from aicoverage.quantities._numerals import find_numerals, parse_numeral
from aicoverage.quantities._readings import Lexicon, Reading
from aicoverage.quantities._traps import is_trap, is_year, quantity_free_zones

_WINDOW = 48
_ALPHA = re.compile(f"[{ALPHABETIC}]")
_NEXT_WORD = re.compile(r"\s+(\w+)")
_NUMBER_NEXT = re.compile(r"\s*[-+−$€£¥₽]?\s*\d")
_WORD_START = re.compile(r"(?<=\s)\S")
_MONEY_MAGNITUDE = Decimal(1_000_000)


@frozen
class _Left:
    start: int
    bound: Bound | None
    currency: str | None
    inferred: bool
    percent: bool
    multiple: bool
    opener: str | None
    opener_start: int
    percent_scale: Decimal = Decimal(1)
    time_bound: bool = False
    """The bound word also means "until" or "since" ("bis", "hasta")."""


def _left(text: str, start: int, lex: Lexicon, floor: int) -> _Left:
    g = possessive(text, lex.read_before(text, max(floor, start - _WINDOW), start))
    if not g:
        return _Left(start, None, None, False, False, False, None, start)
    # Glue and a range opener belong to the mention only with what they introduce.
    first = min((pos for k, (pos, _) in g.items() if k not in ("glue", "opener")), default=start)
    if "bound" in g and "glue" in g:
        first = min(first, g["glue"][0])
    bound = lex.bound_of(g["bound"][1]) if "bound" in g else None
    currency, inferred = lex.currency_of(g["cur"][1]) if "cur" in g else (None, False)
    opener = next((g[k][1] for k in ("opener", "glue", "bound") if k in g and lex.is_opener(g[k][1])), None)
    opened = min(
        (g[k][0] for k in ("opener", "glue", "bound") if k in g and lex.is_opener(g[k][1])), default=first
    )
    scale = lex.percent_scale.get(g["pctbefore"][1], Decimal(1)) if "pctbefore" in g else Decimal(1)
    timed = "bound" in g and lex.is_time_bound(g["bound"][1])
    return _Left(
        first, bound, currency, inferred, "pctbefore" in g, "multbefore" in g, opener, opened, scale, timed
    )


def _scan(text: str, nums: list[Numeral], lex: Lexicon, *, strict: bool) -> list[QuantityMention]:
    out: list[QuantityMention] = []
    i = 0
    floor = 0  # the left context of a numeral never reaches into the previous one
    zones = [span for _, span in quantity_free_zones(text)] if strict else []
    reads: dict[int, Reading | None] = {}

    def after_at(pos: int) -> Reading | None:
        """The unit reading at ``pos``, read once (a range reads the units of both its numbers)."""
        if pos not in reads:
            reads[pos] = lex.read_after(text, pos)
        return reads[pos]

    z = 0
    while i < len(nums):
        n = unit_inside(text, _unsigned(text, nums[i], lex, floor), lex)
        i += 1
        while z < len(zones) and zones[z][1] <= n.start:
            z += 1
        if n.start < floor or (z < len(zones) and zones[z][0] <= n.start):
            continue
        left = _left(text, n.start, lex, floor)
        low, high, last, mid = n.low, n.high, n, None
        nxt = nums[i] if i < len(nums) else None
        signed = left.currency is not None
        joined = (
            joins_range(text, n, nxt, lex, after_at, opened=left.opener is not None, signed=signed)
            if nxt
            else None
        )
        if (
            nxt is not None
            and joined is None
            and nxt.low > 0
            and not is_year(nxt, text)
            and not n.magnitude
            and left.currency is None
            and n.low <= nxt.low  # "12 in six boxes", "8 out of 5" are no ratios
            and lex.ratio.fullmatch(text, n.end, nxt.start)
        ):
            # "one in five", "2 out of 3", "3 из 5": a ratio, one value
            n = evolve(n, weak=False)
            low, high, last = n.low / nxt.low, n.high / nxt.low, nxt
            i += 1
        elif nxt is not None and joined is not None:
            top = -nxt.low if joined.end() > nxt.start else nxt.high  # "10$-20$": the hyphen is no minus
            hlow = n.low * nxt.magnitude if nxt.magnitude and not n.magnitude else n.low
            if hlow <= top and not different_alternatives(n, nxt, joined, lex):
                if n.weak and not nxt.weak:  # "neuf à douze mois": a weak word opening a range is a number
                    n = evolve(n, weak=False)
                low, high, last, mid = hlow, top, nxt, joined.groupdict().get("unitmid")
                if "mid" in joined.groupdict():  # "between 5 and 10": the opener belongs to the range
                    left = evolve(left, start=min(left.start, left.opener_start))
                i += 1
        upcoming = nums[i].start if i < len(nums) else None
        mention = _build(
            text, _Candidate(n, last, low, high, mid, upcoming, after_at(last.end)), left, lex, strict=strict
        )
        if mention is not None or not n.weak or last is not n:
            floor = last.end  # a weak word that is no number ("un" in "más de un 3%") leaves it open
        divisor = 0 if last.magnitude else 1  # "US$ 6 milhões com 50": no cents after millions
        while mention is not None and divisor and i < len(nums):  # "50元6角3分": cents, then smaller units
            mention, divisor = add_cents(text, mention, nums[i], lex, divisor)
            i += 1 if divisor else 0
        if mention is not None:
            mention = minus_before_sign(text, mention)
            if out and closes_interval(text, out[-1], mention, lex):
                mention = interval(text, out.pop(), mention)
            out.append(mention)
            floor = mention.end
    return out


def _unsigned(text: str, n: Numeral, lex: Lexicon, floor: int) -> Numeral:
    """A minus word that belongs to a bound is no minus: "pelo menos 20", "moins de 10"."""
    if n.low >= 0 or not text[n.start : n.start + 1].isalpha():
        return n
    # Try each word boundary inside the numeral: a bound must end there and a number start there.
    for w in _WORD_START.finditer(text, n.start + 1, n.end):
        g = lex.read_before(text, max(floor, n.start - _WINDOW), w.start())
        if "bound" not in g or g["bound"][0] + len(g["bound"][1]) <= n.start:
            continue
        rest = parse_numeral(text[w.start() : n.end], lex.language)
        if rest is not None and rest.low == -n.high:
            return evolve(n, start=w.start(), low=rest.low, high=rest.high)
    return n


@frozen
class _Candidate:
    """Numerals read as one amount: ``first``..``last`` (one numeral, a range or a ratio)."""

    first: Numeral
    last: Numeral
    low: Decimal
    high: Decimal
    mid_unit: str | None = None  # a currency between the two numbers of a range ("10 dollars to 20")
    upcoming: int | None = None  # where the next numeral starts
    after: Reading | None = None  # the unit reading right after ``last``


@frozen
class _Reading:
    """What the words around a candidate say, step by step (see :func:`_build`)."""

    kind: Kind
    unit: str | None
    currency: str | None
    inferred: bool
    low: Decimal
    high: Decimal
    end: int
    has_unit: bool


def _build(text: str, c: _Candidate, left: _Left, lex: Lexicon, *, strict: bool) -> QuantityMention | None:
    """The mention a candidate makes: its unit after it, the marks before it, then the checks that
    it is a quantity at all, then its bound and period."""
    r = _with_marks_before(_read_unit(text, c, left, lex), text, c, left, lex)
    after = _tail(text, r.end, lex, c.upcoming)
    if strict and _rejected(text, c, left, lex, r, after):
        return None
    r = _money_by_context(text, c, left, lex, r)
    bound, per, end = _bound_and_period(c, left, lex, after, r.end)
    start = min(left.start, c.first.start)
    quantity = Quantity(
        kind=r.kind,
        low=r.low,
        high=r.high,
        unit=r.unit,
        currency=r.currency,
        bound=bound,
        per=per,
        currency_inferred=r.inferred,
    )
    return QuantityMention(start=start, end=end, text=text[start:end], quantity=quantity)


def _read_unit(text: str, c: _Candidate, left: _Left, lex: Lexicon) -> _Reading:
    """The unit right after the numerals: percent, tenths, a multiple, a currency, a minor unit, a
    duration, a counted noun, or a CJK classifier and its noun."""
    first, last, low, high = c.first, c.last, c.low, c.high
    kind, unit, currency, inferred = Kind.COUNT, None, left.currency, left.inferred
    if currency is None and c.mid_unit is not None:
        currency, inferred = lex.currency_of(c.mid_unit)
    end = last.end
    a = c.after
    has_unit = False
    if a is None and lex.is_multiple_word(text[first.start : last.end]):  # "вчетверо", "fourfold"
        kind, has_unit = Kind.MULTIPLE, True
    if a is not None:
        has_unit = True
        if a.group("pct") is not None:
            kind, unit = Kind.PERCENT, "percent"
        elif a.group("tenth") is not None and not (first.weak or last.weak):  # "一成不变" is an idiom
            kind, unit = Kind.PERCENT, "percent"
            half = Decimal("0.5") if a.group("half") else Decimal(0)
            factor = 10 if high + half <= 10 else 1  # "九折" is 90 %, "十成" 100 %, "九五折" 95 %
            low, high = (low + half) * factor, (high + half) * factor
            parts, end = read_tenth_parts(text, a.end(), lex.language)  # "3割8分7厘"
            low, high = low + parts, high + parts
        elif a.group("mult") is not None:
            kind = Kind.MULTIPLE
            if not _is_factor(text, first.start, left.start, a, lex):
                kind, unit = Kind.COUNT, "time"  # "called Bob 3 times": how often, not how much
        elif a.group("cur") is not None:
            code, guessed = lex.currency_of(a.group("cur"))
            if left.currency is not None and _NUMBER_NEXT.match(text, a.end()):
                a, has_unit = None, False  # "$ 20,000.00 $ 37,305.97": the sign opens the next amount
            elif _counts_a_noun(text, a, lex):
                a, has_unit = None, False  # "5万块GPU": the classifier of chips, not yuan ("5万块钱")
            elif code is not None:
                kind, currency, inferred = Kind.MONEY, code, guessed
                w = _NEXT_WORD.match(text, a.end())  # "75 usd million"
                scale = magnitude_of(w.group(1), lex.language) if w and not last.magnitude else None
                if w is not None and scale is not None:
                    low, high, end = low * scale, high * scale, w.end()
        elif a.group("minor") is not None:
            minor = lex.minor_of(a.group("minor"))
            if minor is not None:
                kind, currency, inferred = Kind.MONEY, currency or minor[0], currency is None
                low, high = low / minor[1], high / minor[1]
        elif a.group("dur") is not None:
            kind, unit = Kind.DURATION, lex.unit_of(a.group("dur"))
        elif a.group("noun") or a.group("ofnoun"):  # not a weak "一成" ("一成不变" is an idiom)
            unit = lex.unit_of(a.group("noun") or a.group("ofnoun"))
            counted = _counted_by(text, a, lex)
            if counted is not None:
                unit, end = counted
    if a is not None:
        end = max(end, a.end())
    elif lex.classifier_noun is not None:
        cls = lex.classifier_noun.match(text, end)
        if cls is not None:
            has_unit = True
            unit = (
                _head_noun(text, cls.end("noun"), lex, lex.unit_of(cls.group("noun")))
                if cls.group("noun")
                else None
            )
            end = cls.end("cls")
    return _Reading(kind, unit, currency, inferred, low, high, end, has_unit)


def _head_noun(text: str, end: int, lex: Lexicon, unit: str | None) -> str | None:
    """The unit of a noun compound that a measure word counts: its last counted noun, the head
    ("3万家企业客户": customers, not companies)."""
    for _ in range(2):
        a = lex.read_after(text, end)
        if a is None or a.group("noun") is None or a.start("noun") != end:
            break
        unit, end = lex.unit_of(a.group("noun")) or unit, a.end("noun")
    return unit


def _counted_by(text: str, a: Reading, lex: Lexicon) -> tuple[str, int] | None:
    """A counter that is also a noun, then the noun glue and a counted noun ("3000人の開発者",
    "500社の顧客"): the counter says how they are counted, the noun what; its unit and end."""
    noun = a.group("noun")
    if noun is None or lex.classifier_noun is None or lex.classifier_noun.fullmatch(noun) is None:
        return None
    b = lex.read_after(text, a.end())
    if b is None or b.group("ofnoun") is None or b.start("space") != a.end():
        return None
    unit = lex.unit_of(b.group("ofnoun"))
    return None if unit is None else (unit, b.end())


def _counts_a_noun(text: str, a: Reading, lex: Lexicon) -> bool:
    """Whether a currency word that is also a classifier ("块") counts a known noun after it
    ("5万块先进GPU"); "一块二", "3.04块以上", "5万块钱" stay money."""
    if lex.classifier_noun is None or lex.classifier_noun.fullmatch(a.group("cur")) is None:
        return False
    cls = lex.classifier_noun.match(text, a.start())
    return cls is not None and cls.end("cls") == a.end() and cls.group("noun") is not None


def _with_marks_before(r: _Reading, text: str, c: _Candidate, left: _Left, lex: Lexicon) -> _Reading:
    """What stands before the numerals: a percent sign ("百分之"), a per-mille prefix, a multiple
    word, a currency sign (which makes a count money)."""
    if left.percent:
        r = evolve(r, kind=Kind.PERCENT, unit="percent", has_unit=True)
        r = evolve(r, low=r.low / left.percent_scale, high=r.high / left.percent_scale)
    elif r.kind is Kind.COUNT and r.unit is None and lex.scaled_percent.match(text, c.first.start):
        # "千分之一" is read by the numerals as the fraction 1/1000: as a percentage, 0.1 %
        r = evolve(r, kind=Kind.PERCENT, unit="percent", has_unit=True, low=r.low * 100, high=r.high * 100)
    elif left.multiple and r.kind is Kind.COUNT and r.unit is None:
        r = evolve(r, kind=Kind.MULTIPLE, has_unit=True)
    if r.currency is not None and r.kind is Kind.COUNT and (r.unit is None or left.currency is not None):
        r = evolve(r, kind=Kind.MONEY, has_unit=True, unit=None)  # "a $6 million model" costs money
    if r.kind is not Kind.MONEY and (r.currency is not None or r.inferred):
        r = evolve(r, currency=None, inferred=False)
    return r


def _rejected(
    text: str, c: _Candidate, left: _Left, lex: Lexicon, r: _Reading, after: re.Match[str] | None
) -> bool:
    """Whether the candidate is no quantity: a weak word alone, a year, a date, a model name..."""
    first, last = c.first, c.last
    # "bis 2030", "hasta 2030": a bound word that also means "until" dates a bare year
    dating = left.time_bound and not r.has_unit and is_year(first, text) and is_year(last, text)
    bounded = (left.bound is not None and not dating) or (
        after is not None and after.group("afterbound") is not None
    )
    # a bound makes a weak word a number ("plus de la moitié"), unless it is the article of the
    # number after it ("más de un 3%")
    counted = left.bound is not None and (c.upcoming is None or text[last.end : c.upcoming].strip())
    if (first.weak or last.weak) and r.kind not in (Kind.MONEY, Kind.PERCENT, Kind.DURATION) and not counted:
        return True  # "one", "um", "一" are numbers only beside a currency, percent or time unit
    return is_trap(
        text,
        first,
        last,
        lex,
        has_unit=r.has_unit or bounded,
        kind=r.kind,
        unit=r.unit,
        currency_before=left.currency is not None,
    )


def _money_by_context(text: str, c: _Candidate, left: _Left, lex: Lexicon, r: _Reading) -> _Reading:
    """ "a valuation of 3 billion": a large bare amount after a money word is money."""
    first, last = c.first, c.last
    if r.kind is Kind.COUNT and r.unit is None and (first.magnitude or first.vague or last.magnitude):
        magnitude = last.magnitude or first.magnitude or Decimal(1)
        if (magnitude >= _MONEY_MAGNITUDE or last.vague) and lex.money_before.search(
            text, max(0, left.start - 32), left.start
        ):
            return evolve(r, kind=Kind.MONEY)
    return r


def _bound_and_period(
    c: _Candidate, left: _Left, lex: Lexicon, after: re.Match[str] | None, end: int
) -> tuple[Bound, str | None, int]:
    """The bound (before or after the amount, "and some" marks, vague amounts) and a rate's period."""
    bound = left.bound or (Bound.AT_LEAST if c.first.more or c.last.more else Bound.EXACT)
    per = None
    if after is not None:
        if after.group("per") is not None:
            per = lex.per_of(after.group("per"))
        else:
            bound = lex.after_bound_of(after.group("afterbound"))
        end = after.end()
    if c.first.vague or c.last.vague:
        bound = Bound.VAGUE
    return bound, per, end


def _tail(text: str, end: int, lex: Lexicon, upcoming: int | None) -> re.Match[str] | None:
    """A rate's period or a trailing bound; not a bound that opens the next number ("and below 1500",
    "no more than 12 and more than 194", "200 ou maior de 190"). ``upcoming``: where it starts."""
    t = lex.tail.match(text, end)
    if t is None or t.group("afterbound") is None:
        return t
    if _NUMBER_NEXT.match(text, t.end()) and lex.before_bound(t.group("afterbound")):
        return None  # "200 ou maior de 190"; but "100以上310以下" ends its bound
    if upcoming is not None and upcoming - t.end() <= _WINDOW:
        ahead = lex.read_before(text, t.start("afterbound"), upcoming)
        if "bound" in ahead and ahead["bound"][0] < t.end():
            return None
    return t


def _is_factor(text: str, start: int, left_start: int, a: Reading, lex: Lexicon) -> bool:
    """Whether "N times" multiplies ("3 times cheaper", "grew 3 times", "в 3 раза") or counts events
    ("called 3 times"): a word that says both is a factor only beside a comparison or a change."""
    if not lex.is_repeat(a.group("mult")):
        return True
    if lex.factor_after.match(text, a.end()) is not None:
        return True
    return any(
        lex.factor_before.match(text[max(0, pos - _WINDOW) : pos][::-1]) is not None
        for pos in {start, left_start}
    )


def find_quantities(text: str, *, language: str) -> list[QuantityMention]:
    """Every quantity mention in running ``text``, in order; ``text[m.start:m.end] == m.text``.

    Years, dates, times, model and chip names ("H800", "GPT-4o"), section numbers and digits glued
    to words are not quantities.

    >>> text = "В 2023 году фонд остался с 10 тысячами ИИ-чипов H100"
    >>> [m.text for m in find_quantities(text, language="ru")]
    ['10 тысячами ИИ-чипов']
    """
    lang = check_language(language)
    nums = find_numerals(text, lang, keep_weak=True)
    if len(nums) == 1 and nums[0].magnitude is None and text[nums[0].start : nums[0].end] == text.strip():
        # a text that is one number and nothing else ("eins", "1001") holds that number: no word,
        # year or label around it says otherwise
        return _scan(text, [evolve(nums[0], weak=False)], lexicon(lang), strict=False)
    return _scan(text, nums, lexicon(lang), strict=True)


def parse_quantity(text: str, *, language: str) -> Quantity | None:
    """The quantity that the whole of ``text`` states, or None when it is not one quantity.

    >>> parse_quantity("约560万美元", language="zh").low
    Decimal('5600000')
    >>> parse_quantity("DeepSeek", language="en") is None
    True
    """
    lang = check_language(language)
    body = text.strip()
    if not body:
        return None
    mentions = _scan(body, find_numerals(body, lang, keep_weak=True), lexicon(lang), strict=False)
    if not mentions:
        return None
    best = max(mentions, key=lambda m: m.end - m.start)
    # one quantity: several are one only when the longest makes at least half of the text
    if len(mentions) > 1 and (best.end - best.start) * 2 < len(body.replace(" ", "")):
        return None
    return best.quantity
