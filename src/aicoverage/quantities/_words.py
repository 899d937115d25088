"""Spelled-out numbers in alphabetic languages: "two hundred thousand", "duzentos e cinquenta", "полтора".

The words are data (``data/numerals/<language>.toml``: ``[words.*]`` and ``[vague]``; the scales are
the language's magnitude words, :mod:`._magnitudes`). The scanner matches a run of number words;
:func:`read_words` evaluates it left to right and splits it where the words stop forming one number
("one two" is two numbers). Vague amounts ("tens of thousands", "несколько десятков млн",
"bilhões") get a range of one order of magnitude.

>>> [(str(n.low), str(n.high)) for n in read_words("two hundred fifty-six thousand", 0, "en")]
[('256000', '256000')]
>>> [(str(n.low), str(n.high), n.vague) for n in read_words("несколько десятков млн", 0, "ru")]
[('10000000', '100000000', True)]
"""

from __future__ import annotations

from decimal import Decimal

from aicoverage.quantities._numeral import Numeral
from aicoverage.quantities._wordlexicon import WordLexicon, word_lexicon, words_regex
from aicoverage.quantities._wordlexicon import tokens as _tokenize
from aicoverage.quantities._wordsplit import WordToken as _Token

__all__ = ["read_words", "words_regex"]

_TEN = Decimal(10)
_MAX_DENOMINATOR_WORDS = 8


def _fits(last: Decimal | None, value: Decimal) -> bool:
    """Whether ``value`` fills the empty places of ``last`` ("twenty" then "five", not "five twenty")."""
    if last is None:
        return True
    if last != last.to_integral_value() or value >= last:
        return False
    places = len(str(int(last))) - len(str(int(last)).rstrip("0"))
    return value < _TEN**places


def _read_vague(tokens: list[_Token], i: int) -> tuple[int, Decimal] | None:
    base, j, orders = Decimal(1), i, 0
    while j < len(tokens) and tokens[j].kind in ("few", "order", "plural", "scale", "mult", "join"):
        if tokens[j].kind == "few" and j > i:
            break
        if tokens[j].kind not in ("few", "join"):
            base *= tokens[j].value
            orders += 1
        j += 1
    while tokens[j - 1].kind == "join":
        j -= 1
    return (j, base) if orders else None


def _ends_in_fraction(t: _Token) -> bool:
    return t.kind == "frac" or (t.kind == "phrase" and t.value < 1)


def _decimal_fraction(t: _Token) -> bool:
    """A tenth, hundredth, thousandth...: after a point word they are decimals, not a part of the
    scale before them ("тысяча целых одна сотая" is 1000.01; "seis millones con dos tercios" is
    6 2/3 million)."""
    return t.kind == "frac" and t.value >= 10 and str(int(t.value)).rstrip("0") == "1"


def _fraction_ahead(tokens: list[_Token], j: int) -> int:
    """Where a fraction stands within a few number words after ``tokens[j]`` (else past the end)."""
    k = j + 1
    while k < len(tokens) and k - j <= 4 and tokens[k].kind == "num":
        k += 1
    return k if k < len(tokens) and _ends_in_fraction(tokens[k]) else len(tokens) + 1


def _smaller_scale(tokens: list[_Token], k: int, scale: Decimal | None) -> Decimal | None:
    """The scale at ``tokens[k]`` if it is below ``scale`` ("one billion and a half million")."""
    if scale is None or k >= len(tokens) or tokens[k].kind != "scale" or tokens[k].value >= scale:
        return None
    return tokens[k].value


