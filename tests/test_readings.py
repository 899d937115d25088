"""The readers of a language's lexicon: what stands after, before and between numerals."""

from __future__ import annotations

import pytest

from aicoverage.quantities._lexicon import lexicon


@pytest.mark.parametrize(
    ("language", "text", "pos", "group", "word"),
    [
        ("en", "5 dollars", 1, "cur", "dollars"),
        ("en", "5% of", 1, "pct", "%"),
        ("es", "5 de dólares", 1, "cur", "dólares"),  # after a glue word
        ("ru", "5 долларов", 1, "cur", "долларов"),
        ("ja", "5ドル", 1, "cur", "ドル"),
        ("de", "5 Jahre", 1, "dur", "Jahre"),
        ("fr", "5 euros", 1, "cur", "euros"),
    ],
)
def test_read_after(language: str, text: str, pos: int, group: str, word: str) -> None:
    m = lexicon(language).read_after(text, pos)
    assert m is not None
    assert m.group(group) == word
    assert m.start() == pos


def test_a_percent_sign_goes_before_a_currency() -> None:
    m = lexicon("en").read_after("5 % USD", 1)
    assert m is not None
    assert m.group("pct") is not None
    assert m.group("cur") is None


@pytest.mark.parametrize(
    ("language", "text", "groups"),
    [
        ("en", "5 to 10", {"conn": "to"}),
        ("en", "5 dollars to 10", {"unitmid": "dollars", "conn": "to"}),
        ("en", "5 to USD 10", {"conn": "to", "cur": "USD"}),
        ("ru", "5 долларов до 10", {"unitmid": "долларов", "conn": "до"}),
        ("pt", "5 a 10", {"conn": "a"}),
    ],
)
def test_read_range(language: str, text: str, groups: dict[str, str]) -> None:
    m = lexicon(language).read_range(text, 1, text.rindex(" ") + 1)  # between "5" and "10"
    assert m is not None
    assert {name: m.groupdict().get(name) for name in groups} == groups


def test_a_word_that_is_no_currency_breaks_a_range() -> None:
    assert lexicon("en").read_range("5 to cats 10", 1, 10) is None


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [("en", "US$ ", "US$"), ("pt", "R$ ", "R$"), ("en", "GBP ", "GBP"), ("ru", "около $", "$")],
)
def test_read_before_finds_the_currency_next_to_the_number(language: str, text: str, word: str) -> None:
    found = lexicon(language).read_before(text, 0, len(text))
    assert found["cur"] == (text.rindex(word), word)
