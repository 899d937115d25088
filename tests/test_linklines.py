"""Link-line shapes: lines told apart by the texts of a page's links."""

from __future__ import annotations

import pytest

from aicoverage.adapters._linklines import is_capitals, is_link_list, labelled_link, led_by_link
from aicoverage.adapters._markup import fold_words

_LINKS = frozenset(
    map(
        fold_words,
        [
            "Maradona out as coach",
            "China furious at Macron for protest jibe",
            "Nvidia",
            "AMD",
            "Intel",
            "Leia mais",
        ],
    )
)


@pytest.mark.parametrize(
    ("line", "led"),
    [
        ("- Maradona out as coach The coach would now be free to sign", True),  # a list item
        ("China furious at Macron for protest jibe [INSIGHT]", True),  # nearly all link
        (
            "China furious at Macron for protest jibe, and the city in turmoil again",
            False,
        ),  # a link starts a line
        ("- Maradona out as coach, the club said on Monday.", False),  # a sentence
        ("Nvidia AMD Intel", False),  # one-word links are no headline
    ],
)
def test_led_by_link_rows(line: str, led: bool) -> None:
    assert led_by_link(line, _LINKS) is led


@pytest.mark.parametrize(
    ("line", "labelled"),
    [
        ("Also: China furious at Macron for protest jibe", True),
        ("Leia também: China furious at Macron for protest jibe", True),
        ("A very long label that is no label at all: China furious at Macron for protest jibe", False),
        ("Note: China furious at Macron for protest jibe.", False),
        ("Account: Nvidia", False),
    ],
)
def test_labelled_link_rows(line: str, labelled: bool) -> None:
    assert labelled_link(line, _LINKS) is labelled


def test_link_lists_and_capitals() -> None:
    assert is_link_list("Nvidia | AMD | Intel", _LINKS)
    assert not is_link_list("Nvidia, AMD and the rest, Intel", _LINKS)
    assert is_capitals("ДОНАЛЬД ТРАМП ПОДПИСАЛ УКАЗ")
    assert not is_capitals("NVIDIA, AMD and Intel shares rose")
    assert not is_capitals("北京时间周一")  # no cased letters
