"""Tests of aicoverage.quantities._wordlexicon: number words as tokens."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aicoverage.quantities._wordlexicon import syntax_regex, tokens

# (language, run, [(kind, value), ...])
TOKENS = [
    ("en", "twenty-fifth", [("frac", "25")]),  # one ordinal, not twenty and a fifth
    ("en", "three twenty-firsts", [("num", "3"), ("frac", "21")]),
    ("en", "twenty fifths", [("num", "20"), ("frac", "5")]),  # spaced: twenty of them
    ("en", "one-fifth", [("num", "1"), ("frac", "5")]),  # "one" is no tens word
    ("en", "hundred and five", [("mult", "100"), ("join", "1"), ("num", "5")]),
    ("pt", "tres vinte avos", [("num", "3"), ("num", "20"), ("over", "0")]),
]


@pytest.mark.parametrize(("lang", "run", "expected"), TOKENS)
def test_tokens(lang: str, run: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.kind, t.value) for t in tokens(run, lang)] == [(k, Decimal(v)) for k, v in expected]


def test_syntax_regex_of_a_missing_key_matches_nothing() -> None:
    assert syntax_regex("en", "no_such_key") == "(?i:(?!))"


@pytest.mark.parametrize(
    ("language", "text", "value", "kind"),
    [
        ("es", "se multiplica por cuatro", "4", "multiple"),  # a number word after "por"
        ("es", "cinco por ciento", "5", "percent"),  # but "ciento" after "por" is the percent sign
        ("pt", "multiplicou por cinco", "5", "multiple"),
        ("pt", "dez por cento", "10", "percent"),
        ("it", "per quattro anni", "4", "duration"),
        ("it", "venti per cento", "20", "percent"),
        ("fr", "vingt pour cent", "20", "percent"),
    ],
)
def test_only_the_second_word_of_a_percent_sign_is_no_number(
    language: str, text: str, value: str, kind: str
) -> None:
    from aicoverage import find_quantities

    (m,) = find_quantities(text, language=language)
    assert (str(m.quantity.low), m.quantity.kind.value) == (value, kind)
