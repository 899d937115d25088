"""Bugs caught in the quantity engine (issues 10 and 15): each row built from its description.

Rows: (language, text, kind, low, high, unit, currency, bound) of the one quantity found.
"""

from __future__ import annotations

import re
import time
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aicoverage import find_quantities, parse_quantity
from aicoverage._scripts import FORMAT

BUGS = [
    # invisible and typographic characters inside a number
    ("en", "5\u200b000 chips", "count", 5000, 5000, "chip", None, "exact"),
    ("en", "5\u2060000 chips", "count", 5000, 5000, "chip", None, "exact"),
    ("en", "5\u00ad000 chips", "count", 5000, 5000, "chip", None, "exact"),
    ("de", "50'000 Nutzer", "count", 50000, 50000, "user", None, "exact"),
    ("fr", "50’000 utilisateurs", "count", 50000, 50000, "user", None, "exact"),
    ("en", "$6\u200e million", "money", 6e6, 6e6, None, "USD", "exact"),
    # vulgar fractions before scale words multiply; a minus before the sign is kept
    ("en", "½ million users", "count", 5e5, 5e5, "user", None, "exact"),
    ("en", "2½ million users", "count", 2.5e6, 2.5e6, "user", None, "exact"),
    ("en", "a loss of -$5 million", "money", -5e6, -5e6, None, "USD", "exact"),
    # the "s" of a possessive is no currency prefix ("S$" is the Singapore dollar)
    ("en", "DeepSeek's $6 million model", "money", 6e6, 6e6, None, "USD", "exact"),
    ("en", "this $500 billion plan", "money", 5e11, 5e11, None, "USD", "exact"),
    # separators and magnitudes follow the number's own form
    ("fr", "2.900 milliards d'euros", "money", 2.9e12, 2.9e12, None, "EUR", "exact"),
    ("it", "3,5 trilioni di dollari", "money", 3.5e12, 3.5e12, None, "USD", "exact"),
    ("ja", "OpenAIは$500 billionを投じる", "money", 5e11, 5e11, None, "USD", "exact"),
    ("zh", "600兆瓦的数据中心", "count", 600, 600, "megawatt", None, "exact"),
    # bound words one word away, after a comma, or Russian "до"
    ("en", "at least a 10% rise", "percent", 10, 10, "percent", None, "at_least"),
    ("es", "más de un 3%", "percent", 3, 3, "percent", None, "at_least"),
    ("en", "$500 billion, at least", "money", 5e11, 5e11, None, "USD", "at_least"),
    ("ru", "до 10 млн рублей", "money", 1e7, 1e7, None, "RUB", "at_most"),
    # bounds and two-sided ranges in es, fr, it, de, ja
    ("es", "no menos de treinta", "count", 30, 30, None, None, "at_least"),
    ("es", "por lo menos 20", "count", 20, 20, None, None, "at_least"),
    ("fr", "pas moins de 40", "count", 40, 40, None, None, "at_least"),
    ("it", "non più di 10 dollari", "money", 10, 10, None, "USD", "at_most"),
    ("es", "mayor que veinte y menor o igual a treinta y cinco", "count", 20, 35, None, None, "exact"),
    ("ja", "100以上310以下", "count", 100, 310, None, None, "exact"),
    ("ja", "20より大きい", "count", 20, 20, None, None, "at_least"),
    # number words
    ("de", "achtundsiebzig Millionen Dollar", "money", 7.8e7, 7.8e7, None, "USD", "exact"),
    ("it", "trentasei dipendenti", "count", 36, 36, "employee", None, "exact"),
    ("fr", "quatre-vingt-quinze", "count", 95, 95, None, None, "exact"),
    ("fr", "soixante onze", "count", 71, 71, None, None, "exact"),
    ("es", "dieciséis", "count", 16, 16, None, None, "exact"),
    ("ja", "百一", "count", 101, 101, None, None, "exact"),
    ("ja", "二百五", "count", 205, 205, None, None, "exact"),
    # fractions, halves, dozens, mixed numbers
    ("de", "dreieinhalb Jahre", "duration", 3.5, 3.5, "year", None, "exact"),
    ("de", "fünf Dutzend", "count", 60, 60, None, None, "exact"),
    ("it", "2 e 1/4", "count", 2.25, 2.25, None, None, "exact"),
    ("ja", "103と3分の2", "count", Decimal(311) / 3, Decimal(311) / 3, None, None, "exact"),
    # percent words
    ("fr", "20 pourcent", "percent", 20, 20, "percent", None, "exact"),
    ("es", "cien por cien", "percent", 100, 100, "percent", None, "exact"),
    ("it", "venti percento", "percent", 20, 20, "percent", None, "exact"),
    ("de", "siebenunddreißig Prozent", "percent", 37, 37, "percent", None, "exact"),
    ("ja", "9割", "percent", 90, 90, "percent", None, "exact"),
    ("ja", "12パ ーセ ント", "percent", 12, 12, "percent", None, "exact"),
    # counts and durations in words
    ("en", "within five years", "duration", 5, 5, "year", None, "at_most"),
    ("de", "in vier Jahren", "duration", 4, 4, "year", None, "exact"),
    ("es", "en cuatro años", "duration", 4, 4, "year", None, "exact"),
    ("fr", "en quatre ans", "duration", 4, 4, "year", None, "exact"),
    ("zh", "四年", "duration", 4, 4, "year", None, "exact"),
]


