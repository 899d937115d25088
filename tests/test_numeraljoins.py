"""Tests of aicoverage.quantities._numeraljoins: adjacent numerals that are one number."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aicoverage.quantities._numerals import find_numerals

# (language, text, [(surface, value), ...])
JOINED = [
    ("en", "4 thousand 3 hundred and 21 cars", [("4 thousand 3 hundred and 21", "4321")]),
    ("en", "paid 7 hundred and 5 pounds", [("7 hundred and 5", "705")]),
    ("en", "9 hundred and one of them", [("9 hundred and one", "901")]),  # a weak word completes it
    ("en", "2 crore and three hundred", [("2 crore and three hundred", "20000300")]),
    ("en", "5000 2 hundred", [("5000", "5000"), ("2 hundred", "200")]),  # no scale word on 5000
    ("en", "$2bn and 5k", [("2bn", "2000000000"), ("5k", "5000")]),  # glued suffixes: two amounts
    ("en", "7 million and 40 people", [("7 million", "7000000"), ("40", "40")]),
    ("en", "2 thousand 3 thousand", [("2 thousand", "2000"), ("3 thousand", "3000")]),
    ("en", "between 2 thousand and 9 thousand", [("2 thousand", "2000"), ("9 thousand", "9000")]),
    ("en", "some 8 million and a quarter", [("8 million and a quarter", "8250000")]),
    ("en", "8 million and half of them", [("8 million", "8000000")]),  # half of what follows
    ("pt", "quatro bilhões com um quarto", [("quatro bilhões com um quarto", "4250000000")]),
    ("pt", "R$ 3 milhões e 200 mil", [("3 milhões e 200 mil", "3200000")]),
    ("pt", "US$ 500 bilhões e 2 milhões", [("500 bilhões", "500000000000"), ("2 milhões", "2000000")]),
    ("pt", "7 mil e 40 reais", [("7 mil e 40", "7040")]),
    ("pt", "3 ponto sete", [("3 ponto sete", "3.7")]),
    ("pt", "com 3 e sete", [("3", "3"), ("sete", "7")]),
    ("ru", "2 млрд 300 млн рублей", [("2 млрд 300 млн", "2300000000")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), JOINED)
def test_join_numerals(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = find_numerals(text, lang)
    assert [(text[n.start : n.end], n.low) for n in found] == [(s, Decimal(v)) for s, v in expected]


@given(
    st.lists(
        st.sampled_from(["3", "40", "hundred", "thousand", "million", "and", "a", "quarter", "one", "x"]),
        max_size=10,
    )
)
def test_joined_numerals_stay_in_order(words: list[str]) -> None:
    text = " ".join(words)
    end = 0
    for n in find_numerals(text, "en", keep_weak=True):
        assert end <= n.start < n.end <= len(text)
        end = n.end
