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

from attrs import evolve

from aicoverage._tables import check_language
from aicoverage.model import Bound, Kind, Quantity, QuantityMention
from aicoverage.quantities._joins import (
    MONEY_MAGNITUDE,
    add_cents,
    closes_interval,
    different_alternatives,
    in_currency_before,
    interval,
    joins_range,
    ratio_of,
)
from aicoverage.quantities._lexicon import lexicon
from aicoverage.quantities._marks import minus_before_sign, possessive, unit_inside
from aicoverage.quantities._numeral import Numeral
from aicoverage.quantities._numerals import find_numerals, parse_numeral
from aicoverage.quantities._readings import Lexicon, Reading
from aicoverage.quantities._traps import is_time_or_glued, is_trap, is_year, quantity_free_zones
from aicoverage.quantities._unit import (
    NUMBER_NEXT,
    WINDOW,
    Candidate,
    Left,
    UnitReading,
    read_unit,
    with_marks_before,
)

_WORD_START = re.compile(r"(?<=\s)\S")
_LAST_WORD = re.compile(r"\w+$")
_CLAUSE_OPENS = frozenset(".!?:;,\"'«»“”„()—–")
"""Characters after which a sentence or clause opens."""


def _no_false_bound(text: str, g: dict[str, tuple[int, str]], lex: Lexicon) -> dict[str, tuple[int, str]]:
    """The words before a number without a bound word that ends a phrase stating no bound
    ("adding up to 50k" is a sum, not "up to 50k")."""
    if "bound" not in g or not lex.not_bounds:
        return g
    pos, word = g["bound"]
    said = " ".join(text[max(0, pos - WINDOW) : pos + len(word)].casefold().split())
    if not any(said.endswith(p) for p in lex.not_bounds):
        return g
    return {k: v for k, v in g.items() if k != "bound"}


