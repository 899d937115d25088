"""Chinese and Japanese numerals: "三千五百亿", "两千万点五五四四", "5万4千6百", "三分之一", "数十亿".

The characters and their roles are data (``data/numerals/<language>.toml``, ``[cjk]``): digits,
units within a section (十 百 千), section marks (万 亿 兆), the decimal point, fractions (分之),
vague digits (数 几) and the "and some" marks (多 余). The scanner matches a run of them (ASCII
digits may stand for the digits: "5万4千6百"); :func:`read_cjk` evaluates the run and splits it
where it stops being one number. A lone digit character ("一" in "统一", "两" in "两岸") is marked
weak unless a classifier or unit follows ("三家", "两名").

>>> [(n.start, n.end, str(n.low)) for n in read_cjk("三千五百亿", 0, 5, "zh")]
[(0, 5, '350000000000')]
>>> [str(n.low) for n in read_cjk("两千万点五五四四", 0, 8, "zh")]
['20000000.5544']
>>> [(str(n.low), str(n.high), n.vague) for n in read_cjk("数十亿", 0, 3, "zh")]
[('1000000000', '10000000000', True)]
>>> [(str(n.low), n.more) for n in read_cjk("十几万", 0, 3, "zh")]  # at least 100000
[('100000', True)]
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from attrs import frozen

from aicoverage._scripts import HAN
from aicoverage._tables import read_table
from aicoverage.quantities._cjktokens import Chars, CjkToken, chars_of, cjk_initials, cjk_regex, tokens_of
from aicoverage.quantities._numeral import Numeral

__all__ = ["cjk_initials", "cjk_regex", "read_cjk", "read_tenth_parts"]

_TEN = Decimal(10)
_HALF = Decimal("0.5")
_MAX_TOKENS = 64  # the most tokens one number can take ("九千九百九十九亿九千九百九十九万...")
_MAX_EXPONENT = 60  # a run of section marks stops before 10**60 (it would overflow Decimal)
_MAX_POSITIONAL = 16  # digits written one by one, side by side: a year, a code, decimals
_KANJI = re.compile(f"[{HAN}]")


@frozen
class _Read:
    end: int  # index of the first token not read
    low: Decimal
    high: Decimal
    vague: bool
    section: Decimal | None  # the last section mark read (万, 亿): the magnitude
    more: bool = False  # an "and some" mark was read ("十多万", "二十几万"): at least the value


def _positional(tokens: list[CjkToken], i: int) -> tuple[int, Decimal]:
    """Digits written one by one ("二〇二三", "五五四四"): their digit string."""
    j = i
    while (
        j < len(tokens)
        and tokens[j].role == "digits"
        and (j == i or (tokens[j].start == tokens[j - 1].end and j - i < _MAX_POSITIONAL))
    ):
        j += 1
    return j, Decimal("".join(str(int(t.value)) for t in tokens[i:j]) or "0")


def _read_integer(tokens: list[CjkToken], i: int, *, abbreviated: bool = True) -> _Read:
    """One integer (or a "两三千" range) from ``tokens[i:]``."""
    digit_like = ("digits", "counting")
    if (
        i + 2 < len(tokens)
        and tokens[i].role in digit_like
        and tokens[i + 1].role in digit_like
        and tokens[i + 2].role in ("units", "sections")
        and 0 < tokens[i].value < tokens[i + 1].value
    ):
        # "二三十" is 20 to 30, "两三千" 2000 to 3000: two digits before one unit
        # Only a bounded window is copied: one number is never longer, and copying the rest of the
        # text at every such place would make a long run of numerals quadratic.
        low = _read_plain([tokens[i], *tokens[i + 2 : i + 2 + _MAX_TOKENS]], 0)
        high = _read_plain(tokens[i + 1 : i + 1 + _MAX_TOKENS], 0)
        return _Read(high.end + i + 1, low.low, high.low, False, high.section)
    return _read_plain(tokens, i, abbreviated=abbreviated)


def _read_plain(tokens: list[CjkToken], i: int, *, abbreviated: bool = True) -> _Read:
    """One integer (with its vague or "and some" part) from ``tokens[i:]``."""
    total, section, digit = Decimal(0), Decimal(0), None
    last_unit, last_section, vague, mark, more = None, None, False, None, False
    zero_gap, j = False, i
    run_end, run = _positional(tokens, i)
    if run_end - i > 1 and (
        run_end == len(tokens) or tokens[run_end].role not in ("units", "tens", "counting")
    ):
        denominator = run_end < len(tokens) and tokens[run_end].role == "fraction"  # "三五分の百": 35
        if run_end - i == 2 and 0 < tokens[i].value < tokens[i + 1].value and not denominator:
            return _Read(run_end, tokens[i].value, tokens[i + 1].value, False, None)  # "三五年": 3 to 5
        return _Read(run_end, run, run, False, None)
    while j < len(tokens):
        t = tokens[j]
        if t.role in ("digits", "ascii", "counting"):
            if digit is not None and not (zero_gap and digit == 0):
                break
            if t.value == 0 and t.role == "digits" and (section or total):  # "一万零四十"; not "零 一"
                zero_gap = True
            digit = t.value
        elif t.role == "half" and digit == 1 and j == i + 1:
            return _Read(j + 1, Decimal("0.5"), Decimal("0.5"), False, None)  # "一半"
        elif t.role == "half" and j == i:
            if j + 1 == len(tokens) or tokens[j + 1].role not in ("units", "sections"):
                return _Read(j + 1, _HALF, _HALF, False, None)  # "半个"
            digit = _HALF  # "半百" is 50
        elif t.role == "few" and (section or total) and not digit:
            digit, more = None, True  # "二十几万", "一百零几万": the round number and some, like "多"
        elif t.role == "few":
            if digit is not None:
                break
            digit, vague = Decimal(1), True
        elif t.role in ("units", "tens"):
            unit = t.value if t.role == "units" else Decimal(10)
            if last_unit is not None and unit >= last_unit:
                break
            if t.role == "tens":
                if digit is not None and not (zero_gap and digit == 0):
                    break
                digit = t.value / 10
            section += (digit if digit else Decimal(1)) * unit  # "零十" is ten: the zero only fills a gap
            digit, last_unit, zero_gap = None, unit, False
        elif t.role == "sections":
            if (
                abbreviated
                and (
                    digit is not None
                    and not zero_gap
                    and tokens[j - 1].role in ("digits", "counting")
                    and j - i > 1
                )
                and tokens[j - 2].role == "units"
                and last_unit is not None
            ):
                digit *= last_unit / _TEN  # "百二万" is 1200000
            if total.adjusted() > _MAX_EXPONENT:
                return _Read(i, Decimal(0), Decimal(0), False, None)  # "亿亿亿…": no amount is that large
            section += digit or 0
            if section == 0 and total == 0 and digit is None:
                section = Decimal(1)
            if last_section is not None and t.value < last_section:
                total += section * t.value
            else:
                total = (total + section) * t.value
            section, digit, last_unit, last_section, mark = Decimal(0), None, None, t.value, t.value
            zero_gap = False
        elif t.role == "more" and (section or total or digit):
            # "十多万", "500余万": the number read so far; what "more" adds is the quantity layer's bound
            section, digit, more = section + (digit or 0), None, True
        else:
            break
        j += 1
    if abbreviated and digit is not None and not zero_gap and digit and j - i > 1:
        # "一万三" is 13000, "四百五" 450: a last digit right after a unit stands one place lower
        # (Chinese; in Japanese "二百五" is 205: [cjk] abbreviated_tail = false)
        before = tokens[j - 2].role
        if before in ("units", "sections") and tokens[j - 1].role in ("digits", "counting"):
            place = last_unit if before == "units" else last_section
            digit *= (place or Decimal(1)) / _TEN
    value = total + section + (digit or 0)
    if vague:
        return _Read(j, value, value * _TEN, True, mark)
    return _Read(j, value, value, False, mark, more)


def _is_weak(tokens: list[CjkToken], i: int, j: int, chars: Chars, text: str, end: int) -> bool:
    """A lone character ("一", "两", "万"), digits side by side ("陽光九九") or a number opening with
    百/千/万 ("千万不要", "百度") inside a word, or a bare magnitude ("万万"), with no classifier or
    unit after it."""
    lone = (j - i == 1 and tokens[i].role != "ascii") or all(t.role == "digits" for t in tokens[i:j])
    opens = tokens[i].role == "sections" or (tokens[i].role == "units" and tokens[i].value > 10)
    if not (lone or opens) or chars.context.match(text, end) is not None:
        return False
    start = tokens[i].start
    if lone and tokens[i].role == "half" and tokens[i].end - start > 1:
        return _KANJI.match(text[start - 1 : start] + " ") is not None  # "半分" is a word; "過半数" more
    if lone and tokens[i].role == "digits" and tokens[i].end - start > 1:
        return True  # "ゼロ件" counts; "ゼロから学ぶ" (from scratch) and "ゼロックス" are words
    # magnitude words alone ("万", "千万") and section marks with a digit ("万一") are no amount; a
    # leading unit with a digit ("千三" is 1300) or a lone character standing alone ("，二，") is a
    # number, inside a word ("统一", "百度") it is not
    if opens and tokens[i].role == "sections":
        return True
    if opens and not any(t.role in ("digits", "counting") for t in tokens[i:j]):
        # "百度", "千万不要" are words; "答えは百億です" is a number between particles
        return _KANJI.match(text[start - 1 : start] + " ") is not None or _KANJI.match(text, end) is not None
    # kana beside it are particles ("答えは百九十二です"), not the rest of a word
    before = _KANJI.match(text[start - 1 : start] + " ")
    return before is not None or _KANJI.match(text, end) is not None


def _fraction(
    tokens: list[CjkToken], k: int, den: Decimal, *, abbreviated: bool = True
) -> tuple[int, Decimal] | None:
    """The numerator after "分之" at ``tokens[k]``: (next index, value of the fraction)."""
    negative = k + 1 < len(tokens) and tokens[k + 1].role == "negative"  # "三分之负一"
    num = _read_one(tokens, k + 2 if negative else k + 1, fractions=False, abbreviated=abbreviated)
    if num is None or den == 0:
        return None
    return num[1], -num[2] / den if negative else num[2] / den


def _spelled_after_point(tokens: list[CjkToken], point: int) -> bool:
    """Whether a number with units follows the point ("・八十九"): decimals are digits one by one."""
    if point + 1 >= len(tokens) or tokens[point + 1].role != "digits":
        return False
    k, _ = _positional(tokens, point + 1)
    return k < len(tokens) and tokens[k].role in ("units", "tens") and tokens[k].start == tokens[k - 1].end


def _read_one(
    tokens: list[CjkToken], i: int, *, fractions: bool = True, abbreviated: bool = True
) -> tuple[int, int, Decimal, Decimal, _Read] | None:
    """One number at ``tokens[i]``: (first token, next token, low, high, integer part) or None."""
    r = _read_integer(tokens, i, abbreviated=abbreviated)
    if r.end == i:
        return None
    low, high, end = r.low, r.high, r.end
    n = len(tokens)
    role = tokens[end].role if end < n else None
    if role == "point" and _spelled_after_point(tokens, end):
        return i, end, low, high, r  # "六十七・八十九": a dot between two numbers, no decimal point
    if role == "point" and not r.vague and end + 1 < n and tokens[end + 1].role in ("digits", "ascii"):
        k, digits = _positional(tokens, end + 1)
        width = k - end - 1  # "点零七" is .07: the zeros count
        if tokens[end + 1].role == "ascii":
            k, digits = end + 2, tokens[end + 1].value
            width = tokens[end + 1].end - tokens[end + 1].start
        text = str(digits)
        fraction = digits / _TEN**width if "." not in text else Decimal(0)
        low = high = low + fraction
        end = k
        if k < n and tokens[k].role == "sections" and r.section is None:
            low = high = low * tokens[k].value
            end = k + 1
    elif role == "fraction" and not r.vague and fractions:
        found = _fraction(tokens, end, low, abbreviated=abbreviated)
        if found is None:
            return None
        end, low = found
        high = low
    elif role == "and_half" and not r.vague:  # "五个半"
        low, high, end = low + _HALF, high + _HALF, end + 1
    elif role == "times" and not r.vague:  # "五打" is five dozen
        value = tokens[end].value
        low, high, end = low * value, high * value, end + 1
    elif role == "and_fraction" and not r.vague and end + 1 < n and fractions:
        den = _read_integer(tokens, end + 1)
        if den.end < n and tokens[den.end].role == "fraction":
            found = _fraction(tokens, den.end, den.low, abbreviated=abbreviated)
            if found is not None:
                end, part = found
                low, high = low + part, high + part
    return i, end, low, high, r


def _read_one_character(text: str, start: int, chars: Chars) -> list[Numeral]:
    ch = text[start]
    role, value = chars.values.get(ch, ("other", Decimal(0)))
    if role == "half":  # "半个"
        role, value = "digits", _HALF
    if role not in ("digits", "counting", "units", "tens", "sections"):
        return []
    if ch in chars.formal and text.strip() != ch:
        return []
    weak = _is_weak([CjkToken(start, start + 1, role, value)], 0, 1, chars, text, start + 1)
    mark = value if role == "sections" else None
    return [Numeral(start, start + 1, value, value, words=True, magnitude=mark, weak=weak)]


def _joined(tokens: list[CjkToken], chars: Chars, text: str, end: int) -> Numeral | None:
    """Two single digits before a word that joins them are one number: "三八折" is 38 (not 3 to 8),
    "7 2 折" 72."""
    if len(tokens) != 2 or chars.joined.match(text, end) is None:
        return None
    if any(t.role not in ("digits", "ascii") or t.end - t.start != 1 for t in tokens):
        return None
    value = tokens[0].value * _TEN + tokens[1].value
    spelled = any(t.role == "digits" for t in tokens)
    return Numeral(tokens[0].start, tokens[1].end, value, value, words=spelled)


def read_cjk(text: str, start: int, end: int, language: str) -> list[Numeral]:
    """The numbers in the run ``text[start:end]`` matched by :func:`cjk_regex`, with absolute offsets.

    "百分之二十五" gives only "二十五": the percent sign is the quantity layer's.
    """
    chars = chars_of(language)
    if chars is None:
        return []
    if end - start == 1:  # the common case in running text: one character
        return _read_one_character(text, start, chars)
    tokens = [
        CjkToken(t.start + start, t.end + start, t.role, t.value) for t in tokens_of(text[start:end], chars)
    ]
    joined = _joined(tokens, chars, text, end)
    if joined is not None:
        return [joined]
    out: list[Numeral] = []
    i = 0
    percent = set(chars.table.get("percent_denominators", []))
    percent_before = False
    while i < len(tokens):
        negative = tokens[i].role == "negative"
        first = i + 1 if negative else i
        if first >= len(tokens):
            break
        if (
            first + 1 < len(tokens)
            and tokens[first + 1].role == "fraction"
            and text[tokens[first].start : tokens[first].end] in percent
        ):
            i = first + 2  # "百分之": read the numeral after it on its own
            percent_before = True
            continue
        found = _read_one(tokens, first, abbreviated=bool(chars.table.get("abbreviated_tail", True)))
        if found is None:
            i = first + 1
            continue
        _, j, low, high, r = found
        if negative:
            low, high = -high, -low
        lone = tokens[first : first + 1] if j == first + 1 else []
        if (
            lone
            and text[lone[0].start : lone[0].end] in chars.formal
            and text.strip() != text[start:end].strip()
        ):
            i = j  # a lone formal digit ("陆" in "登陆", "拾" in "拾起") is a word, never a number in text
            continue
        weak = not percent_before and _is_weak(tokens, first, j, chars, text, tokens[j - 1].end)
        percent_before = False
        spelled = any(t.role not in ("ascii", "units", "sections", "point") for t in tokens[first:j])
        out.append(
            Numeral(
                tokens[i].start,
                tokens[j - 1].end,
                low,
                high,
                magnitude=r.section,
                vague=r.vague,
                weak=weak,
                words=spelled,
                more=r.more and j == r.end,  # "十多万" is at least 100000; "十多万分之一" no bound
            )
        )
        i = j
    return out


@functools.cache
def _tenth_parts(language: str) -> tuple[re.Pattern[str], dict[str, Decimal]] | None:
    parts = read_table("quantities", language).get("percent", {}).get("tenth_parts", {})
    chars = chars_of(language)
    if not parts or chars is None:
        return None
    digits = "".join(re.escape(c) for c in chars.table.get("digits", {}))
    words = "|".join(re.escape(w) for w in parts)
    return re.compile(f"([0-9０-９{digits}])({words})"), {w: Decimal(str(v)) for w, v in parts.items()}


def read_tenth_parts(text: str, end: int, language: str) -> tuple[Decimal, int]:
    """What follows tenths at ``end``: hundredths and thousandths ("3割8分7厘" is 38.7 %), as
    percentage points, and where they end (``[percent] tenth_parts``; ``(0, end)`` for none).

    >>> read_tenth_parts("3割8分7厘", 2, "ja")
    (Decimal('8.7'), 6)
    """
    found = _tenth_parts(language)
    if found is None:
        return Decimal(0), end
    pattern, parts = found
    chars = chars_of(language)
    total, last = Decimal(0), None
    while (m := pattern.match(text, end)) is not None and (last is None or parts[m.group(2)] < last):
        ch = m.group(1)
        digit = Decimal(int(ch)) if ch.isdigit() else chars.values[ch][1] if chars else Decimal(0)
        last = parts[m.group(2)]
        total, end = total + digit * last, m.end()
    return total, end
