"""compare.stories: articles grouped by what they report, not by date alone."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from aicoverage.compare import group_stories
from aicoverage.model import Article, Claim, Extraction, Kind, Quantity, Source


def on(path: str, day: dt.date | None, *values: int, holder: str | None = None) -> Extraction:
    claims = tuple(
        Claim(
            start=n,
            end=n + 1,
            text="x",
            sentence="x",
            sentence_start=n,
            quantity=Quantity(kind=Kind.MONEY, low=Decimal(v), high=Decimal(v), currency="USD"),
            holder=holder,
            measure="investment" if holder else None,
        )
        for n, v in enumerate(values)
    )
    return Extraction(article=Article(Source(path, "text"), "", "", published=day), claims=claims)


MON, TUE = dt.date(2025, 1, 27), dt.date(2025, 1, 28)
CRASH = (589_000_000_000, 17, 3_500_000_000_000)
PLAN = (500_000_000_000, 100_000_000_000, 4)


def test_an_undated_article_joins_its_story() -> None:
    stories = group_stories([on("a", MON, *CRASH), on("b", None, *CRASH[:2]), on("c", TUE, *PLAN)])
    assert stories[0] == stories[1] != stories[2]


def test_two_stories_of_the_same_week_stay_apart() -> None:
    stories = group_stories(
        [on("a", MON, *CRASH), on("b", TUE, *PLAN), on("c", TUE, *CRASH), on("d", MON, *PLAN)]
    )
    assert stories[0] == stories[2] != stories[1] == stories[3]


def test_an_unrelated_story_stays_on_its_own() -> None:
    far = dt.date(2026, 1, 21)
    stories = group_stories([on("a", MON, *CRASH), on("b", TUE, *CRASH), on("c", far, *CRASH)])
    assert stories[0] == stories[1] != stories[2]


def test_an_article_that_says_little_joins_the_story_of_its_dates() -> None:
    assert group_stories([on("a", MON, *CRASH), on("b", TUE, 42)]) == [0, 0]


def test_an_article_reporting_two_stories_joins_them() -> None:
    stories = group_stories([on("a", MON, *CRASH), on("b", MON, *PLAN), on("c", TUE, *CRASH[:2], *PLAN[:2])])
    assert len(set(stories)) == 1


def test_the_input_order_does_not_change_the_stories() -> None:
    items = [on("a", MON, *CRASH), on("b", None, *CRASH), on("c", TUE, *PLAN), on("d", None, 7)]
    first = dict(zip("abcd", group_stories(items), strict=True))
    second = dict(zip("dcba", group_stories(items[::-1]), strict=True))
    assert first == second


def test_undated_articles_that_report_the_same_figures_make_a_story() -> None:
    stories = group_stories([on("a", None, *CRASH), on("b", None, *CRASH), on("c", None, *PLAN)])
    assert stories[0] == stories[1] is not None
    assert stories[2] != stories[0]


def test_one_figure_in_common_does_not_join_two_undated_stories() -> None:
    """Nothing bounds undated articles in time: two stories may both say "$4"."""
    other = (589_000_000_000, 20_000, 4)
    stories = group_stories([on("a", None, *PLAN), on("b", None, *other)])
    assert stories[0] != stories[1]


def test_an_undated_article_that_says_little_stands_alone() -> None:
    assert group_stories([on("a", None, 42), on("b", None, 43)]) == [None, None]