def _left(text: str, start: int, lex: Lexicon, floor: int) -> Left:
    g = _no_false_bound(text, possessive(text, lex.read_before(text, max(floor, start - WINDOW), start)), lex)
    if not g:
        return Left(start, None, None, False, False, False, None, start)
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
    return Left(
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
        if strict and not n.weak and _no_amount(text, n, lex, floor):
            floor = n.end  # a time, a code or a name's number: no amount, and it opens no range
            continue
        left = _left(text, n.start, lex, floor)
        low, high, last, mid = n.low, n.high, n, None
        nxt = nums[i] if i < len(nums) else None
        opened = left.opener is not None
        joined = None
        if nxt is not None:
            joined = joins_range(text, n, nxt, lex, after_at, opened=opened, currency=left.currency)
        paired = nxt is not None and joined is None and left.currency is None
        ratio = ratio_of(text, n, nxt, lex, after_at) if paired and nxt is not None else None
        unit_at = None  # where the unit is read: after the last numeral
        if ratio is not None and nxt is not None:  # a ratio, one value
            n = evolve(n, weak=False)
            low, high, unit_at = ratio
            last = nxt
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
        if strict and last is n and n.weak and _idle(text, n, left, lex, after_at(n.end)):
            continue  # a weak word alone, with no unit or sign that makes it a number: "uma vez", "统一"
        upcoming = nums[i].start if i < len(nums) else None
        mention = _build(
            text,
            Candidate(n, last, low, high, mid, upcoming, after_at(unit_at or last.end)),
            left,
            lex,
            strict=strict,
        )
        if mention is not None or not n.weak or last is not n:
            floor = last.end  # a weak word that is no number ("un" in "más de un 3%") leaves it open
        divisor = 0 if last.magnitude else 1  # "US$ 6 milhões com 50": no cents after millions
        while mention is not None and divisor and i < len(nums):  # "50元6角3分": cents, then smaller units
            mention, divisor = add_cents(text, mention, nums[i], lex, divisor)
            i += 1 if divisor else 0
        if mention is not None:
            mention = minus_before_sign(text, mention)
            if out and (last.magnitude or n.magnitude):
                mention = in_currency_before(text, out[-1], mention, last.magnitude or n.magnitude)
            if out and closes_interval(text, out[-1], mention, lex):
                mention = interval(text, out.pop(), mention)
            out.append(mention)
            floor = mention.end
    return out


_NUMBER_UNITS = ("pct", "cur", "minor", "dur")
"""Readings after a number that make a weak word one (money, a percentage, a duration)."""


def _idle(text: str, n: Numeral, left: Left, lex: Lexicon, after: Reading | None) -> bool:
    """Whether a weak word alone is certainly no quantity, told without building it: no currency,
    percent sign or bound before it, no currency, percent or time unit after it, and no fraction
    (which may be a share: "half of the users"). :func:`_rejected` turns all these down."""
    if left.currency is not None or left.bound is not None or left.percent or 0 < n.high < 1:
        return False
    if after is not None and any(after.groupdict().get(g) is not None for g in _NUMBER_UNITS):
        return False
    return lex.scaled_percent.match(text, n.start) is None


def _no_amount(text: str, n: Numeral, lex: Lexicon, floor: int) -> bool:
    """A time, a code or a name's number with no currency sign before it (told before the rest of
    the context is read: most such numerals need no more)."""
    if not is_time_or_glued(text, n, currency_before=False):
        return False
    sign = possessive(text, lex.sign_before(text, max(floor, n.start - WINDOW), n.start)).get("cur")
    return sign is None or lex.currency_of(sign[1])[0] is None


def _unsigned(text: str, n: Numeral, lex: Lexicon, floor: int) -> Numeral:
    """A minus word that belongs to a bound is no minus: "pelo menos 20", "moins de 10"."""
    if n.low >= 0 or not text[n.start : n.start + 1].isalpha():
        return n
    # Try each word boundary inside the numeral: a bound must end there and a number start there.
    for w in _WORD_START.finditer(text, n.start + 1, n.end):
        g = lex.read_before(text, max(floor, n.start - WINDOW), w.start())
        if "bound" not in g or g["bound"][0] + len(g["bound"][1]) <= n.start:
            continue
        rest = parse_numeral(text[w.start() : n.end], lex.language)
        if rest is not None and rest.low == -n.high:
            return evolve(n, start=w.start(), low=rest.low, high=rest.high)
    return n


def _build(text: str, c: Candidate, left: Left, lex: Lexicon, *, strict: bool) -> QuantityMention | None:
    """The mention a candidate makes: its unit after it, the marks before it, then the checks that
    it is a quantity at all, then its bound and period."""
    r = with_marks_before(read_unit(text, c, left, lex), text, c, left, lex)
    after = _tail(text, r.end, lex, c.upcoming)
    if strict and _rejected(text, c, left, lex, r, after):
        return None
    r = _money_by_context(text, c, left, lex, r)
    rounded = lex.is_round(text[c.first.start : c.first.end])
    bound, per, end = _bound_and_period(c, left, lex, after, r.end, rounded=rounded)
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


def _rejected(
    text: str, c: Candidate, left: Left, lex: Lexicon, r: UnitReading, after: re.Match[str] | None
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
    weak = (first.weak or last.weak) and not _share(text, c, lex)
    if weak and r.kind not in (Kind.MONEY, Kind.PERCENT, Kind.DURATION) and not counted:
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
        bound_after=after is not None and after.group("afterbound") is not None,
    )


def _share(text: str, c: Candidate, lex: Lexicon) -> bool:
    """A fraction in words before "of", after an article or opening its sentence, is a share of a
    group, a number: "Half of the companies", "a fifth of users", "la moitié des entreprises"; not
    "the second half of the year" or "per mezzo di" (by means of)."""
    n = c.first
    if n is not c.last or not n.words or not 0 < n.high < 1:
        return False
    glue = lex.after_glue.match(text, n.end)
    if glue is None or glue.end() == n.end or not text[glue.end() : glue.end() + 1].isalpha():
        return False
    head = text[max(0, n.start - WINDOW) : n.start].rstrip()
    if not head or head[-1] in _CLAUSE_OPENS:
        return True
    before = _LAST_WORD.search(head)
    return lex.is_article(text[n.start : n.end].split()[0]) or (
        before is not None and lex.is_article(before.group())
    )


def _money_by_context(text: str, c: Candidate, left: Left, lex: Lexicon, r: UnitReading) -> UnitReading:
    """ "a valuation of 3 billion": a large bare amount after a money word is money."""
    first, last = c.first, c.last
    if r.kind is Kind.COUNT and r.unit is None and (first.magnitude or first.vague or last.magnitude):
        magnitude = last.magnitude or first.magnitude or Decimal(1)
        if (magnitude >= MONEY_MAGNITUDE or last.vague) and lex.money_before.search(
            text, max(0, left.start - 32), left.start
        ):
            return evolve(r, kind=Kind.MONEY)
    return r


def _bound_and_period(
    c: Candidate, left: Left, lex: Lexicon, after: re.Match[str] | None, end: int, *, rounded: bool
) -> tuple[Bound, str | None, int]:
    """The bound (before or after the amount, "and some" marks, round counts that say "about",
    vague amounts) and a rate's period."""
    bound = left.bound or (
        Bound.AT_LEAST if c.first.more or c.last.more else Bound.APPROX if rounded else Bound.EXACT
    )
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
    """A rate's period or a trailing bound; not a period that says when ("$4.5 billion a year
    earlier"), nor a bound that opens the next number ("and below 1500", "no more than 12 and more
    than 194", "200 ou maior de 190"). ``upcoming``: where it starts."""
    t = lex.tail.match(text, end)
    if t is not None and t.group("per") is not None:
        return None if lex.per_stop is not None and lex.per_stop.match(text, t.end()) else t
    if t is None or t.group("afterbound") is None:
        return t
    if NUMBER_NEXT.match(text, t.end()) and lex.before_bound(t.group("afterbound")):
        return None  # "200 ou maior de 190"; but "100以上310以下" ends its bound
    if upcoming is not None and upcoming - t.end() <= WINDOW:
        ahead = lex.read_before(text, t.start("afterbound"), upcoming)
        if "bound" in ahead and ahead["bound"][0] < t.end():
            return None
    return t


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
