"""The last-word test before a number (quantities/_lastwords.py): quick, and never wrong."""

from __future__ import annotations

import re

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from aicoverage.quantities._lastwords import last_word, last_words
from aicoverage.quantities._lexicon import _guarded, lexicon
from tests.strategies import table_texts

LANGUAGES = ("en", "pt", "ru", "zh", "es", "fr", "de", "it", "ja")


@pytest.mark.parametrize(
    ("word", "last"),
    [
        ("около", "около"),
        ("не более чем", "чем"),
        ("приближа* к", "к"),
        ("cost*", "cost*"),
        ("R$", "$"),
        ("x-fach", "fach"),
        ("approx.", "."),
        ("超过", "过"),
        ("us$*", "$*"),
    ],
)
def test_last_word(word: str, last: str) -> None:
    assert last_word(word) == last


_PHRASE = st.text(alphabet="ab $.约-", min_size=1, max_size=6).map(str.strip).filter(bool)
_WORDS = st.lists(_PHRASE | _PHRASE.map(lambda w: w.rstrip("*") + "*"), min_size=1, max_size=5)


@given(_WORDS, st.text(alphabet="abAB $.约-\u00a0c", max_size=10))
def test_a_phrase_read_backwards_starts_with_its_last_word(words: list[str], back: str) -> None:
    """Wherever a phrase of the list is read backwards, the test of its last words reads too."""
    words = [w for w in words if "*" not in w[:-1] and not (w.endswith("*") and " " in w)]
    if not words or not last_words(words):
        return
    phrases = re.compile(f"\\s*+{_guarded(words, backwards=True)}", re.I)
    last = re.compile(f"\\s*+{_guarded(last_words(words), backwards=True)}", re.I)
    if phrases.match(back):
        assert last.match(back)


@pytest.mark.parametrize("language", LANGUAGES)
@given(data=st.data())
def test_read_before_is_the_same_without_the_test(language: str, data: st.DataObject) -> None:
    """The test only saves time: without it (a pattern that always passes) the reading is the same."""
    text = data.draw(table_texts(language))
    lex = lexicon(language)
    always = attrs.evolve(lex, before_last=re.compile(""))
    for end in range(len(text) + 1):
        lo = max(0, end - 48)
        assert lex.read_before(text, lo, end) == always.read_before(text, lo, end)


def test_the_test_turns_down_most_places() -> None:
    """It would pass everything if it were broken open: a plain word before a number ends nothing."""
    lex = lexicon("pt")
    assert lex.before_last.match(" orutuf o") is None
    assert lex.before_last.match(" ed som siam") is not None  # "mais de"
    assert lex.before_last.match(" $SU") is not None
