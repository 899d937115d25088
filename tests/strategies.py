"""Every hypothesis strategy the tests share, in one place (as in attrs and cattrs)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st

from aicoverage.model import (
    Article,
    Bound,
    Claim,
    Comment,
    Comparison,
    Extraction,
    Kind,
    Quantity,
    QuantityMention,
    Source,
    TextSpan,
)

CURRENCIES = ("USD", "EUR", "RUB", "CNY", "BRL", "JPY", "GBP")
UNITS = ("chip", "gpu", "parameter", "token", "person", "percent", "month", "year")

decimals = st.decimals(
    min_value=Decimal("-1e15"), max_value=Decimal("1e15"), allow_nan=False, allow_infinity=False, places=4
)


@st.composite
def quantities(draw: st.DrawFn) -> Quantity:
    a, b = draw(decimals), draw(decimals)
    low, high = min(a, b), max(a, b)
    if draw(st.booleans()):
        high = low
    kind = draw(st.sampled_from(list(Kind)))
    currency = draw(st.sampled_from(CURRENCIES)) if kind is Kind.MONEY else None
    unit = None if kind is Kind.MONEY else draw(st.none() | st.sampled_from(UNITS))
    return Quantity(
        kind=kind,
        low=low,
        high=high,
        unit=unit,
        currency=currency,
        bound=draw(st.sampled_from(list(Bound))),
        per=draw(st.none() | st.sampled_from(("year", "month"))),
        currency_inferred=draw(st.booleans()) if currency else False,
    )


@st.composite
def quantity_mentions(draw: st.DrawFn) -> QuantityMention:
    text = draw(st.text(min_size=1, max_size=20))
    start = draw(st.integers(min_value=0, max_value=10_000))
    return QuantityMention(start=start, end=start + len(text), text=text, quantity=draw(quantities()))


# --- extraction (issue 4): articles whose text mixes quotes, names, numbers and comments ---------

_ARTICLE_PIECES = (
    *'«»„“”‘’"「」『』 ,.:;—\n',
    "said",
    "заявил",
    "表示",
    "と述べた",
    "Dario Amodei",
    "Амодеи",
    "深度求索",
    "DeepSeek",
    "he",
    "он",
    "$6 million",
    "50 тысяч чипов",
    "560万美元",
    "17%",
    "Nvidia",
)


@st.composite
def extraction_articles(draw: st.DrawFn) -> Article:
    """An Article whose body spans cover some lines and whose comments cover the others."""
    lines = draw(st.lists(st.lists(st.sampled_from(_ARTICLE_PIECES), max_size=25).map("".join), max_size=6))
    text = "\n".join(lines)
    spans: list[TextSpan] = []
    comments: list[Comment] = []
    pos = 0
    for line in lines:
        if line.strip():
            if draw(st.booleans()):
                spans.append(TextSpan(pos, pos + len(line)))
            else:
                comments.append(Comment(text=line, start=pos, end=pos + len(line)))
        pos += len(line) + 1
    language = draw(st.sampled_from([None, "en", "es", "fr", "pt", "ru", "zh", "ja", "xx"]))
    return Article(
        source=Source(path="generated.txt", format="txt"),
        text=text,
        body="\n\n".join(text[s.start : s.end] for s in spans),
        body_spans=tuple(spans),
        language=language,
        comments=tuple(comments),
    )


# --- comparison (claims, extractions, comparisons) ----------------------------------------------

_SUBJECTS = (None, "DeepSeek", "Anthropic", "Nvidia", "High-Flyer")
_TOPICS = ("cost", "training", "chips", "parameters", "valuation")
# Any text, including what breaks spreadsheets: formula starts, control characters, surrogates.
cell_texts = st.one_of(
    st.sampled_from(["=1+2", "#N/A", "@SUM(A1)", "-1", "+1"]),
    st.text(
        st.characters(blacklist_categories=()) | st.sampled_from(["=", "+", "-", "@", "\x00", "\ud800"]),
        max_size=40,
    ),
)


@st.composite
def claims(draw: st.DrawFn, *, text: st.SearchStrategy[str] | None = None) -> Claim:
    """A claim with any quantity, subject and topics; the sentence is the surface itself."""
    surface = draw(text if text is not None else st.text(min_size=1, max_size=20))
    start = draw(st.integers(min_value=0, max_value=1000))
    q = draw(quantities())
    if q.low < 0:
        low, high = sorted((abs(q.low), abs(q.high)))
        q = Quantity(kind=q.kind, low=low, high=high, unit=q.unit, currency=q.currency, bound=q.bound)
    return Claim(
        start=start,
        end=start + len(surface),
        text=surface,
        quantity=q,
        sentence=surface,
        sentence_start=start,
        subject=draw(st.sampled_from(_SUBJECTS)),
        topics=tuple(draw(st.lists(st.sampled_from(_TOPICS), max_size=2, unique=True))),
    )


@st.composite
def extractions(draw: st.DrawFn, *, text: st.SearchStrategy[str] | None = None) -> Extraction:
    """An article (path unique per draw) with a few claims."""
    n = draw(st.integers(min_value=0, max_value=10**6))
    body = draw(text if text is not None else st.text(max_size=30))
    article = Article(source=Source(path=f"a{n}.txt", format="txt"), text=body, body=body, language="en")
    return Extraction(article=article, claims=tuple(draw(st.lists(claims(text=text), max_size=5))))


def comparisons(*, text: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Comparison]:
    """What :func:`aicoverage.compare` makes of a few generated extractions."""
    from aicoverage.compare import compare

    return st.lists(extractions(text=text), max_size=4, unique_by=lambda e: e.article.source.path).map(
        compare
    )


# --- numerals (issue 2): running text made of number pieces, words and separators --------------

_NUMERAL_PIECES = (
    *" ,.-–/\u00a0\u202f%$",
    *"0123456789",
    "1,5",
    "10 000",
    "4.800",
    "млрд",
    "тысячами",
    "два",
    "несколько",
    "десятков",
    "million",
    "two",
    "and a half",
    "hundreds of",
    "bilhões",
    "dois",
    "mil",
    "e",
    "万",
    "亿",
    "两千",
    "点五",
    "分之",
    "数十",
    "统一",
    "½",
    "k",
    "M",
    "bn",
)

numeral_texts = st.lists(st.sampled_from(_NUMERAL_PIECES), max_size=30).map("".join) | st.text(max_size=60)


# --- source texts (adapters) ---------------------------------------------------------------------

_SOURCE_PIECES = (
    "loading",
    "Share",
    "Скопировать ссылку",
    "Comments (3)",
    "评论",
    "Subscribe now!",
    "THIS MATERIAL WAS PRODUCED BY A FOREIGN AGENT AND IS DISTRIBUTED AS SUCH",
    "date 2026-01-21 ",
    "[文/观察者网熊超然]",
    "By Jane Doe",
    "1. ",
    "## ",
    "# ",
    "weik 回复 01-31 10:32",
    "用户15xxx19",
    "Фото: Reuters",
    "维基百科",
    "The chip ban was loosened on Monday, officials said.",
    "Что случилось?",
    "连日来,来自中国的人工智能初创企业登上头版。",
    "---",
    "title: x",
    "+++",
    "{",
    '"title": {"rendered": "T"}',
    "<p>",
    "<!doctype html>",
    "\u00a0",
    "\u3000",
    "\ufeff",
    " ",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
)

source_texts = st.lists(st.sampled_from(_SOURCE_PIECES) | st.text(max_size=12), max_size=40).map("".join)
"""Texts made of layout cues, markers, markup openings, odd whitespace and random bits."""

_MARKUP_PIECES = (
    "<!doctype html>",
    "<html lang='ru'>",
    "<head>",
    "<title>",
    "</title>",
    "<meta property='article:published_time' content='2025-01-30'>",
    "<script type='application/ld+json'>",
    "</script>",
    "<body>",
    "<article>",
    "<h1>",
    "</h1>",
    "<h2>",
    "<p>",
    "</p>",
    "<br>",
    "<figure><figcaption>",
    "</figcaption></figure>",
    "<li class='comment'><b class='fn'>",
    "</b><div class='comment-content'>",
    "</div></li>",
    "&amp;",
    "&nbsp;",
    "&#x4e2d;",
    "<!--",
    "-->",
    "<",
    ">",
    "The chip ban was loosened on Monday, officials said.",
    "连日来,来自中国的人工智能初创企业登上头版。",
)

html_texts = st.lists(st.sampled_from(_MARKUP_PIECES) | st.text(max_size=8), min_size=1, max_size=40).map(
    lambda parts: "<!doctype html>" + "".join(parts)
)
"""HTML-ish pages: real tags, broken tags, entities, comments and text, always sniffed as HTML."""


# --- plain builders shared by tests ---------------------------------------------------------------


def money_claim(
    value: str, text: str, *, start: int = 0, bound: Bound = Bound.EXACT, sentence: str = "s"
) -> Claim:
    """A USD claim about DeepSeek's cost: the shape several compare and exporter tests need."""
    q = Quantity(kind=Kind.MONEY, low=Decimal(value), high=Decimal(value), currency="USD", bound=bound)
    return Claim(
        start=start,
        end=start + len(text),
        text=text,
        quantity=q,
        sentence=sentence,
        sentence_start=0,
        subject="DeepSeek",
        topics=("cost",),
    )


