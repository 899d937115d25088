"""Where the article ends: ending cues, cue lines set aside alone, reasons of the trailing lines."""

from __future__ import annotations

import pytest

from aicoverage.adapters._ending import find_ending, trailing_reason
from aicoverage.adapters._lines import split_lines

_PROSE = {
    "en": "The committee met on Tuesday and agreed to fund the new laboratory for three more years.",
    "ru": "Комитет собрался во вторник и согласился финансировать новую лабораторию ещё три года.",
    "pt": "O comitê se reuniu na terça-feira e aceitou financiar o novo laboratório por mais três anos.",
}


def _ending(text: str) -> tuple[int, dict[int, str], list[str]]:
    lines = split_lines(text)
    ending = find_ending(lines, 0, len(lines), linked=frozenset())
    return ending.end, ending.alone, [trailing_reason(ln) for ln in lines[ending.end :]]


@pytest.mark.parametrize(
    ("language", "share"), [("en", "Share"), ("ru", "Поделиться"), ("pt", "Compartilhar")]
)
def test_a_share_line_after_the_first_paragraph_ends_the_article(language: str, share: str) -> None:
    text = f"{_PROSE[language]}\n\n{share}\n\n{_PROSE[language]}"
    assert _ending(text) == (1, {}, ["share", "teaser"])


def test_a_share_line_before_any_paragraph_ends_nothing() -> None:
    assert _ending(f"Share\n\n{_PROSE['en']}")[0] == 2


@pytest.mark.parametrize(("language", "related"), [("ru", "Читайте также"), ("pt", "Leia também")])
def test_a_read_also_line_with_article_after_it_is_set_aside_alone_with_its_headline(
    language: str, related: str
) -> None:
    body = _PROSE[language]
    text = f"{body}\n\n{related}\n\nA short linked headline\n\n{body}\n\n{body}"
    assert _ending(text) == (5, {1: "teaser", 2: "teaser"}, [])


def test_a_read_also_line_followed_only_by_headlines_ends_the_article() -> None:
    text = f"{_PROSE['ru']}\n\nЧитайте также\n\nКороткий заголовок\n\nЕщё один заголовок"
    assert _ending(text) == (1, {}, ["teaser", "teaser", "teaser"])


def test_a_subscription_line_ends_the_article_and_is_set_aside_as_paywall() -> None:
    text = f"{_PROSE['ru']}\n\nПодпишитесь на наш канал\n\nКороткий хвост."
    assert _ending(text) == (1, {}, ["paywall", "teaser"])


def test_a_long_sentence_in_capitals_is_a_disclaimer() -> None:
    legal = "THIS MATERIAL WAS PREPARED FOR INFORMATION ONLY AND IS NOT AN OFFER OF ANY KIND."
    assert _ending(f"{_PROSE['en']}\n\n{legal}") == (1, {}, ["disclaimer"])
