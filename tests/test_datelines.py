"""Dates written out in words, built from CLDR date formats and month names."""

from __future__ import annotations

import datetime as dt

import pytest

from aicoverage.adapters._datelines import date_patterns, find_date, match_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("27 января 2025 г.", dt.date(2025, 1, 27)),
        ("27 янв. 2025 г., 10:32", dt.datetime(2025, 1, 27, 10, 32)),
        ("January 27, 2025 at 10:32", dt.datetime(2025, 1, 27, 10, 32)),
        ("Jan 27, 2025", dt.date(2025, 1, 27)),
        ("Monday, January 27, 2025", dt.date(2025, 1, 27)),
        ("27 de janeiro de 2025", dt.date(2025, 1, 27)),
        ("1 de febrero de 2025", dt.date(2025, 2, 1)),
        ("lundi 27 janvier 2025", dt.date(2025, 1, 27)),
        ("27. Januar 2025, 10:32", dt.datetime(2025, 1, 27, 10, 32)),
        ("27 gennaio 2025", dt.date(2025, 1, 27)),
        ("2025年1月27日 10:32", dt.datetime(2025, 1, 27, 10, 32)),
        ("2025-01-27T10:32", dt.datetime(2025, 1, 27, 10, 32)),
        ("27.01.2025 в 10:32", dt.datetime(2025, 1, 27, 10, 32)),
        ("2007–2008 годов", None),
        ("январь 2025", None),
        ("2025", None),
        ("31 февраля 2025", None),
        ("27 января 2025 стало известно", None),
    ],
)
def test_find_date_rows(text: str, expected: object) -> None:
    assert find_date(text) == expected


def test_a_date_must_end_on_a_word_boundary() -> None:
    assert match_date("2025-01-271", 0, 11) is None
    assert match_date("2025-01-27 text", 0, 15) == (10, dt.date(2025, 1, 27))


def test_patterns_cover_every_supported_language_once() -> None:
    regexes = [p.pattern for p, _ in date_patterns()]
    assert len(regexes) == len(set(regexes)) >= 10