# Dates as pages and feeds write them, and text around them (for the date parser's properties).
_DATE_FORMATS = (
    "%Y-%m-%d",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M:%S+00:00",
    "%Y%m%d",
    "%Y/%m/%d",
    "%d.%m.%Y",
    "%B %d, %Y",
    "%B %d, %Y, %I:%M %p",
    "%a, %d %b %Y %H:%M:%S +0000",
    "%d %b %Y",
)
stated_dates = st.tuples(
    st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2025, 12, 31)).map(
        lambda d: d.replace(second=0, microsecond=0)
    ),
    st.sampled_from(_DATE_FORMATS),
)
date_like_texts = st.lists(
    st.sampled_from(
        ["2019", "-", "11", "/", "19", " ", "PM", "EST", "Nov", "0001", ":", "T", "+05:30", "day"]
    )
    | st.text(max_size=6),
    max_size=12,
).map("".join)


# --- alignment (issue 9): claims that say what they measure, in articles that may share facts ----

_HOLDERS = (None, "Nvidia", "OpenAI", "Stargate")
_MEASURES = (None, "market_value_change", "investment", "share_price_change")
_FACT_VALUES = ("17", "100000000000", "500000000000", "589000000000", "600000000000")


@st.composite
def fact_claims(draw: st.DrawFn) -> Claim:
    """A money or percent claim about a holder and a measure, from a few values (so facts form)."""
    start = draw(st.integers(min_value=0, max_value=500))
    value = Decimal(draw(st.sampled_from(_FACT_VALUES)))
    kind = draw(st.sampled_from((Kind.MONEY, Kind.PERCENT)))
    q = Quantity(
        kind=kind,
        low=value,
        high=value,
        currency="USD" if kind is Kind.MONEY else None,
        unit="percent" if kind is Kind.PERCENT else None,
        bound=draw(st.sampled_from((Bound.EXACT, Bound.APPROX))),
    )
    return Claim(
        start=start,
        end=start + 3,
        text="n" * 3,
        quantity=q,
        sentence="n" * 3,
        sentence_start=start,
        subject=draw(st.sampled_from(_HOLDERS)),
        holder=draw(st.sampled_from(_HOLDERS)),
        measure=draw(st.sampled_from(_MEASURES)),
        topics=tuple(draw(st.lists(st.sampled_from(_TOPICS), max_size=2, unique=True))),
    )


