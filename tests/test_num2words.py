"""The quantity engine against an oracle: num2words' spellings read back as the values spelled.

num2words (test extra) is used only here, as an independent speller; nothing of it is copied.
Its Italian spells 18 inside compounds "dicotto" (for "diciotto"): those values are left out.
"""

from __future__ import annotations

import os
from decimal import Decimal
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aicoverage import parse_quantity

# our languages that num2words has, with the variant spelled
LANGUAGES = {
    "de": "de",
    "en": "en",
    "es": "es",
    "fr": "fr",
    "it": "it",
    "ja": "ja",
    "pt": "pt_BR",
    "ru": "ru",
}


def _num2words() -> ModuleType:
    try:
        import num2words
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("num2words (the test extra) is not installed")
        pytest.skip("num2words is not installed")
    return num2words


def _spell(value: int | Decimal | float, language: str, **options: str) -> str:
    return str(_num2words().num2words(value, lang=LANGUAGES[language], **options))


@pytest.mark.parametrize("language", sorted(LANGUAGES))
@given(value=st.integers(0, 10**12))
def test_spelled_integers_read_back(language: str, value: int) -> None:
    words = _spell(value, language)
    if "dicotto" in words:
        return
    q = parse_quantity(words, language=language)
    assert q is not None, words
    assert (q.low, q.high) == (value, value), words


@pytest.mark.parametrize("language", sorted(LANGUAGES))
@given(cents=st.integers(0, 10**8))
def test_spelled_two_decimal_values_read_back(language: str, cents: int) -> None:
    value = Decimal(cents) / 100
    # num2words spells Italian decimals only from a float
    words = _spell(float(value) if language == "it" else value, language)
    if "dicotto" in words:
        return
    q = parse_quantity(words, language=language)
    assert q is not None, words
    assert q.low == value, words


# "one" and the ordinal of the denominator is a fraction in these languages ("un cinquième");
# Spanish and Portuguese say "un tercio", "um terço" for a third, not the ordinal "tercero"
@pytest.mark.parametrize(("language", "smallest"), [("en", 3), ("es", 4), ("fr", 3), ("it", 3), ("pt", 4)])
@given(data=st.data())
def test_one_and_an_ordinal_read_back_as_a_fraction(
    language: str, smallest: int, data: st.DataObject
) -> None:
    den = data.draw(st.integers(smallest, 10))
    words = f"{_spell(1, language)} {_spell(den, language, to='ordinal')}"
    q = parse_quantity(words, language=language)
    assert q is not None, words
    assert abs(q.low - Decimal(1) / den) < Decimal("1e-20"), words
