"""Front matter: YAML/TOML fields as hints, safe YAML only, BOM tolerated, broken blocks recorded."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from aicoverage.adapters import load, load_text
from tests.test_adapters import check_offsets

DATA = Path(__file__).parent / "data" / "adapters"


def test_bom_file_keeps_its_metadata() -> None:
    art = load(DATA / "post_bom.md")
    check_offsets(art)
    assert art.source.format == "frontmatter"
    assert (art.title, art.language, art.author) == (
        "Les puces et la Chine",
        "fr",
        "Marie Dupont, Jean Martin",
    )
    assert art.published == dt.date(2025, 2, 1)
    assert art.url is None  # source: is the cited source
    assert [a.reason for a in art.set_aside] == ["front_matter", "title", "heading_marker"]
    assert art.body.startswith("Les ventes de puces")


@pytest.mark.parametrize(
    ("front", "field", "value"),
    [
        ('date: "2025-01-30T11:52:43"', "published", dt.datetime(2025, 1, 30, 11, 52, 43)),
        ("date: 2025-01-30", "published", dt.date(2025, 1, 30)),
        ("date: 2025-01-30 11:52:43", "published", dt.datetime(2025, 1, 30, 11, 52, 43)),
        ("date: 2007", "published", None),
        ("permalink: /p/1", "url", "/p/1"),
        ("source: https://example.org", "url", None),
        ("lang: pt-BR", "language", "pt"),
        ("title: 42", "title", "42"),
        ("title: [a, b]", "title", "a, b"),
        ("publisher: The Bell", "outlet", "The Bell"),
        ("draft: false", "title", None),
    ],
)
def test_field_rows(front: str, field: str, value: object) -> None:
    art = load_text(f"---\n{front}\n---\n\nUm texto em português, uma frase.")
    assert getattr(art, field) == value


def test_toml_front_matter() -> None:
    art = load_text('+++\ntitle = "T"\ndate = 2025-01-30\n+++\nThe body, one sentence.')
    assert (art.title, art.published, art.body) == ("T", dt.date(2025, 1, 30), "The body, one sentence.")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("---\ntitle: [unclosed\n---\nBody text here.", "front_matter_invalid"),
        ("---\n!!python/object/new:os.system [ls]\n---\nBody text here.", "front_matter_invalid"),
        ("---\n- a list\n---\nBody text here.", "front_matter_invalid"),
        ("---\ntitle: x\nBody text here, and no closing line.", "front_matter_unclosed"),
        ("+++\ntitle = \n+++\nBody text here.", "front_matter_invalid"),
    ],
)
def test_broken_front_matter_gives_a_partial_article_with_a_problem(text: str, code: str) -> None:
    art = load_text(text)
    check_offsets(art)
    assert [p.code for p in art.problems] == [code]
    assert art.body.endswith("Body text here.") or art.body.endswith("no closing line.")


def test_empty_front_matter_is_fine() -> None:
    art = load_text("---\n---\nBody text here.")
    assert art.problems == ()
    assert art.body == "Body text here."


def test_a_leading_rule_followed_by_prose_is_plain_text() -> None:
    art = load_text("---\nThe article starts after a horizontal rule, one sentence.")
    assert art.source.format == "text"
    assert art.problems == ()
    assert art.title is None