@st.composite
def fact_extractions(draw: st.DrawFn) -> Extraction:
    """An article (path unique per draw) of a few :func:`fact_claims`, dated in one week or not."""
    n = draw(st.integers(min_value=0, max_value=10**6))
    day = draw(st.sampled_from((None, dt.date(2025, 1, 27), dt.date(2025, 1, 28))))
    article = Article(source=Source(path=f"f{n}.txt", format="txt"), text="", body="", published=day)
    return Extraction(article=article, claims=tuple(draw(st.lists(fact_claims(), max_size=5))))


# Table words (lower case, as the tables normalise them) and texts in both cases for the word
# lookups (quantities._wordset): two alphabets, signs, CJK, spaces of three kinds, stems.
_WORD_CHARS = "abAB$€ж Ж元円-"
table_words = st.lists(
    st.text(alphabet=_WORD_CHARS, min_size=1, max_size=5).map(lambda w: w.strip().lower()).filter(bool)
    | st.text(alphabet="abж", min_size=1, max_size=3).map(lambda w: w + "*"),
    max_size=8,
)
table_codes = st.lists(st.text(alphabet="AB", min_size=3, max_size=3), max_size=3)
lookup_texts = st.text(alphabet=_WORD_CHARS + "\u00a0\u202f\n5", max_size=14)


# --- texts of one language's table words (quantities) --------------------------------------------


def _table_strings(node: object) -> list[str]:
    """Every word of a data table: its string values and the keys of its word maps."""
    if isinstance(node, str):
        return [node.rstrip("*")] if node.strip("*") else []
    if isinstance(node, dict):
        keys = [k for k, v in node.items() if isinstance(v, str)]
        return [s for v in node.values() for s in _table_strings(v)] + keys
    if isinstance(node, list):
        return [s for v in node for s in _table_strings(v)]
    return []


_NUMBER_PIECES = ("5", "10", "2024", "1,5", "3.5", "-", "–", "$", "%", " ", " ", "\u00a0", ", ", ". ", "\n")


@st.composite
def table_texts(draw: st.DrawFn, language: str) -> str:
    """Running text of ``language``: its quantity and numeral table words (bounds, connectors,
    currencies, units, number words, weak words), numbers, signs and separators, in any order."""
    from aicoverage._tables import read_table

    tables = (read_table("quantities", language), read_table("numerals", language))
    words = sorted({w for table in tables for w in _table_strings(table)})
    piece = st.sampled_from(words) | st.sampled_from(_NUMBER_PIECES)
    return "".join(draw(st.lists(piece, max_size=24)))