def _read_exact(
    tokens: list[_Token], i: int, of: frozenset[str] = frozenset()
) -> tuple[int, Decimal, Decimal | None]:
    """Read one number from ``tokens[i:]``: (next index, value, last scale); next == i if none.

    ``of``: the words after a fraction that make it a fraction of the next number ("of").
    """
    total, group, last, limit, scale = Decimal(0), None, None, None, None
    multiplied: Decimal | None = None  # the group after its last "hundred": "three hundred and two dozen"
    head: Decimal | None = None  # the group when the last "and" came: "one hundred and three quarters"
    j = i
    while j < len(tokens):
        t = tokens[j]
        if t.kind == "comma":
            if j == i or group is not None or tokens[j - 1].kind not in ("scale", "plural"):
                break  # "one thousand, two hundred" reads on; "five, six" are two numbers
        elif t.kind == "join" and not t.value:
            pass  # "vinte e três quintos" is 23/5: the joiner is inside the number
        elif t.kind == "join" or (t.kind == "point" and _fraction_ahead(tokens, j) < len(tokens)):
            # "twenty and three fifths", "five and a quarter", "ciento tres con dos tercios": a
            # fraction within a few words
            k = _fraction_ahead(tokens, j)
            if (group is not None or total) and k < len(tokens):
                end, part, _ = _read_exact(tokens[j + 1 : k + 1], 0)  # no "and" in there: no recursion
                end += j + 1
                if end == k + 1 and t.kind == "point" and _decimal_fraction(tokens[k]):
                    return end, total + (group or 0) + part, scale  # "тысяча целых одна сотая": 1000.01
                if end == k + 1:
                    below = _smaller_scale(tokens, end, scale) if group is None else None
                    if below is not None:  # "one billion and a quarter million"
                        return end + 1, total + part * below, scale
                    if group is None and scale is not None:
                        part *= scale  # "two million and three fifths"
                    elif scale is None and end < len(tokens) and tokens[end].kind in ("scale", "plural"):
                        whole = (group or 0) + part  # "fünf und drei viertel Milliarden"
                        return end + 1, whole * tokens[end].value, tokens[end].value
                    return end, total + (group or 0) + part, scale
            head = group or Decimal(0)
        elif t.kind in ("num", "phrase"):
            if group is None:
                if (limit is not None and t.value >= limit) or (
                    t.kind == "phrase" and total and (limit is None or t.value < 1)
                ):
                    break  # ("one thousand one hundred" reads on: "one hundred" is below the scale)
                group, last = t.value, t.value
            elif t.kind == "num" and _fits(last, t.value) and (limit is None or group + t.value < limit):
                group, last = group + t.value, t.value
            elif t.kind == "phrase" and group == last == 1 and t.value < 1 and not total:
                group, last = t.value, t.value  # "un medio", "una mitad": one half
            else:
                break
        elif t.kind == "mult":
            if group is not None and group >= t.value:
                break
            group = (group or Decimal(1)) * t.value
            last = multiplied = group
        elif t.kind in ("scale", "plural") or (t.kind == "order" and group is not None):
            if limit is not None and t.value >= limit:
                # "mil doscientos millones", "a thousand two hundred million": the larger scale
                # multiplies everything read so far
                total, scale, limit = (total + (group or 0)) * t.value, t.value, t.value * limit
                group, last, head, multiplied = None, None, None, None
            elif multiplied is not None and group is not None and group > multiplied and t.value < 100:
                total += multiplied + (group - multiplied) * t.value  # "three hundred and two dozen"
                group, last, limit, scale, head, multiplied = None, None, t.value, t.value, None, None
            else:
                total += (group if group is not None else Decimal(1)) * t.value
                group, last, limit, scale, head, multiplied = None, None, t.value, t.value, None, None
        elif t.kind == "half" and (group is not None or total):
            if group is None:  # "one million and a half"; "um trilhão e meio milhão"
                below = _smaller_scale(tokens, j + 1, scale)
                if below is not None:
                    return j + 2, total + t.value * below, scale
                return j + 1, total + t.value * (scale or 1), scale
            group, last = group + t.value, t.value  # "five and a half million" reads on
        elif t.kind == "frac" and (group is not None or total == 0):
            nxt = tokens[j + 1] if j + 1 < len(tokens) else None
            if group is None or (total == 0 and head is None and nxt is not None and nxt.kind == "scale"):
                if nxt is None or nxt.kind != "scale":
                    break
                part = (group or Decimal(1)) / t.value  # "quarter million", "three quarters billion"
                return j + 2, part * nxt.value, nxt.value
            if total == 0 and head is None and nxt is not None and nxt.kind == "join" and nxt.key in of:
                end, whole, whole_scale = _read_exact(tokens, j + 2)  # "two thirds of a million"
                if end > j + 2 and tokens[end - 1].kind in ("scale", "phrase") and whole >= 1000:
                    return end, group / t.value * whole, whole_scale
            before = head or Decimal(0)
            part = (group - before) / t.value
            if head is not None and before == 0 and scale is not None:
                part *= scale  # "two million and three fifths"
            return j + 1, total + before + part, scale
        elif t.kind == "frac" and group is None and head is None and total and t.value > total:
            return j + 1, total / t.value, None  # "a hundred thousand trillionths", "cem mil bilionésimos"
        elif (
            t.kind == "point"
            and j + 1 < len(tokens)
            and (tokens[j + 1].kind == "num" or _inner_scale(tokens, j + 1))
        ):
            return _read_point(tokens, j + 1, total + (group or 0), scale)
        else:
            break
        j += 1
    while j > i and tokens[j - 1].kind in ("join", "comma"):
        j -= 1
    return j, total + (group or 0), scale


