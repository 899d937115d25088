"""HTML pages: trafilatura for the main text, stated metadata only, comments with their authors."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings

from aicoverage.adapters import load, load_text
from aicoverage.adapters._htmlcomments import find_html_comments
from aicoverage.adapters._htmlmeta import read_meta
from aicoverage.adapters._markup import html_blocks
from aicoverage.errors import AicoverageError
from tests.strategies import html_texts
from tests.test_adapters import check_offsets

DATA = Path(__file__).parent / "data" / "adapters"


def test_page_maps_metadata_body_sections_and_comments() -> None:
    art = load(DATA / "page.html")
    check_offsets(art)
    assert (art.source.format, art.source.derived) == ("html", True)
    assert (art.title, art.language, art.author, art.outlet) == (
        "Chip export rules loosened",
        "en",
        "Jane Doe",
        "The Example Times",
    )
    assert art.published == dt.datetime(2025, 1, 28, 9, 30, tzinfo=dt.UTC)
    assert art.url == "https://example.com/news/chips"
    assert art.body.startswith("The United States will allow")
    assert art.body.endswith("people familiar with the matter.")
    assert [s.title for s in art.sections] == ["What changes"]
    assert [(c.author, c.is_reply) for c in art.comments] == [
        ("skeptic42", False),
        ("optimist", True),
        ("reader_7", False),
    ]
    assert art.comments[0].posted == "2025-01-28T10:02:00+00:00"
    for unwanted in ("do not read me", "Home", "All rights reserved", "This will not last"):
        assert unwanted not in art.body


def test_a_year_in_the_body_is_not_a_date() -> None:
    page = (DATA / "page.html").read_text("utf-8").replace("article:published_time", "x-none")
    page = page.replace("<time datetime=", "<time data-x=")
    assert load_text(page).published is None


def test_without_trafilatura_the_page_falls_back_to_plain_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    art = load(DATA / "page.html")
    check_offsets(art)
    assert [p.code for p in art.problems] == ["html_extra_missing"]
    assert art.body.startswith("The United States will allow")
    assert art.body.endswith("people familiar with the matter.")
    for unwanted in ("do not read me", "Home", "This will not last", "All rights reserved"):
        assert unwanted not in art.body
    assert [c.author for c in art.comments] == ["skeptic42", "optimist", "reader_7"]


@pytest.mark.parametrize(
    ("html", "field", "value"),
    [
        ('<html lang="pt-BR"></html>', "language", "pt-BR"),
        ("<title> A  title </title>", "title", "A title"),
        ('<meta name="twitter:title" content="TT"><title>T</title>', "title", "TT"),
        ('<meta itemprop="datePublished" content="2025-01-01">', "published", "2025-01-01"),
        ('<time datetime="2025-02-02T10:00">x</time>', "published", "2025-02-02T10:00"),
        ('<link rel="canonical" href="https://e.com/a">', "url", "https://e.com/a"),
        (
            '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": '
            '"2025-03-03", "author": [{"name": "A. B."}], "publisher": {"name": "Pub"}}]}</script>',
            "author",
            "A. B.",
        ),
        (
            '<script type="application/ld+json">{"headline": "H", "publisher": {"name": "Pub"}}</script>',
            "outlet",
            "Pub",
        ),
        ('<script type="application/ld+json">{broken</script>', "title", None),
    ],
)
def test_meta_rows(html: str, field: str, value: str | None) -> None:
    assert getattr(read_meta(html), field) == value


def test_comment_markup_without_author_elements() -> None:
    html = '<div class="comment"><p>Only text.</p></div><div class="comment-list"><p>Not a comment</p></div>'
    assert [(c.author, c.text) for c in find_html_comments(html)] == [(None, "Only text.")]


def test_markup_blocks_skip_scripts_and_keep_nbsp() -> None:
    blocks = html_blocks("<p>a&nbsp;b</p><script>x()</script><style>p{}</style><li>c\n d</li>")
    assert [b.text for b in blocks] == ["a\u00a0b", "c d"]


def test_html_fragment_without_doctype_is_sniffed_as_html() -> None:
    art = load_text("<div><p>First paragraph of the page text.</p><p>Second.</p><br></div>")
    assert art.source.format == "html"


def test_a_legacy_encoded_page_with_a_site_suffixed_title() -> None:
    art = load(DATA / "ru_cp1251.html")
    check_offsets(art)
    assert (art.source.encoding, art.language, art.outlet) == ("cp1251", "ru", "Коммерсантъ")
    assert art.title == "Nvidia теряет $600 млрд"  # the <h1>, not "<title> — site"
    assert art.body.startswith("Капитализация Nvidia")
    assert art.body.endswith("спрос на дорогие ускорители упадет.")
    assert art.published is None  # "2007–2008 годов" is no date
    assert "Поделиться" not in art.text


@settings(max_examples=60, deadline=None)
@given(html_texts)
def test_any_markup_gives_an_article_or_a_library_error(page: str) -> None:
    try:
        art = load_text(page)
    except AicoverageError:
        return
    assert art.source.format == "html"
    check_offsets(art)


def test_a_page_without_main_text_falls_back_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "extract", lambda *a, **k: None)
    art = load_text("<!doctype html><html><body><nav>Home</nav><div>Short.</div></body></html>")
    assert art.body == "Short."
    assert [p.code for p in art.problems] == ["main_text_not_found"]
