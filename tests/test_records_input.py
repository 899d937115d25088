"""Records as users bring them: CSV/TSV, news-API exports through field maps, data frame rows,
text in memory, PDF and DOCX files."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from aicoverage.adapters import load, load_many, load_records, load_text, parse_field_map
from aicoverage.errors import FieldMapError, FormatError
from aicoverage.model import Article

BODY = "The export rules were loosened this week, officials said on Monday."


def _articles(items: list[object]) -> list[Article]:
    assert all(isinstance(x, Article) for x in items), items
    return [x for x in items if isinstance(x, Article)]


# -- CSV / TSV ------------------------------------------------------------------------------------


@pytest.mark.parametrize("sep", [",", "\t", ";"])
def test_a_csv_of_articles_is_read_row_by_row_whatever_the_separator(tmp_path: Path, sep: str) -> None:
    rows = [
        ["title", "body", "url", "date", "language", "outlet"],
        ["Chips", BODY, "https://e.com/a", "2025-01-29", "en", "Wire"],
        ["Чипы", "Продажи чипов упали на 17% за неделю.", "https://e.com/b", "29.01.2025", "ru", "Лента"],
    ]
    path = tmp_path / "articles.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=sep).writerows(rows)
    arts = _articles(list(load_many([path])))
    assert [(a.source.format, a.source.path.rsplit("#", 1)[1]) for a in arts] == [("csv", "1"), ("csv", "2")]
    assert [(a.title, str(a.published), a.language, a.outlet, a.url) for a in arts] == [
        ("Chips", "2025-01-29", "en", "Wire", "https://e.com/a"),
        ("Чипы", "2025-01-29", "ru", "Лента", "https://e.com/b"),
    ]
    assert arts[0].body == BODY


def test_a_csv_row_with_a_long_quoted_body_and_newlines_is_one_article(tmp_path: Path) -> None:
    body = (BODY + "\n\n") * 5000
    path = tmp_path / "a.csv"
    path.write_text('title,text\n"Chips","' + body + '"\n', "utf-8")
    (art,) = _articles(list(load_many([path])))
    assert art.body.count("officials said") == 5000


def test_a_csv_row_without_text_is_an_error_for_that_row(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(f"url,content\nhttps://e.com/a,{BODY}\nhttps://e.com/b,\n", "utf-8")
    items = list(load_many([path]))
    assert isinstance(items[0], Article)
    assert isinstance(items[1], FormatError)
    assert items[1].path.endswith("a.csv#2")


# -- field maps and news-API profiles -------------------------------------------------------------

NEWSAPI = {
    "status": "ok",
    "totalResults": 1,
    "articles": [
        {
            "source": {"id": None, "name": "Wired"},
            "author": "Jane Doe",
            "title": "Nvidia loses $589 billion",
            "description": "A record one-day loss.",
            "url": "https://e.com/nv",
            "urlToImage": None,
            "publishedAt": "2025-01-27T18:00:00Z",
            "content": "Nvidia lost 17% of its value on Monday, the largest drop in history… [+2311 chars]",
        }
    ],
}
GDELT = {
    "articles": [
        {
            "url": "https://e.fr/a",
            "title": "Nvidia perd 17 % en une journée",
            "seendate": "20250127T180000Z",
            "domain": "e.fr",
            "language": "French",
            "sourcecountry": "France",
        }
    ]
}
MEDIACLOUD = [
    {
        "id": "1",
        "media_name": "lenta.ru",
        "title": "Nvidia",
        "publish_date": "2025-01-27 18:00:00",
        "url": "https://lenta.ru/a",
        "language": "ru",
        "text": "Акции Nvidia упали на 17% за один день.",
    }
]
EVENTREGISTRY = {
    "articles": {
        "results": [
            {
                "uri": "1",
                "lang": "deu",
                "dataType": "news",
                "dateTime": "2025-01-27T18:00:00Z",
                "dateTimePub": "2025-01-27T17:55:00Z",
                "url": "https://e.de/a",
                "title": "Nvidia verliert 17 Prozent",
                "body": "Die Aktie von Nvidia verlor am Montag 17 Prozent an einem Tag.",
                "source": {"uri": "e.de", "title": "Beispiel Zeitung"},
                "authors": [{"name": "Max Muster"}, {"name": "Erika Muster"}],
            }
        ]
    }
}


@pytest.mark.parametrize(
    ("export", "expected"),
    [
        (NEWSAPI, ("Nvidia loses $589 billion", "2025-01-27T18:00:00+00:00", "Wired", "Jane Doe", "en")),
        (GDELT, ("Nvidia perd 17 % en une journée", "2025-01-27T18:00:00+00:00", "e.fr", None, "fr")),
        (MEDIACLOUD, ("Nvidia", "2025-01-27T18:00:00", "lenta.ru", None, "ru")),
        (
            EVENTREGISTRY,
            (
                "Nvidia verliert 17 Prozent",
                "2025-01-27T17:55:00+00:00",
                "Beispiel Zeitung",
                "Max Muster, Erika Muster",
                "de",
            ),
        ),
    ],
)
def test_news_api_exports_are_mapped_by_their_profiles(
    tmp_path: Path, export: object, expected: tuple[str, str, str, str | None, str]
) -> None:
    path = tmp_path / "export.json"
    path.write_text(json.dumps(export, ensure_ascii=False), "utf-8")
    (art,) = _articles(list(load_many([path])))
    got = (
        art.title,
        art.published.isoformat() if art.published else None,
        art.outlet,
        art.author,
        art.language,
    )
    assert got == expected


def test_a_newsapi_truncation_tail_is_set_aside_and_never_a_number() -> None:
    from aicoverage.extract import extract

    (art,) = _articles(list(load_records(NEWSAPI["articles"])))  # type: ignore[arg-type]
    assert art.body.endswith("history…")
    assert [a.text for a in art.set_aside if a.reason == "truncation"] == ["[+2311 chars]"]
    assert "text_truncated" in [p.code for p in art.problems]
    assert "2311" not in [c.text for c in extract(art).claims]


def test_a_user_field_map_comes_before_the_profiles(tmp_path: Path) -> None:
    record = {"headline_en": "Chips", "story": BODY, "when": "2025-01-29"}
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps(record) + "\n", "utf-8")
    assert isinstance(next(iter(load_many([path]))), FormatError)
    mapping = {"title": "headline_en", "text": "story", "published": "when"}
    (art,) = _articles(list(load_many([path], field_map=mapping)))
    assert (art.title, str(art.published), art.body) == ("Chips", "2025-01-29", BODY)
    assert parse_field_map("title=headline_en,text=story,published=when") == parse_field_map(mapping)


@pytest.mark.parametrize("bad", ["titel=headline", "title", "title="])
def test_a_bad_field_map_is_a_typed_error(bad: str) -> None:
    with pytest.raises(FieldMapError):
        parse_field_map(bad)


def test_load_records_reads_data_frame_rows() -> None:
    rows = [
        {"title": "A", "text": BODY, "published": "2025-01-29", "language": "en"},
        {"title": "B", "text": "Le texte de l'article, une phrase.", "published": None, "language": None},
        {"title": "C"},
    ]
    items = list(load_records(rows, path="frame"))
    assert [x.source.path if isinstance(x, Article) else x.path for x in items] == [
        "frame#1",
        "frame#2",
        "frame#3",
    ]
    assert [x.language for x in items if isinstance(x, Article)][:2] == ["en", "fr"]


# -- text in memory -------------------------------------------------------------------------------


def test_load_text_takes_stated_metadata_over_the_texts() -> None:
    art = load_text(
        "Chips\n\n" + BODY,
        title="Chips",
        published="2025-01-29T10:00:00",
        language="en",
        outlet="Wire",
        url="u",
    )
    assert (art.title, art.published.isoformat(), art.language, art.outlet, art.url, art.body) == (
        "Chips",
        "2025-01-29T10:00:00",
        "en",
        "Wire",
        "u",
        BODY,
    )


def test_load_text_records_an_impossible_stated_date() -> None:
    art = load_text(BODY, published="2025-02-30")
    assert art.published is None
    assert [p.code for p in art.problems] == ["published_unreadable"]


# -- PDF and DOCX ---------------------------------------------------------------------------------


def test_a_docx_is_read_as_its_paragraphs(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.core_properties.title = "Chips"
    document.add_heading("Chips", level=1)
    document.add_paragraph(BODY)
    document.add_paragraph("Nvidia lost 17% of its value on Monday.")
    path = tmp_path / "a.docx"
    document.save(str(path))
    art = load(path)
    assert (art.source.format, art.title) == ("docx", "Chips")
    assert art.body == BODY + "\n\nNvidia lost 17% of its value on Monday."


def _pdf_bytes(text: str) -> bytes:
    """A one-page PDF with ``text`` in a standard font (built by hand: no writer needed)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def test_a_pdf_is_read_as_its_text_not_as_legacy_encoded_bytes(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    path = tmp_path / "a.pdf"
    path.write_bytes(_pdf_bytes(BODY))
    art = load(path)
    assert (art.source.format, art.language) == ("pdf", "en")
    assert art.body == BODY


def test_a_pdf_without_the_extra_is_an_unsupported_format_error_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from aicoverage.errors import UnsupportedFormatError

    monkeypatch.setitem(sys.modules, "pypdf", None)
    path = tmp_path / "a.pdf"
    path.write_bytes(_pdf_bytes(BODY))
    with pytest.raises(UnsupportedFormatError, match=r"a\.pdf: .*aicoverage\[pdf\]"):
        load(path)


@pytest.mark.parametrize(
    "first_line",
    [
        "Text, images and more",
        "Article, photos and video",
        "Title; body; and the rest of it all, said the man",
    ],
)
def test_prose_whose_first_line_has_commas_is_not_csv(first_line: str) -> None:
    from aicoverage.adapters import sniff_format

    assert sniff_format(first_line + "\n" + BODY) == "text"