@pytest.mark.parametrize(("lang", "text", "kind", "low", "high", "unit", "currency", "bound"), BUGS)
def test_bug_caught_stays_fixed(
    lang: str,
    text: str,
    kind: str,
    low: float,
    high: float,
    unit: str | None,
    currency: str | None,
    bound: str,
) -> None:
    found = find_quantities(text, language=lang)
    assert len(found) == 1, found
    q = found[0].quantity
    assert (q.kind.value, q.unit, q.currency, q.bound.value) == (kind, unit, currency, bound)
    assert abs(q.low - Decimal(str(low))) <= abs(Decimal(str(low))) * Decimal("1e-9")
    assert abs(q.high - Decimal(str(high))) <= abs(Decimal(str(high))) * Decimal("1e-9")
    assert text[found[0].start : found[0].end] == found[0].text


_FORMAT_CHARS = [
    ch
    for ch in map(chr, range(0x110000))
    if re.fullmatch(f"[{FORMAT}]", ch) and not 0xD800 <= ord(ch) <= 0xDFFF
]


@given(
    value=st.integers(0, 10**9),
    grouped=st.booleans(),
    where=st.integers(1, 20),
    ch=st.sampled_from(_FORMAT_CHARS),
    lang=st.sampled_from(["en", "de", "fr", "ru", "pt", "zh", "ja", "es", "it"]),
)
def test_a_format_character_inside_the_digits_changes_nothing(
    value: int, grouped: bool, where: int, ch: str, lang: str
) -> None:
    """Inserting any format character (Cf, soft hyphen) inside a number's digit run gives the same
    value at that place, or no quantity there; never a different value."""
    digits = f"{value:,}" if grouped else str(value)
    text = f"Sold {digits} chips"
    before = [m for m in find_quantities(text, language=lang) if m.start <= 5 < m.end]
    cut = 5 + min(where, len(digits) - 1) if len(digits) > 1 else 5
    changed = text[:cut] + ch + text[cut:]
    after = [m for m in find_quantities(changed, language=lang) if m.start <= cut < m.end or m.start == 5]
    for m in after:
        assert changed[m.start : m.end] == m.text
        assert any(m.quantity.low == b.quantity.low for b in before), (changed, m, before)


def test_a_long_run_of_section_marks_is_read_in_linear_time() -> None:
    """ "亿" repeated (a red-team input) took 3.5 s for 20 KB: the value was written out in digits."""
    start = time.perf_counter()
    find_quantities("一" + "亿" * 20000, language="zh")
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize("text", ["DeepSeek has 5 GPUs and 7 servers", "5 and 7", "GPT-4 costs $20"])
def test_parse_quantity_is_none_when_the_string_holds_more_than_one_number(text: str) -> None:
    assert parse_quantity(text, language="en") is None


@pytest.mark.parametrize(
    ("lang", "text", "low", "bound"),
    [
        ("fr", "ça coûte treize euros et quarante-cinq cents", Decimal("13.45"), "exact"),
        ("fr", "plus de la moitié des gens", Decimal("0.5"), "at_least"),
        ("en", "more than one model", Decimal(1), "at_least"),
    ],
)
def test_cents_and_bounded_weak_words(lang: str, text: str, low: Decimal, bound: str) -> None:
    (m,) = find_quantities(text, language=lang)
    assert (m.quantity.low, m.quantity.bound.value) == (low, bound)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("3－5年", 3, 5),
        ("-2.5^-1", Decimal("-0.4"), Decimal("-0.4")),
        ("－1２２％", -122, -122),
        ("1.1の2乗", Decimal("1.21"), Decimal("1.21")),
    ],
)
def test_japanese_signs_ranges_and_powers(text: str, low: Decimal, high: Decimal) -> None:
    q = parse_quantity(text, language="ja")
    assert q is not None
    assert (q.low, q.high) == (low, high)
