"""The plain-text adapter on the seeds (against the gold annotation) and on new pages of each shape."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from aicoverage.adapters import load
from tests.conftest import SEEDS
from tests.test_adapters import check_offsets

DATA = Path(__file__).parent / "data" / "adapters"
SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_metadata_matches_the_gold(gold: dict[str, Any], name: str) -> None:
    want = gold["articles"][name]["article"]
    art = load(SEEDS / name)
    check_offsets(art)
    assert art.language == want["language"]
    assert (art.published.isoformat() if art.published else None) == want["published"]
    assert art.title == want.get("title")
    assert art.body.startswith(want["body_starts"])
    assert art.body.endswith(want["body_ends"])
    assert all(x not in art.body for x in want.get("excluded", []))
    assert len(art.comments) == want.get("comments", 0)
    assert sum(c.is_reply for c in art.comments) == want.get("replies", 0)
    for key in ("outlet", "author"):
        if key in want:
            assert getattr(art, key) == want[key]


def test_front_matter_seed_keeps_the_cited_source_out_of_the_url() -> None:
    art = load(SEEDS / "000_e63b7c2e4d28263f.txt")
    assert art.source.format == "frontmatter"
    assert art.url == "/5596"
    assert "darioamodei.com" not in (art.url or "")
    assert art.published == dt.datetime(2025, 1, 30, 11, 52, 43)


def test_newsletter_seed_sets_aside_each_piece_with_its_reason() -> None:
    art = load(SEEDS / "002_d4b459fb39ab47ba.txt")
    reasons = [(a.reason, a.text[:18]) for a in art.set_aside]
    assert reasons[:3] == [
        ("navigation", "loading"),
        ("title", "Sputnik moment в И"),
        ("share", "Скопировать ссылку"),
    ]
    assert {r for r, _ in reasons} == {"navigation", "title", "share", "teaser", "paywall", "disclaimer"}
    assert [s.title for s in art.sections] == [
        "Что случилось?",
        "Что известно о модели?",
        "Что за компания?",
        "Почему это важно?",
    ]
    # A year in the body is never a publication date.
    assert "2007–2008" in art.body
    assert art.published is None


def test_numbered_headings_keep_their_text_and_set_their_numbers_aside() -> None:
    art = load(SEEDS / "003_2fe2c9c0de164287.txt")
    markers = [a.text for a in art.set_aside if a.reason == "heading_marker"]
    assert markers == ["1. ", "2. ", "3. ", "4. "]
    assert art.sections[0].title == "A narrativa do ‘Modelo $ 6 milhões’ perde um contexto -chave"
    assert "1. A narrativa" not in art.body
    assert "A narrativa do ‘Modelo $ 6 milhões’" in art.body


def test_chinese_news_page_has_byline_caption_and_48_comments_with_authors() -> None:
    art = load(SEEDS / "004_8ec5993da452e490.txt")
    assert (art.outlet, art.author) == ("观察者网", "熊超然")
    assert [a.reason for a in art.set_aside] == ["byline", "caption"]
    assert len(art.body_spans) == 2
    replies = [(c.author, c.posted) for c in art.comments if c.is_reply]
    assert replies == [("weik", "01-31 10:32"), ("用户14xxx96", "02-01 10:04"), ("沧海", "01-31 18:38")]
    assert art.comments[0].author == "Ygritte--L"
    assert all(c.author for c in art.comments)


def test_date_marker_seed_body_starts_after_the_marker() -> None:
    art = load(SEEDS / "001_9ef3f31dbe352ab5.txt")
    assert art.published == dt.date(2026, 1, 21)
    assert art.set_aside[0].reason == "byline"
    assert "2026-01-21" in art.set_aside[0].text
    assert art.text[art.body_spans[0].start :].startswith("Генеральный директор")


# --- other pages of the same shapes -------------------------------------------------------------


def test_another_newsletter_in_english_ends_where_the_article_ends() -> None:
    art = load(DATA / "newsletter_en.txt")
    check_offsets(art)
    assert art.title == "Why the chip ban is leaking, and what it means for Nvidia"
    assert art.body.endswith("the analysts conclude.")
    assert [s.title for s in art.sections] == ["What happened?", "Why it matters"]
    by_reason = {a.reason: a.text for a in art.set_aside}
    assert by_reason["paywall"].startswith("Our newsletters are now paid")
    assert by_reason["disclaimer"].startswith("THIS MATERIAL")
    assert "40%" not in art.body


def test_another_chinese_page_with_a_comment_header_and_a_spaced_byline() -> None:
    art = load(DATA / "news_zh_comments.txt")
    check_offsets(art)
    assert (art.outlet, art.author, art.language) == ("环球网", "李明", "zh")
    assert art.body.startswith("据路透社报道")
    assert art.body.endswith("并向商务部报告所有买家。")
    assert [(c.author, c.is_reply) for c in art.comments] == [
        ("小明同学", False),
        ("老王", True),
        ("芯片迷", False),
    ]
    assert {a.reason for a in art.set_aside} == {"byline", "caption", "navigation"}


@pytest.mark.parametrize(
    ("text", "body", "reason"),
    [
        ("date 2025-02-01 Text starts here.", "Text starts here.", "byline"),
        ("Дата: 01.02.2025\n\nТекст статьи.", "Текст статьи.", "byline"),
        ("By Jane Doe\n\nThe article text, a sentence.", "The article text, a sentence.", "byline"),
        ("Por outro lado, a empresa cresceu.", "Por outro lado, a empresa cresceu.", None),
        ("Share\n\nThe article text, a sentence.", "The article text, a sentence.", "share"),
    ],
)
def test_top_of_text_rows(tmp_path: Path, text: str, body: str, reason: str | None) -> None:
    path = tmp_path / "a.txt"
    path.write_text(text, "utf-8")
    art = load(path)
    assert art.body == body
    assert [a.reason for a in art.set_aside][:1] == ([reason] if reason else [])


def test_crlf_and_nbsp_keep_offsets_exact(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(
        "Title line here\r\n\r\nShares fell by\u00a010% on Monday.\r\n\r\nShare\r\n\r\nTeaser.".encode()
    )
    art = load(path)
    check_offsets(art)
    assert art.body == "Shares fell by\u00a010% on Monday."
