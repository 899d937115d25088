"""compare: facts across sources, their agreement, the fact sheet, stories; the seeds' facts."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aicoverage.compare import compare, group_stories
from aicoverage.compare.agreement import is_consistent, judge, read_value
from aicoverage.errors import DataTableError
from aicoverage.model import (
    Article,
    Bound,
    Claim,
    Extraction,
    Kind,
    Quantity,
    Rate,
    Rule,
    Source,
    Status,
    TextSpan,
)
from aicoverage.serialize import dumps
from tests.seeding import seed_extractions
from tests.strategies import extractions, quantities

D = Decimal


def claim(
    value: str | tuple[str, str],
    *,
    kind: Kind = Kind.MONEY,
    currency: str | None = "USD",
    unit: str | None = None,
    bound: Bound = Bound.EXACT,
    subject: str | None = "DeepSeek",
    topics: tuple[str, ...] = ("cost", "training"),
    start: int = 0,
    sentence: str = "s",
) -> Claim:
    low, high = (value, value) if isinstance(value, str) else value
    q = Quantity(kind=kind, low=D(low), high=D(high), unit=unit, currency=currency, bound=bound)
    return Claim(
        start=start,
        end=start + 1,
        text="x",
        quantity=q,
        sentence=sentence,
        sentence_start=0,
        subject=subject,
        topics=topics,
    )


def article(path: str, *claims: Claim, published: dt.date | None = None) -> Extraction:
    art = Article(Source(path, "text"), "text", "text", language="en", published=published)
    return Extraction(article=art, claims=claims)


def facts_of(result: Any) -> list[tuple[str, list[tuple[str, int]]]]:
    return [(f.status.value, [(fc.article, fc.claim.start) for fc in f.claims]) for f in result.facts]


# --- agreement: example table ---------------------------------------------------------------

AGREEMENT = [
    # (first claim, second claim, status)  -- the seeds' cases first
    (claim("6000000"), claim("5600000", bound=Bound.APPROX), Status.AGREE_WITHIN_ROUNDING),
    (
        claim(("10000000", "100000000"), bound=Bound.VAGUE),
        claim("10000000", bound=Bound.APPROX),
        Status.DISAGREE,
    ),
    (claim("50000"), claim("50000"), Status.AGREE),
    (
        claim(("2", "3"), kind=Kind.MULTIPLE, currency=None),
        claim(("2", "3"), kind=Kind.MULTIPLE, currency=None, bound=Bound.APPROX),
        Status.AGREE,
    ),
    # new
    (claim(("10000000", "100000000"), bound=Bound.VAGUE), claim("30000000"), Status.AGREE_WITHIN_ROUNDING),
    (
        claim(("2", "3"), kind=Kind.MULTIPLE, currency=None),
        claim("2.5", kind=Kind.MULTIPLE, currency=None),
        Status.AGREE_WITHIN_ROUNDING,
    ),
    (claim("10", bound=Bound.AT_LEAST), claim("12"), Status.AGREE_WITHIN_ROUNDING),
    (claim("100"), claim("130"), Status.DISAGREE),
]


@pytest.mark.parametrize(("first", "second", "status"), AGREEMENT)
def test_agreement_of_two_sources(first: Claim, second: Claim, status: Status) -> None:
    result = compare([article("a.txt", first), article("b.txt", second)])
    assert [f.status for f in result.facts] == [status]


def test_tolerance_is_the_rule_s_own() -> None:
    pair = [article("a.txt", claim("100")), article("b.txt", claim("108"))]
    assert compare(pair).facts[0].status is Status.AGREE_WITHIN_ROUNDING
    strict = compare(pair, rule=Rule(relative_tolerance=D("0.01")))
    assert strict.facts[0].status is Status.DISAGREE
    assert strict.rule.relative_tolerance == D("0.01")


def test_spread_is_relative_to_the_larger_value() -> None:
    result = compare([article("a.txt", claim("6000000")), article("b.txt", claim("5600000"))])
    assert result.facts[0].spread == D("0.0667")


def test_one_article_only_is_single_source() -> None:
    result = compare([article("a.txt", claim("6", start=0), claim("6", start=10))])
    assert facts_of(result) == [("single_source", [("a.txt", 0), ("a.txt", 10)])]


# --- alignment ------------------------------------------------------------------------------


def test_values_alone_never_join_claims() -> None:
    a = claim("50000", kind=Kind.COUNT, currency=None, unit="chip", subject=None, topics=())
    b = claim("50000", kind=Kind.COUNT, currency=None, unit="chip", subject=None, topics=())
    assert len(compare([article("a.txt", a), article("b.txt", b)]).facts) == 2


def test_kind_and_unit_keep_claims_apart() -> None:
    chips = claim("2048", kind=Kind.COUNT, currency=None, unit="chip", topics=("chips",))
    gpus = claim("2048", kind=Kind.COUNT, currency=None, unit="gpu", topics=("chips",))
    assert len(compare([article("a.txt", chips), article("b.txt", gpus)]).facts) == 2


def test_different_currencies_never_merge_silently() -> None:
    usd, eur = claim("100"), claim("100", currency="EUR")
    result = compare([article("a.txt", usd), article("b.txt", eur)])
    assert len(result.facts) == 2


def test_user_rates_convert_and_say_so() -> None:
    usd, eur = claim("108"), claim("100", currency="EUR")
    rule = Rule(rates=(Rate("EUR", "USD", D("1.08")),))
    (fact,) = compare([article("a.txt", usd), article("b.txt", eur)], rule=rule).facts
    assert fact.status is Status.AGREE
    assert fact.currency == "USD"
    assert fact.note is not None
    assert "EUR converted to USD at the user's rate 1.08" in fact.note


def test_claim_without_currency_joins_and_is_noted() -> None:
    (fact,) = compare(
        [article("a.txt", claim("6000000", currency=None)), article("b.txt", claim("6000000"))]
    ).facts
    assert fact.currency == "USD"
    assert fact.note == "1 claim(s) state no currency and were read as USD"


def test_values_far_apart_are_different_facts() -> None:
    fleet = claim("50000", kind=Kind.COUNT, currency=None, unit="chip", topics=("chips",))
    older = claim("10000", kind=Kind.COUNT, currency=None, unit="chip", topics=("chips",), subject=None)
    assert len(compare([article("a.txt", fleet), article("b.txt", older)]).facts) == 2


def test_disagreement_needs_the_same_subject() -> None:
    lag = claim(
        ("7", "10"), kind=Kind.DURATION, currency=None, unit="month", subject=None, topics=("time_lag",)
    )
    age = claim(
        ("9", "12"),
        kind=Kind.DURATION,
        currency=None,
        unit="month",
        subject="Claude 3.5 Sonnet",
        topics=("time_lag",),
    )
    assert len(compare([article("a.txt", lag), article("b.txt", age)]).facts) == 2


def test_one_article_never_states_two_values_of_one_fact() -> None:
    big = claim(
        "671000000000", kind=Kind.COUNT, currency=None, unit="parameter", topics=("parameters",), start=0
    )
    small = claim(
        "1500000000", kind=Kind.COUNT, currency=None, unit="parameter", topics=("parameters",), start=9
    )
    other = claim("671000000000", kind=Kind.COUNT, currency=None, unit="parameter", topics=("parameters",))
    result = compare([article("a.txt", big, small), article("b.txt", other)])
    assert facts_of(result) == [("agree", [("a.txt", 0), ("b.txt", 0)]), ("single_source", [("a.txt", 9)])]


def test_disjoint_topics_keep_claims_apart() -> None:
    valuation = claim("60000000000", subject="Anthropic", topics=("valuation",))
    cost = claim("60000000000", subject="Anthropic", topics=("cost",))
    assert len(compare([article("a.txt", valuation), article("b.txt", cost)]).facts) == 2


def test_articles_of_different_stories_stay_apart() -> None:
    essay = article("a.txt", claim("6000000"), published=dt.date(2025, 1, 30))
    davos = article("b.txt", claim("6000000"), published=dt.date(2026, 1, 21))
    undated = article("c.txt", claim("6000000"))
    result = compare([essay, davos, undated])
    assert sorted(len(f.claims) for f in result.facts) == [1, 2]
    assert group_stories(result.articles) == [
        0,
        1,
        0,
    ]  # the undated article joins the story it shares values with
    assert result.stories == (0, 1, 0)


def test_fact_ids_are_stable_and_multi_source_facts_come_first() -> None:
    lone = claim("1", kind=Kind.PERCENT, currency=None, unit="percent", topics=("cost",))
    pair = [article("a.txt", lone, claim("6000000", start=5)), article("b.txt", claim("6000000", start=5))]
    result = compare(pair)
    assert [(f.id, len(f.claims)) for f in result.facts] == [("fact-001", 2), ("fact-002", 1)]
    assert compare(pair) == result


# --- fact sheet -----------------------------------------------------------------------------

SHEET = """
[[fact]]
id = "v3-cost"
label = "DeepSeek-V3 training cost"
kind = "money"
keywords = { en = ["trained"], ru = ["обучени"] }
"""


def test_fact_sheet_takes_priority(tmp_path: Path) -> None:
    path = tmp_path / "facts.toml"
    path.write_text(SHEET, encoding="utf-8")
    a = claim("6000000", subject=None, topics=(), sentence="V3 was trained for $6M")
    b = claim("9000000", subject=None, topics=(), sentence="V3 was trained for $9M")
    result = compare([article("a.txt", a), article("b.txt", b)], fact_sheet=path)
    (fact,) = result.facts
    assert (fact.id, fact.label, fact.status) == ("v3-cost", "DeepSeek-V3 training cost", Status.DISAGREE)
    assert result.rule.fact_sheet == str(path)


def test_fact_sheet_in_json(tmp_path: Path) -> None:
    path = tmp_path / "facts.json"
    path.write_text(json.dumps({"fact": [{"id": "x", "label": "X", "keywords": ["cost"]}]}), encoding="utf-8")
    a = claim("1", subject=None, topics=(), sentence="the cost")
    assert compare([article("a.txt", a)], fact_sheet=path).facts[0].id == "x"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[fact]]\nlabel = 'no id'", "needs an 'id'"),
        ("fact = 3", "needs a list 'fact'"),
        ("[[fact]]\nid='a'\nlabel='A'\nkind='weight'", "malformed"),
        ("[[fact]]\nid='a'\nlabel='A'\n[[fact]]\nid='a'\nlabel='B'", "unique"),
        ("not toml [", "not a valid fact sheet"),
    ],
)
def test_bad_fact_sheet_names_the_file(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataTableError, match=message) as err:
        compare([], fact_sheet=path)
    assert str(path) in str(err.value)


# --- properties -----------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(st_extractions=st.lists(extractions(), max_size=4, unique_by=lambda e: e.article.source.path))
def test_every_claim_lands_in_exactly_one_fact(st_extractions: list[Extraction]) -> None:
    result = compare(st_extractions)
    placed = sorted((fc.article, fc.claim.start, fc.claim.text) for f in result.facts for fc in f.claims)
    given_ = sorted((e.article.source.path, c.start, c.text) for e in st_extractions for c in e.claims)
    assert placed == given_
    for fact in result.facts:
        assert len({fc.claim.kind for fc in fact.claims}) == 1
        assert len({fc.claim.currency for fc in fact.claims} - {None}) <= 1
        if len({fc.article for fc in fact.claims}) == 1:
            assert fact.status is Status.SINGLE_SOURCE
    assert json.loads(dumps({"facts": result.facts}))["facts"] is not None


# --- the seeds ------------------------------------------------------------------------------


def test_seed_facts_reach_the_gold(gold: dict[str, Any]) -> None:
    result = compare(seed_extractions())
    where = {}
    for n, fact in enumerate(result.facts):
        for fc in fact.claims:
            where.setdefault((Path(fc.article).name, fc.claim.start, fc.claim.end), n)

    def fact_of(ref: dict[str, Any]) -> int | None:
        for (name, start, end), n in where.items():
            if name == ref["article"] and min(end, ref["end"]) > max(start, ref["start"]):
                return n
        return None

    for group in gold["facts"]["different"]:
        x, y = (fact_of(r) for r in group["claims"])
        assert x is None or y is None or x != y, group["why"]
    statuses = {}
    for group in gold["facts"]["same"]:
        ids = {fact_of(r) for r in group["claims"]} - {None}
        statuses[group["fact"]] = {result.facts[i].status for i in ids}
    assert statuses["DeepSeek-V3 training cost: $6M (or $5.6M)"] == {Status.AGREE_WITHIN_ROUNDING}
    assert statuses["Claude 3.5 Sonnet training cost"] == {Status.DISAGREE}


@settings(max_examples=200, deadline=None)
@given(a=quantities(), b=quantities())
def test_consistency_is_reflexive_and_symmetric(a: Quantity, b: Quantity) -> None:
    rule = Rule()
    va, vb = read_value(a), read_value(b)
    assert is_consistent(va, va, rule)
    assert is_consistent(va, vb, rule) == is_consistent(vb, va, rule)
    assert judge([va, va], articles=2, rule=rule) is Status.AGREE


def test_articles_must_be_extracted_first() -> None:
    text = "DeepSeek trained V3 for $6 million."
    art = Article(Source("a.txt", "text"), text, text, (TextSpan(0, len(text)),), language="en")
    with pytest.raises(TypeError, match="extract it first"):
        compare([art])  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("first", "second", "facts"),
    [
        ("DeepSeek", "DeepSeek-V3", 1),  # a maker and its model
        ("DeepSeek", "Google", 2),  # named in neither sentence
        ("Claude", "Claude 3.5 Sonnet", 1),
        ("Deep", "DeepSeek", 2),  # a prefix of a word is no relation
    ],
)
def test_different_subjects_join_only_when_related(first: str, second: str, facts: int) -> None:
    a, b = claim("6000000", subject=first), claim("5600000", subject=second)
    assert len(compare([article("a.txt", a), article("b.txt", b)]).facts) == facts


def test_fact_sheet_never_mixes_currencies(tmp_path: Path) -> None:
    path = tmp_path / "facts.toml"
    path.write_text('[[fact]]\nid = "cost"\nlabel = "Cost"\nkeywords = ["cost"]\n', encoding="utf-8")
    usd = claim("6000000", subject=None, topics=(), sentence="the cost")
    eur = claim("6000000", currency="EUR", subject=None, topics=(), sentence="the cost")
    bare = claim("6000000", currency=None, subject=None, topics=(), sentence="the cost")
    mixed = compare([article("a.txt", usd), article("b.txt", eur)], fact_sheet=path)
    assert [(f.id, f.currency) for f in mixed.facts] == [("cost", "USD"), ("cost-2", "EUR")]
    unstated = compare([article("a.txt", usd), article("c.txt", bare)], fact_sheet=path)
    assert [(f.id, f.currency, len(f.claims)) for f in unstated.facts] == [("cost", "USD", 2)]


@settings(max_examples=200, deadline=None)
@given(
    a=st.lists(st.decimals(min_value=1, max_value=10**6, places=2), min_size=1, max_size=4),
    b=st.decimals(min_value=1, max_value=10**6, places=2),
)
def test_point_groups_are_judged_by_their_extremes_exactly(a: list[Decimal], b: Decimal) -> None:
    from aicoverage.compare.alignment import Group, Item, _agrees, _consistent_with

    def item(v: Decimal, n: int) -> Item:
        q = Quantity(kind=Kind.COUNT, low=v, high=v)
        return Item(("a", n), n, q, read_value(q))

    group = Group(item(a[0], 0))
    for n, v in enumerate(a[1:], 1):
        group.add(item(v, n), ())
    x = item(b, 99)
    assert _agrees(x, group, Rule()) == _consistent_with(x, group.values, Rule())


# --- other stories, several languages (texts written for this test) -------------------------

_WEEK = {
    "n-en.txt": (
        "en",
        dt.date(2025, 1, 27),
        "Nvidia shares fell 17% on Monday, wiping out $589 billion of market value. Broadcom fell 17% too.",
    ),
    "n-es.txt": (
        "es",
        dt.date(2025, 1, 28),
        "Las acciones de Nvidia cayeron un 17%. "
        "Nvidia perdió 589.000 millones de dólares de valor de mercado.",
    ),
    "n-de.txt": (
        "de",
        dt.date(2025, 1, 28),
        "Die Aktie von Nvidia fiel um 17 Prozent. "
        "Nvidia verlor an einem Tag 589 Milliarden Dollar an Börsenwert.",
    ),
    "n-zh.txt": ("zh", dt.date(2025, 1, 28), "英伟达股价下跌17%，市值蒸发5890亿美元。"),
    "s-en.txt": (
        "en",
        dt.date(2025, 1, 22),
        "OpenAI, SoftBank and Oracle will invest $500 billion over four years. "
        "SoftBank will initially invest $100 billion.",
    ),
    "s-fr.txt": (
        "fr",
        dt.date(2025, 1, 22),
        "Dans un premier temps, 100 milliards de dollars seront investis par SoftBank.",
    ),
    "s-ru.txt": ("ru", None, "OpenAI и SoftBank вложат 500 млрд долларов."),
}


def test_two_stories_of_one_week_in_five_languages() -> None:
    from aicoverage.extract import extract

    extractions = [
        extract(Article(Source(p, "text"), t, t, (TextSpan(0, len(t)),), language=lang, published=day))
        for p, (lang, day, t) in _WEEK.items()
    ]
    result = compare(extractions)
    stories = dict(zip(_WEEK, result.stories, strict=True))
    assert len({stories[p] for p in _WEEK if p.startswith("n-")}) == 1
    assert len({stories[p] for p in _WEEK if p.startswith("s-")}) == 1
    assert stories["n-en.txt"] != stories["s-en.txt"]

    def fact_of(path: str, text: str, nth: int = 0) -> str:
        found = [
            (fc.claim.start, f.id)
            for f in result.facts
            for fc in f.claims
            if fc.article == path and fc.claim.text.endswith(text)
        ]
        return sorted(found)[nth][1]

    drop = {
        fact_of(p, v)
        for p, v in [
            ("n-en.txt", "17%"),
            ("n-es.txt", "17%"),
            ("n-de.txt", "17 Prozent"),
            ("n-zh.txt", "17%"),
        ]
    }
    assert len(drop) == 1
    loss = {
        fact_of(p, v)
        for p, v in [
            ("n-en.txt", "billion"),
            ("n-es.txt", "dólares"),
            ("n-de.txt", "Dollar"),
            ("n-zh.txt", "美元"),
        ]
    }
    assert len(loss) == 1
    (label,) = [f.label for f in result.facts if f.id in loss]
    assert label == "Nvidia · market value change (USD)"
    assert fact_of("n-en.txt", "17%", 1) not in drop  # Broadcom's 17 % is another fact
    total = {fact_of("s-en.txt", "$500 billion"), fact_of("s-ru.txt", "долларов")}
    part = {fact_of("s-en.txt", "$100 billion"), fact_of("s-fr.txt", "dollars")}
    assert len(total) == len(part) == 1
    assert total != part


def test_durations_in_other_units_of_one_scale_meet() -> None:
    """ "18 months" and "1.5 years" are one duration: compared, and stated, in months."""
    months = claim("18", kind=Kind.DURATION, currency=None, unit="month", topics=("investigation",))
    years = claim("1.5", kind=Kind.DURATION, currency=None, unit="year", topics=("investigation",))
    (fact,) = compare([article("a.txt", months), article("b.txt", years)]).facts
    assert (fact.unit, fact.status) == ("month", Status.AGREE)


def test_durations_of_other_scales_stay_apart() -> None:
    days = claim("30", kind=Kind.DURATION, currency=None, unit="day", topics=("review",))
    months = claim("30", kind=Kind.DURATION, currency=None, unit="month", topics=("review",))
    assert len(compare([article("a.txt", days), article("b.txt", months)]).facts) == 2
