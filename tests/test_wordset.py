"""Word lookups read what the guarded trie patterns they replace read (the patterns are the oracle)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aicoverage.quantities._lexicon import _guarded
from aicoverage.quantities._wordset import WordSet, skip_space
from tests.strategies import lookup_texts, table_codes, table_words


def _oracle(words: list[str], codes: list[str], *, backwards: bool = False) -> re.Pattern[str]:
    return re.compile(_guarded(words, codes=codes, backwards=backwards), re.IGNORECASE)


@given(table_words, table_codes, lookup_texts, st.data())
def test_the_first_end_is_the_patterns_match(
    words: list[str], codes: list[str], text: str, data: st.DataObject
) -> None:
    pos = data.draw(st.integers(0, len(text)))
    stop = data.draw(st.integers(pos, len(text)))
    m = _oracle(words, codes).match(text, pos, stop)
    assert WordSet.of(words, codes=codes).first_end(text, pos, stop) == (m.end() if m else None)


@given(table_words, table_codes, lookup_texts, st.data())
def test_read_backwards_too(words: list[str], codes: list[str], text: str, data: st.DataObject) -> None:
    back = text[::-1]
    pos = data.draw(st.integers(0, len(back)))
    m = _oracle(words, codes, backwards=True).match(back, pos)
    assert WordSet.of(words, codes=codes, backwards=True).first_end(back, pos) == (m.end() if m else None)


@given(table_words, lookup_texts)
def test_every_end_is_a_word_of_the_set(words: list[str], text: str) -> None:
    ws = WordSet.of(words)
    for end in ws.ends(text, 0):
        assert _oracle(words, []).fullmatch(text, 0, end) is not None


@pytest.mark.parametrize(
    ("words", "text", "pos", "ends"),
    [
        (["dollar", "dollars"], "5 dollars", 2, [9]),
        (["dollar", "dollar*"], "5 dollarov", 2, [10]),
        (["процент*", "процентных пунктов"], "3 процентных пунктов", 2, [20, 12]),  # longer words first
        (["euro", "euro*"], "5 euro", 2, [6]),
        (["us$", "us"], "5 us$", 2, [4, 5]),  # a word and a letter guard first, as the pattern tries them
        (["доллар сша"], "5 доллар\u00a0 США", 2, [13]),
        (["円"], "5円", 1, [2]),
        (["ab"], "xab", 1, []),  # never out of a longer word
    ],
)
def test_known_lookups(words: list[str], text: str, pos: int, ends: list[int]) -> None:
    assert WordSet.of(words).ends(text, pos) == ends


def test_a_stem_inside_a_word_is_refused() -> None:
    with pytest.raises(ValueError, match="stem"):
        WordSet.of(["a*b"])


@pytest.mark.parametrize(("text", "pos", "end"), [(" \u00a0 x", 0, 3), ("x", 0, 0), ("  ", 1, 2)])
def test_skip_space(text: str, pos: int, end: int) -> None:
    assert skip_space(text, pos, len(text)) == end
