"""Paragraphs and sentences with offsets, in every script."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aicoverage.extract._sentences import find_paragraphs, find_sentences


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_sentences(text)]


SENTENCES = [
    (
        "en",
        "It fell 17%. Nvidia lost $600 billion! Why? Nobody knows.",
        ["It fell 17%.", "Nvidia lost $600 billion!", "Why?", "Nobody knows."],
    ),
    (
        "en",
        "Mr. Smith met Dr. Jones in the U.S. on Monday.",
        ["Mr. Smith met Dr. Jones in the U.S. on Monday."],
    ),
    ("en", "J. Smith said so. Then he left.", ["J. Smith said so.", "Then he left."]),
    ("en", "He said “It works.” Then he left.", ["He said “It works.”", "Then he left."]),
    ("es", "Costó 6 millones. ¿Es verdad? Sí.", ["Costó 6 millones.", "¿Es verdad?", "Sí."]),
    ("fr", "Il l'a dit. « Oui. » Puis il est parti.", ["Il l'a dit.", "« Oui. »", "Puis il est parti."]),
    (
        "pt",
        "1. A narrativa do modelo\nO custo foi de US$ 6 milhões. Caiu 17%.",
        ["1. A narrativa do modelo", "O custo foi de US$ 6 milhões.", "Caiu 17%."],
    ),
    (
        "ru",
        "Чипы стоят около $1 млрд, т.е. немало. Это важно.",
        ["Чипы стоят около $1 млрд, т.е. немало.", "Это важно."],
    ),
    ("ru", "В 2023 г. фонд вырос. Потом упал.", ["В 2023 г. фонд вырос.", "Потом упал."]),
    ("zh", "他说了。然后走了！真的吗？", ["他说了。", "然后走了！", "真的吗？"]),
    ("zh", "“这是错误。”他说。", ["“这是错误。”", "他说。"]),
    ("ja", "アモデイ氏は述べた。規制は有効だ。", ["アモデイ氏は述べた。", "規制は有効だ。"]),
    (
        "en",
        "Version 3.5 is out... and it is 2.5x faster.",
        ["Version 3.5 is out...", "and it is 2.5x faster."],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), SENTENCES)
def test_sentences(language: str, text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_sentences_never_cross_a_line() -> None:
    assert sentences("No stop here\nNext line. More") == ["No stop here", "Next line.", "More"]


def test_paragraphs_are_trimmed_lines() -> None:
    text = "  First line. \n\n\u00a0Second\n"
    assert [text[p.start : p.end] for p in find_paragraphs(text)] == ["First line.", "Second"]


def test_bounds_limit_the_search() -> None:
    text = "Skip me. Take me. Take me too. Skip."
    assert [text[s.start : s.end] for s in find_sentences(text, 9, 30)] == ["Take me.", "Take me too."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"ab A.!?。！ “”»\n\u00a01", "Mr.", "т.е."]), max_size=40).map("".join))
def test_sentences_are_ordered_trimmed_and_inside_the_text(text: str) -> None:
    last = 0
    for s in find_sentences(text):
        assert last <= s.start < s.end <= len(text)
        assert not text[s.start].isspace()
        assert not text[s.end - 1].isspace()
        assert "\n" not in text[s.start : s.end]
        last = s.end
