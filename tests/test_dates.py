"""Publication dates: stated forms read exactly, placeholders and partial dates rejected."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings

from aicoverage.adapters._dates import FIRST_YEAR, parse_date
from tests.strategies import date_like_texts, stated_dates

_EST = dt.timezone(dt.timedelta(hours=-5))
_IST = dt.timezone(dt.timedelta(hours=5, minutes=30))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # new: worded dates keep AM/PM and a zone that names one offset
        ("November 19, 2019, 07:47 PM EST", dt.datetime(2019, 11, 19, 19, 47, tzinfo=_EST)),
        ("01:38:07 PM IST Nov 20, 2019", dt.datetime(2019, 11, 20, 13, 38, 7, tzinfo=_IST)),
        ("2019-11-18 17:19:53 GMT", dt.datetime(2019, 11, 18, 17, 19, 53, tzinfo=dt.UTC)),
        (
            "Tue, 19 Nov 2019 14:00:00 +0100",
            dt.datetime(2019, 11, 19, 14, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        ),
        ("19 Nov 2019 14:00 XYZT", dt.datetime(2019, 11, 19, 14, 0)),  # an unknown zone: no offset
        ("Thursday, November 21st 2019", dt.date(2019, 11, 21)),
        # new: compact and slashed ISO
        ("20191119", dt.date(2019, 11, 19)),
        ("2019/11/19", dt.date(2019, 11, 19)),
        # placeholders and invented parts are no date
        ("0001-01-01T00:00:00Z", None),
        ("1970-01-01", None),
        (dt.date(1, 1, 1), None),
        ("2999-01-01", None),
        ("November 2019", None),
        ("Nov 5", None),
        ("Monday", None),
        ("12345678", None),
        ("5 of 10 people said so in a survey", None),
    ],
)
def test_parse_date_rows(value: object, expected: object) -> None:
    got = parse_date(value)
    assert got == expected
    if isinstance(expected, dt.datetime):
        assert isinstance(got, dt.datetime)
        assert got.utcoffset() == expected.utcoffset()


@settings(max_examples=300, deadline=None)
@given(stated_dates)
def test_a_stated_date_reads_back_as_written(case: tuple[dt.datetime, str]) -> None:
    when, fmt = case
    got = parse_date(when.strftime(fmt))
    assert got is not None
    assert (got.year, got.month, got.day) == (when.year, when.month, when.day)
    if "%H" in fmt or "%I" in fmt:
        assert isinstance(got, dt.datetime)
        assert (got.hour, got.minute) == (when.hour, when.minute)


@settings(max_examples=300, deadline=None)
@given(date_like_texts)
def test_any_text_gives_a_plausible_date_or_none(text: str) -> None:
    got = parse_date(text)
    assert got is None or FIRST_YEAR <= got.year <= dt.date.today().year + 1
