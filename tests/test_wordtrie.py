import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aicoverage.quantities._wordpattern import words_pattern


@pytest.mark.parametrize(
    ("words", "text", "matched"),
    [
        (["млн", "млрд"], "млрд", "млрд"),
        (["миллиард*"], "миллиардов", "миллиардов"),
        (["приближа* к"], "приближается к", "приближается к"),
        (["mil milhões", "mil"], "mil\u00a0milhões", "mil\u00a0milhões"),
        (["US$", "$"], "US$", "US$"),
        (["a", "ab", "abc"], "abcd", "abc"),
    ],
)
def test_pattern_matches_the_longest_word(words: list[str], text: str, matched: str) -> None:
    m = re.compile(words_pattern(words)).match(text)
    assert m is not None
    assert m.group() == matched


def test_empty_list_matches_nothing() -> None:
    assert re.compile(words_pattern([])).match("anything") is None


@given(st.lists(st.text(alphabet="abcабв$. ", min_size=1, max_size=6), min_size=1, max_size=20))
def test_every_listed_word_matches_itself_whole(words: list[str]) -> None:
    rx = re.compile(words_pattern(words))
    for w in words:
        w = w.strip()
        if w and "*" not in w:
            assert rx.fullmatch(" ".join(w.split())) is not None
