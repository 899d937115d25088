import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aicoverage._wordtrie import trie_pattern, words_pattern


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
    m = re.compile(trie_pattern(words)).match(text)
    assert m is not None
    assert m.group() == matched


def test_empty_list_matches_nothing() -> None:
    assert re.compile(trie_pattern([])).match("anything") is None


@given(st.lists(st.text(alphabet="abcабв$. ", min_size=1, max_size=6), min_size=1, max_size=20))
def test_every_listed_word_matches_itself_whole(words: list[str]) -> None:
    rx = re.compile(trie_pattern(words))
    for w in words:
        w = w.strip()
        if w and "*" not in w:
            assert rx.fullmatch(" ".join(w.split())) is not None


def test_whole_word_pattern_never_cuts_a_word_but_cjk_matches_anywhere() -> None:
    rx = re.compile(words_pattern(["раз", "表示"]))
    assert rx.search("разговор") is None
    assert rx.search("в 2 раза") is None
    assert rx.search("他表示") is not None


@given(
    st.lists(st.text(alphabet="ab *.-", min_size=1, max_size=5), min_size=1, max_size=8),
    st.text(alphabet="ab *.-x", max_size=30),
)
def test_literal_trie_matches_what_the_longest_first_alternation_matches(words: list[str], text: str) -> None:
    alternation = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))))
    trie = re.compile(trie_pattern(words, literal=True))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in alternation.finditer(text)]


def test_a_stem_is_tried_after_the_longer_words_that_continue_it() -> None:
    pattern = re.compile(trie_pattern(["percent*", "percentage points"]))
    assert [pattern.match(t).group() for t in ("percentage points", "percentages", "percent")] == [
        "percentage points",
        "percentages",
        "percent",
    ]
