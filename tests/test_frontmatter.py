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


@pytest.mark.parametrize(
    ("value", "title"),
    [
        ("12:30", "12:30"),
        ("3.10", "3.10"),
        ("No", "No"),
        ("0x1F", "0x1F"),
        ("1_000", "1_000"),
        ('"Oui"', "Oui"),
    ],
)
def test_front_matter_values_are_the_strings_written(value: str, title: str) -> None:
    art = load_text(f"---\ntitle: {value}\n---\n\nBody text here.")
    assert art.title == title


@pytest.mark.parametrize(
    "field",
    ["date: 2025-02-30", "date: 2025-01-29T25:61:00", "date: not a date", "+++\ndate = 2025-02-30\n+++"],
)
def test_an_impossible_date_is_a_problem_and_the_body_is_kept(field: str) -> None:
    text = (
        field + "\n\nBody text here." if field.startswith("+++") else f"---\n{field}\n---\n\nBody text here."
    )
    art = load_text(text)
    assert art.published is None
    assert art.body == "Body text here."
    assert [p.code for p in art.problems] in (["published_unreadable"], ["front_matter_invalid"])


@pytest.mark.parametrize("fence", ["---\nviews: {n}\n---", "+++\nviews = {n}\n+++"])
def test_a_4301_digit_integer_does_not_refuse_the_file(fence: str) -> None:
    art = load_text(fence.format(n="9" * 4301) + "\n\nBody text here.")
    assert art.body == "Body text here."


def test_a_date_with_a_time_and_offset_is_parsed_on_purpose() -> None:
    art = load_text("---\ndate: 2025-01-29T10:00:00+01:00\n---\n\nBody text here.")
    assert art.published == dt.datetime(2025, 1, 29, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
