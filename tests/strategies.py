"""Every hypothesis strategy the tests share, in one place (as in attrs and cattrs)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from aicoverage.model import Article, Bound, Comment, Kind, Quantity, QuantityMention, Source, TextSpan

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
