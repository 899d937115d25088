"""Pairing quote marks (extract._marks): cases found on real articles, and the linear scan."""

from __future__ import annotations

import pytest

from aicoverage.extract._marks import find_quoted

# (text, [(quoted stretch, closed)]) -- cases met in machine-translated and scraped articles
BUGS_CAUGHT = [
    # an editorial bracket or an ellipsis right after the opening mark
    ("He said. “[It is] a point on a curve.” Then", [("[It is] a point on a curve.", True)]),
    ("Ella dijo: «[…] una curva esperada»", [("[…] una curva esperada", True)]),
    ("She wrote “…and then it fell.” later", [("…and then it fell.", True)]),
    ("She wrote “...and then it fell.” later", [("...and then it fell.", True)]),
    # an opening mark followed by a space
    ("The CEO: “ We will build it here.”", [("We will build it here.", True)]),
    # a closing mark written as an opening one after a comma, then a new quote
    (
        "“We keep the trend, “Smith added. “Costs fall.”",
        [("We keep the trend,", True), ("Costs fall.", True)],
    ),
    # a single opening mark closed by a stray double one at the paragraph's end
    ("said Lee. ‘[It is] a point. Costs fall. “", [("[It is] a point. Costs fall.", True)]),
    # a straight mark opening a paragraph that never closes (a quote running on, or cut off)
    (
        "\"I think the fair view is 'they won' in the end",
        [("I think the fair view is 'they won' in the end", False)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BUGS_CAUGHT)
def test_marks_found_on_real_articles(text: str, expected: list[tuple[str, bool]]) -> None:
    assert [(text[s.start : s.end], s.closed) for s in find_quoted(text, 0, len(text))] == expected


def test_a_straight_mark_inside_a_paragraph_that_never_closes_is_dropped() -> None:
    text = 'A 5" screen and more'
    assert find_quoted(text, 0, len(text)) == []


@pytest.mark.parametrize("n", [1_000, 20_000])
def test_thousands_of_unmatched_marks_pair_as_a_stack_would(n: int) -> None:
    # «««…”””: no ” closes a «, so the first « runs to the end (the scan once took 13.7 s on 20 KB;
    # benchmarks/bench_quotes.py measures it)
    text = "«" * n + "x" + "”" * n
    [s] = find_quoted(text, 0, len(text))
    assert (s.open_at, s.closed) == (0, False)
    assert text[s.start : s.end] == text[1:]
