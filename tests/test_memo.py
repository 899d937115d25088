"""Tests for the per-text memo (extract/_memo.py)."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from aicoverage.extract._memo import per_text


def _counter() -> tuple[list[tuple[int, int]], Callable[[str, int, int], str]]:
    calls: list[tuple[int, int]] = []

    @per_text
    def upper(text: str, lo: int, hi: int) -> str:
        calls.append((lo, hi))
        return text[lo:hi].upper()

    return calls, upper


def test_same_text_same_range_computed_once() -> None:
    calls, upper = _counter()
    text = "alpha beta"
    assert upper(text, 0, 5) == upper(text, 0, 5) == "ALPHA"
    assert upper(text, 6, 10) == "BETA"
    assert calls == [(0, 5), (6, 10)]


def test_another_text_drops_the_results() -> None:
    calls, upper = _counter()
    first, second = "alpha beta", "gamma delta"
    upper(first, 0, 5)
    assert upper(second, 0, 5) == "GAMMA"
    upper(first, 0, 5)
    assert calls == [(0, 5), (0, 5), (0, 5)]


def test_an_equal_text_read_again_is_computed_again() -> None:
    calls, upper = _counter()
    first = "".join(["alpha", " beta"])
    again = "".join(["alpha ", "beta"])
    assert first == again
    assert first is not again
    upper(first, 0, 5)
    upper(again, 0, 5)
    assert len(calls) == 2


@given(st.text(max_size=30), st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=8))
def test_results_equal_the_function(text: str, ranges: list[tuple[int, int]]) -> None:
    _, upper = _counter()
    for lo, hi in ranges:
        assert upper(text, lo, hi) == text[lo:hi].upper()
