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


# --- dates, JSON-LD, language from the markup ----------------------------------------------------


def _page(head: str, body: str, *, lang: str = "en") -> str:
    return (
        f'<!doctype html><html lang="{lang}"><head>{head}</head><body><article>{body}</article></body></html>'
    )


_BODY = "".join(
    f"<p>{s}</p>"
    for s in (
        "The export ban on advanced chips was loosened on Monday, officials in Washington said.",
        "Companies will be allowed to sell older accelerators to approved buyers under a new licence.",
        "Analysts expect the change to lift quarterly sales by several hundred million dollars.",
    )
)


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ('<meta name="pdate" content="20191119">', dt.date(2019, 11, 19)),
        ('<meta name="sn-post-date" content="2019/11/18">', dt.date(2019, 11, 18)),
        (
            '<meta name="date" content="November 19, 2019, 07:47 PM EST">',
            dt.datetime(2019, 11, 19, 19, 47, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        ),
        (
            '<script type="application/ld+json">{"headline": "H", "datePublished": "0001-01-01T00:00:00Z"}'
            '</script><meta property="article:published_time" content="2019-11-20T06:35:39Z">',
            dt.datetime(2019, 11, 20, 6, 35, 39, tzinfo=dt.UTC),
        ),
        (
            '<script type="application/ld+json">{"headline": "H", "keywords": ["a", ],'
            ' "datePublished": "2019-11-18T16:06:51-05:00"}</script>',
            dt.datetime(2019, 11, 18, 16, 6, 51, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        ),
        ('<script type="application/ld+json">{"datePublished": "0001-01-01T00:00:00Z"}</script>', None),
        (
            '<script type="application/ld+json">{"datePublished": "0001-01-01T00:00:00Z"}</script>'
            '<link rel="canonical" href="https://example.com/story/news/2019/11/19/teachers-rally/">',
            dt.date(2019, 11, 19),
        ),
        ('<link rel="canonical" href="https://example.com/archive/2019/11/teachers-rally/">', None),
        ('<meta name="article:modified_time" content="2019-11-20">', None),
    ],
)
def test_page_dates(head: str, published: object) -> None:
    art = load_text(_page(head, _BODY))
    assert art.published == published


def test_a_time_element_in_gmt_is_a_date() -> None:
    art = load_text(_page("", f'<time datetime="2019-11-18 17:19:53 GMT">Nov 18</time>{_BODY}'))
    assert art.published == dt.datetime(2019, 11, 18, 17, 19, 53, tzinfo=dt.UTC)


def test_a_deeply_nested_jsonld_block_loses_neither_title_nor_body() -> None:
    deep = '{"headline": "Deep headline", "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    art = load_text(_page(f'<script type="application/ld+json">{deep}</script>', _BODY))
    assert art.title == "Deep headline"
    assert art.body.startswith("The export ban")


def test_stdlib_and_lxml_readings_of_the_markup_agree() -> None:
    from aicoverage.adapters._htmlmeta import _choose, _scan_markup, _scan_tree, parse_tree

    page = (DATA / "page.html").read_text("utf-8")
    assert _choose(_scan_markup(page)) == _choose(_scan_tree(parse_tree(page)))


def test_a_stated_language_the_text_clearly_contradicts_is_overruled() -> None:
    more = "<p>Shares of the largest chip makers rose in early trading as investors weighed the news.</p>"
    art = load_text(_page("<title>Chips</title>", _BODY + more, lang="de"))
    assert art.language == "en"
    assert [p.code for p in art.problems] == ["language_contradicted"]


@pytest.mark.parametrize(
    ("lang", "paragraph", "found"),
    [
        (
            "ko",
            "삼성전자는 오늘 새로운 인공지능 칩을 공개했다고 밝혔다. 회사는 내년부터 양산에 들어갈 계획이다.",
            "ko",
        ),
        (
            "id",
            "Pemerintah mengumumkan bahwa larangan ekspor chip canggih akan dilonggarkan mulai bulan depan, "
            "kata para pejabat kepada wartawan di Jakarta pada hari Senin.",
            "id",
        ),
    ],
)
def test_an_unsupported_language_is_not_labelled_english(lang: str, paragraph: str, found: str) -> None:
    art = load_text(_page("<title>T</title>", f"<p>{paragraph}</p>" * 3, lang=lang))
    assert art.language is None
    assert [p.code for p in art.problems] == ["language_unsupported"]


# --- the layout of the page's main text ---------------------------------------------------------


def test_inline_related_links_in_capitals_are_set_aside_and_subheads_kept() -> None:
    body = (
        _BODY
        + '<p><strong><a href="/x">SENATOR ELIMINATED FROM THE DANCING SHOW</a></strong></p>'
        + "<p>The committee will publish the full list of approved buyers next week, an aide said.</p>"
        + "<p>TOYOTA RAV4 PRIME</p>"
        + "<p>Toyota is rolling out a plug-in version of the small SUV that is faster than before.</p>"
    )
    art = load_text(_page("<title>Chips</title>", body))
    assert [(a.reason, a.text) for a in art.set_aside if a.reason != "title"] == [
        ("teaser", "SENATOR ELIMINATED FROM THE DANCING SHOW")
    ]
    assert art.body.endswith("faster than before.")
    assert "TOYOTA RAV4 PRIME" in [s.title for s in art.sections]


def test_repeated_headline_paragraph_and_page_furniture_lines_are_set_aside() -> None:
    para = (
        "The committee will publish the full list of approved buyers next week, an aide to the minister said."
    )
    body = (
        f"<p>{para}</p>{_BODY}<p>Chip rules loosened</p><p>{para}</p>"
        "<p>2019-11-19T08:57:40+01:00</p><p>https://example.com/img/chips-500.jpg</p>"
        "<p>https://example.com/news/chips</p>"
    )
    head = '<title>Chip rules loosened</title><link rel="canonical" href="https://example.com/news/chips">'
    art = load_text(_page(head, body))
    assert art.body.count(para) == 1
    reasons = [a.reason for a in art.set_aside]
    assert reasons == ["title", "title", "other", "byline", "navigation", "navigation"]


def test_numbered_list_headings_keep_their_numbers_on_a_page() -> None:
    body = "".join(
        f"<h2>{n}) Offerta numero {n}</h2><p>Una descrizione lunga abbastanza della offerta numero {n}.</p>"
        for n in (1, 2, 3)
    )
    art = load_text(_page("<title>Offerte</title>", body, lang="it"))
    assert "1) Offerta numero 1" in art.body
    assert not [a for a in art.set_aside if a.reason == "heading_marker"]
