"""A claim's sentence as shown: words cut by the window dropped, cut ends marked with "…"."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aicoverage.exporters._excerpt import ELLIPSIS, excerpt

_TEXTS = {
    "en": "The lab said on Monday that training the model cost about $12 million in total.",
    "ru": "Компания сообщила в понедельник, что обучение модели обошлось примерно в 12 млн долларов.",
    "pt": "A empresa disse na segunda-feira que o treino do modelo custou cerca de US$ 12 milhões.",
    "de": "Das Labor teilte am Montag mit, das Training habe rund 12 Millionen Dollar gekostet.",
}


def _window(text: str, start: int, end: int) -> str:
    return excerpt(text[start:end], start, text)


@pytest.mark.parametrize("language", sorted(_TEXTS))
def test_a_window_cut_inside_words_drops_them_and_says_so(language: str) -> None:
    text = _TEXTS[language]
    words = [w for w in text.split() if w.isalpha() and len(w) >= 5]  # the window cuts two of them
    start, end = text.index(words[1]) + 2, text.rindex(words[-2]) + 2
    shown = _window(text, start, end)
    assert shown.startswith(f"{ELLIPSIS} ")
    assert shown.endswith(f" {ELLIPSIS}")
    kept = shown.removeprefix(f"{ELLIPSIS} ").removesuffix(f" {ELLIPSIS}")
    assert f" {kept} " in f" {text} "  # whole words only
    assert words[1] not in kept
    assert words[-2] not in kept
    assert words[2] in kept


@pytest.mark.parametrize("language", sorted(_TEXTS))
def test_a_whole_sentence_or_a_window_cut_between_words_is_shown_as_it_is(language: str) -> None:
    text = _TEXTS[language]
    assert _window(text, 0, len(text)) == text
    second = text.index(" ") + 1
    assert _window(text, second, len(text)) == text[second:]


def test_chinese_is_cut_where_the_window_is_and_marked() -> None:
    text = "据报道，该实验室训练模型的成本约为1200万美元，低于此前的估计。"
    start = text.index("训练")
    assert _window(text, start, text.index("，低于")) == f"{ELLIPSIS}训练模型的成本约为1200万美元"


def test_a_sentence_the_text_does_not_hold_is_shown_as_it_is() -> None:
    assert excerpt("cost about $12", 3, _TEXTS["en"]) == "cost about $12"
    assert excerpt("cost about $12", 3, None) == "cost about $12"


@given(st.text(alphabet="ab кд ", min_size=1, max_size=60), st.data())
def test_an_excerpt_is_whole_words_of_the_window_between_its_marks(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    shown = _window(text, start, end)
    kept = shown.removeprefix(ELLIPSIS).removesuffix(ELLIPSIS).strip()
    assert kept in text[start:end] or shown == text[start:end]
    if ELLIPSIS not in shown:
        assert shown == text[start:end]
