"""Tests of aicoverage._scripts: the Unicode script classes."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest

from aicoverage._scripts import (
    ALPHABETIC,
    CAPITAL_LETTER,
    CURRENCY_SIGN,
    FORMAT,
    HAN,
    HIRAGANA,
    KANA,
    KATAKANA,
    LETTERS,
    LOWERCASE_LETTER,
    UNSPACED,
)


def test_format_holds_every_format_character_of_this_python() -> None:
    klass = re.compile(f"[{FORMAT}]")
    missing = [hex(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"]
    assert [c for c in missing if not klass.fullmatch(chr(int(c, 16)))] == []
    assert klass.fullmatch("\u00ad")  # the soft hyphen


def test_currency_sign_is_the_bmp_of_category_sc() -> None:
    klass = re.compile(f"[{CURRENCY_SIGN}]")
    inside = {chr(c) for c in range(0x10000) if klass.fullmatch(chr(c))}
    assert inside == {chr(c) for c in range(0x10000) if unicodedata.category(chr(c)) == "Sc"}


def test_the_classes_hold_their_scripts_and_no_others() -> None:
    assert re.fullmatch(f"[{ALPHABETIC}]+", "Jahrżé")
    assert not re.search(f"[{ALPHABETIC}]", "亿かカ5")
    assert re.fullmatch(f"[{HIRAGANA}]+", "ひらがな")
    assert re.fullmatch(f"[{KATAKANA}]+", "カタカナー")
    assert re.fullmatch(f"[{KANA}]+", "ひらカタ")
    assert re.fullmatch(f"[{HAN}]+", "漢字亿")
    assert re.fullmatch(f"[{UNSPACED}]+", "漢字かな한글")


@pytest.mark.parametrize(
    ("ch", "capital", "lowercase"),
    [
        ("A", True, False),
        ("ж", False, True),
        ("Ж", True, False),
        ("ß", False, True),
        ("ą", False, True),
        ("5", False, False),
        ("亿", False, False),
    ],
)
def test_capital_and_lowercase_letters_of_the_alphabets(ch: str, capital: bool, lowercase: bool) -> None:
    assert bool(re.fullmatch(CAPITAL_LETTER, ch)) is capital
    assert bool(re.fullmatch(LOWERCASE_LETTER, ch)) is lowercase
    assert (ch in LETTERS) is (capital or lowercase)