def _denominator(tokens: list[_Token], j: int) -> tuple[int, Decimal] | None:
    """(end, denominator) if the number at ``tokens[j]`` is the denominator of the one before it.

    A whole number right after another it cannot continue ends in "avos" ("dois onze avos") or is
    the start of a compound ordinal: "dois milésimos" is 2000th, "twenty fifths" 25ths.
    """
    e = j
    while (
        e < len(tokens)
        and e - j < _MAX_DENOMINATOR_WORDS  # a long run of numbers is a list: linear time
        and (tokens[e].kind in ("num", "mult") or (tokens[e].kind == "join" and not tokens[e].value))
    ):
        e += 1
    if e == j or e >= len(tokens) or tokens[e].kind not in ("over", "frac"):
        return None
    end, cardinal, _ = _read_exact(tokens[j:e], 0)
    if end != e - j or not cardinal:
        return None
    if tokens[e].kind == "over":
        return e + 1, cardinal
    ordinal = tokens[e].value
    if ordinal >= 100 and str(int(ordinal)).rstrip("0") == "1":
        return e + 1, cardinal * ordinal
    return (e + 1, cardinal + ordinal) if _fits(cardinal, ordinal) else None


def _inner_scale(tokens: list[_Token], k: int) -> bool:
    """Whether ``tokens[k]`` is a scale word with more number words after it ("mil quinhentos")."""
    return tokens[k].kind == "scale" and k + 1 < len(tokens) and tokens[k + 1].kind == "num"


def _read_point(
    tokens: list[_Token], i: int, whole: Decimal, scale: Decimal | None
) -> tuple[int, Decimal, Decimal | None]:
    """The decimals after "point": digit by digit ("point two five") or one number ("ponto setenta",
    "vírgula mil quinhentos": a scale word inside the decimals, not after them)."""
    k = i
    while k < len(tokens) and (
        tokens[k].kind in ("num", "mult") or (tokens[k].kind == "join" and k > i) or _inner_scale(tokens, k)
    ):
        k += 1  # "ponto setenta e sete"
    while tokens[k - 1].kind == "join":
        k -= 1
    run = tokens[i:k]
    if all(t.kind == "num" and t.value < _TEN and t.value == t.value.to_integral_value() for t in run):
        digits = "".join(str(int(t.value)) for t in run)
    else:
        k, fraction, _ = _read_exact(run, 0)
        k += i
        digits = str(int(fraction))
    value = whole + Decimal(digits) / _TEN ** len(digits)
    if k < len(tokens) and tokens[k].kind in ("scale", "plural"):  # "dois ponto cinco milhões"
        return k + 1, value * tokens[k].value, tokens[k].value
    return k, value, scale


def read_words(surface: str, offset: int, language: str) -> list[Numeral]:
    """The numbers in a run of number words matched by :func:`words_regex` (``offset`` its start)."""
    lex = word_lexicon(language)
    if lex is None:
        return []
    tokens = _tokenize(surface, language)
    out: list[Numeral] = []
    i = 0
    while i < len(tokens):
        if tokens[i].kind in ("join", "comma"):
            i += 1
            continue
        negative = tokens[i].kind == "neg"
        first = i + 1 if negative else i
        if first >= len(tokens):
            break
        if tokens[first].kind in ("few", "order", "plural"):
            found = _read_vague(tokens, first)
            if found is not None:
                j, base = found
                out.append(_number(tokens, i, j, offset, base, base * _TEN, None, vague=True, weak=False))
                i = j
                continue
        j, value, scale = _read_exact(tokens, first, lex.of)
        over = _denominator(tokens, j) if j > first and tokens[j - 1].kind == "num" else None
        if over is not None:  # "dois onze avos" = 2/11, "tres dois milesimos" = 3/2000
            j, value, scale = over[0], value / over[1], None
        if j == first:
            i = first + 1
            continue
        if negative:
            value = -value
        # a lone weak word ("one", "um") or abbreviation ("mil", "bn") is a number only in context
        lone = tokens[i]
        short = lone.kind == "scale" and len(lone.key) < 4 and lone.key not in lex.alone
        weak = (j - i == 1 and (lone.key in lex.weak or short)) or _point_before_weak(tokens, first, j, lex)
        out.append(_number(tokens, i, j, offset, value, value, scale, vague=False, weak=weak))
        i = j
    return out


def _point_before_weak(tokens: list[_Token], first: int, j: int, lex: WordLexicon) -> bool:
    """A decimal point in words, then a weak word alone, with no whole number before, is weak too:
    a number only beside its unit ("point one percent"), not in "con una caída" (with a fall),
    though "tres con cinco" is 3.5."""
    return j - first == 2 and tokens[first].kind == "point" and tokens[first + 1].key in lex.weak


def _number(
    tokens: list[_Token],
    i: int,
    j: int,
    offset: int,
    low: Decimal,
    high: Decimal,
    scale: Decimal | None,
    *,
    vague: bool,
    weak: bool,
) -> Numeral:
    start, end = offset + tokens[i].start, offset + tokens[j - 1].end
    return Numeral(start, end, low, high, words=True, magnitude=scale, vague=vague, weak=weak)
