"""Who said it: outlets, column names, safe links, date cells."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aicoverage.exporters._xlsxsource import URL_LIMIT, column_names, date_cell, outlet_of, safe_url
from aicoverage.model import Article, Extraction, Source


def ex(path: str = "dir/a.txt", **kwargs: object) -> Extraction:
    return Extraction(article=Article(Source(path, "text"), "", "", **kwargs))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("extraction", "outlet"),
    [
        (ex(outlet=" Коммерсантъ ", url="https://www.kommersant.ru/doc/1"), "Коммерсантъ"),
        (ex(url="https://www.kommersant.ru/doc/1"), "kommersant.ru"),
        (ex(url="HTTPS://News.Example.COM/x"), "news.example.com"),
        (ex(url="javascript:alert(1)"), "a.txt"),
        (ex("dir/sub/01_zh.txt", url="/5596"), "01_zh.txt"),
    ],
)
def test_outlet_is_the_articles_else_the_domain_else_the_file_name(
    extraction: Extraction, outlet: str
) -> None:
    assert outlet_of(extraction) == outlet


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "/relative/path",
        "http://",
        "data:text/html,x",
        "ftp://x.org/a",
    ],
)
def test_only_http_urls_with_a_host_are_links(url: str) -> None:
    assert safe_url(url) is None


def test_a_link_is_escaped_and_not_too_long() -> None:
    assert safe_url(" https://example.com/a b\n") == "https://example.com/a%20b"
    assert safe_url("https://example.com/" + "a" * URL_LIMIT) is None


@given(st.text())
def test_safe_url_never_raises_and_never_gives_another_scheme(url: str) -> None:
    link = safe_url(url)
    assert link is None or link.lower().startswith(("http://", "https://"))


def test_repeated_outlets_are_numbered_apart() -> None:
    names = column_names([ex(outlet="Reuters"), ex(outlet="reuters"), ex(outlet="AP")])
    assert names == ["Reuters (1)", "reuters (2)", "AP"]


def test_a_datetime_keeps_its_wall_time_without_its_zone() -> None:
    tz = dt.timezone(dt.timedelta(hours=8))
    assert date_cell(dt.datetime(2025, 1, 28, 9, 17, 5, 12, tzinfo=tz)) == dt.datetime(2025, 1, 28, 9, 17, 5)
    assert date_cell(dt.date(2025, 1, 28)) == dt.date(2025, 1, 28)
