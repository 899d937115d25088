"""compare.alignment: facts from evidence; properties of the facts compare makes; red-team cases."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aicoverage import load_text
from aicoverage.compare import alignment, compare, explain_fact
from aicoverage.extract import extract
from aicoverage.model import (
    Article,
    Bound,
    Claim,
    EntityMention,
    Extraction,
    Kind,
    Quantity,
    Source,
    TextSpan,
)
from tests.strategies import fact_extractions

D = Decimal


def claim(
    value: str,
    *,
    holder: str | None = None,
    measure: str | None = None,
    kind: Kind = Kind.MONEY,
    start: int = 0,
    topics: tuple[str, ...] = (),
    part: str | None = None,
    period: str | None = None,
) -> Claim:
    q = Quantity(
        kind=kind,
        low=D(value),
        high=D(value),
        currency="USD" if kind is Kind.MONEY else None,
        unit="percent" if kind is Kind.PERCENT else None,
    )
    return Claim(
        start=start,
        end=start + 1,
        text="x",
        quantity=q,
        sentence="x",
        sentence_start=start,
        holder=holder,
        measure=measure,
        topics=topics,
        part=part,
        period=period,
    )


def article(path: str, *claims: Claim) -> Extraction:
    return Extraction(article=Article(Source(path, "text"), "", ""), claims=claims)


def partition(extractions: list[Extraction]) -> set[frozenset[tuple[str, int]]]:
    return {frozenset((fc.article, fc.claim.start) for fc in f.claims) for f in compare(extractions).facts}


# --- example table: what joins and what stays apart ----------------------------------------

CASES = [
    # (first claim, second claim, one fact?) -- modelled on market-crash and investment stories
    (
        claim("500e9", holder="Stargate", measure="investment"),
        claim("500e9", holder="Stargate", measure="investment"),
        True,
    ),
    (
        claim("17", kind=Kind.PERCENT, holder="Nvidia", measure="share_price_change"),
        claim("17", kind=Kind.PERCENT, holder="Broadcom", measure="share_price_change"),
        False,
    ),
    (
        claim("100e9", holder="Stargate", measure="investment", part="part"),
        claim("100e9", holder="Stargate", measure="investment", part="total"),
        False,
    ),
    (
        claim("589e9", holder="Nvidia", measure="market_value_change"),
        claim("1e12", holder="Nvidia", measure="market_value"),
        False,
    ),  # far apart, another measure
    (
        claim("589e9", holder="Nvidia", measure="market_value_change"),
        claim("593e9", holder="Nvidia", topics=("market_value",)),
        True,
    ),  # within rounding, same holder
    (
        claim("60e9", holder="OpenAI", measure="revenue", period="2024"),
        claim("60e9", holder="OpenAI", measure="revenue", period="2025"),
        False,
    ),
    (
        claim("6e6", measure="training_cost"),
        claim("6e6", measure="cost", topics=()),
        False,
    ),  # one weak signal
    (
        claim("6e6", holder="DeepSeek", measure="training_cost"),
        claim("6e6", holder="DeepSeek", measure="cost"),
        True,
    ),
]


@pytest.mark.parametrize(("first", "second", "joined"), CASES)
def test_what_joins(first: Claim, second: Claim, joined: bool) -> None:
    facts = compare([article("a.txt", first), article("b.txt", second)]).facts
    assert (len(facts) == 1) is joined


def test_a_total_and_its_first_part_stay_apart_even_when_unstated_elsewhere() -> None:
    initial = claim("100e9", holder="Stargate", measure="investment", part="part")
    total = claim("500e9", holder="Stargate", measure="investment", part="total")
    bare = claim("500e9", holder="Stargate", measure="investment")
    facts = compare([article("a.txt", initial, total), article("b.txt", bare)]).facts
    assert sorted(len(f.claims) for f in facts) == [1, 2]


def test_every_join_keeps_its_signals() -> None:
    a = claim("500e9", holder="Stargate", measure="investment")
    (fact,) = compare([article("a.txt", a), article("b.txt", a)]).facts
    (evidence,) = fact.evidence
    assert {"holder", "measure"} <= set(evidence.signals)
    assert (fact.holder, fact.measure, fact.label) == (
        "Stargate",
        "investment",
        "Stargate · investment (USD)",
    )


def test_a_near_neighbour_kept_out_names_its_guard() -> None:
    a = claim("17", kind=Kind.PERCENT, holder="Nvidia", measure="share_price_change")
    b = claim("17", kind=Kind.PERCENT, holder="Broadcom", measure="share_price_change")
    facts = compare([article("a.txt", a), article("b.txt", b)]).facts
    assert [e.guard for f in facts for e in f.evidence] == ["holder"]


# --- properties -----------------------------------------------------------------------------

some_articles = st.lists(fact_extractions(), max_size=5, unique_by=lambda e: e.article.source.path)


@settings(max_examples=60, deadline=None)
@given(extractions=some_articles)
def test_facts_partition_the_claims(extractions: list[Extraction]) -> None:
    placed = sorted((fc.article, fc.claim.start) for f in compare(extractions).facts for fc in f.claims)
    assert placed == sorted((e.article.source.path, c.start) for e in extractions for c in e.claims)


@settings(max_examples=60, deadline=None)
@given(extractions=some_articles, seed=st.integers(0, 1000))
def test_input_order_does_not_change_the_facts(extractions: list[Extraction], seed: int) -> None:
    shuffled = list(extractions)
    random.Random(seed).shuffle(shuffled)
    first, second = compare(extractions), compare(shuffled)
    assert [(f.id, f.label, [(c.article, c.claim.start) for c in f.claims]) for f in first.facts] == [
        (f.id, f.label, [(c.article, c.claim.start) for c in f.claims]) for f in second.facts
    ]


@settings(max_examples=60, deadline=None)
@given(extractions=some_articles)
def test_an_unrelated_article_does_not_change_the_other_facts(extractions: list[Extraction]) -> None:
    durations = [
        Claim(
            start=n,
            end=n + 1,
            text="x",
            sentence="x",
            sentence_start=n,
            quantity=Quantity(kind=Kind.DURATION, low=D(n + 1), high=D(n + 1), unit="month"),
        )
        for n in range(4)
    ]
    unrelated = Extraction(
        article=Article(Source("zz-unrelated.txt", "text"), "", ""), claims=tuple(durations)
    )
    before = partition(extractions)
    after = {
        f for f in partition([*extractions, unrelated]) if not any(a == "zz-unrelated.txt" for a, _ in f)
    }
    assert after == before


@settings(max_examples=60, deadline=None)
@given(extractions=some_articles)
def test_explain_names_a_signal_for_every_join(extractions: list[Extraction]) -> None:
    comparison = compare(extractions)
    for fact in comparison.facts:
        lines = explain_fact(comparison, fact.id).splitlines()[1:]
        claims = [line for line in lines if not line.lstrip().startswith("kept out")]
        assert len(claims) == len(fact.claims)
        assert sum("first claim" in line for line in claims) == 1
        assert all("joined by " in line for line in claims if "first claim" not in line)


# --- red team (issue 13/15): pathological articles stay linear ------------------------------


def _extracted(text: str) -> Extraction:
    art = Article(Source("red.txt", "text"), text, text, (TextSpan(0, len(text)),), language="en")
    return extract(art)


def test_one_value_repeated_thousands_of_times_costs_a_bounded_number_of_checks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = 0
    score = alignment._score

    def counting(x: alignment.Item, g: object) -> tuple[int, tuple[str, ...]]:
        nonlocal calls
        calls += 1
        return score(x, g)  # type: ignore[arg-type]

    monkeypatch.setattr(alignment, "_score", counting)
    ex = _extracted("5% " * 3000)
    facts = compare([ex]).facts
    assert sum(len(f.claims) for f in facts) == len(ex.claims) == 3000
    assert calls <= 8 * alignment._LOOK * len(ex.claims)


def test_many_numbers_on_one_line_keep_the_comparison_small() -> None:
    text = " ".join(f"Nvidia lost ${k} billion and {k % 97}% of its chips" for k in range(1500))
    from aicoverage.extract.claims import _KEEP
    from aicoverage.serialize import dumps

    ex = _extracted(text)
    assert all(len(c.sentence) <= 2 * _KEEP + len(c.text) for c in ex.claims)
    assert all(text[c.sentence_start : c.sentence_start + len(c.sentence)] == c.sentence for c in ex.claims)
    comparison = compare([ex])
    # each claim carries a window of its sentence, not the whole line: the JSON grows linearly
    assert len(dumps({"facts": comparison.facts})) < len(ex.claims) * (2 * _KEEP + 800)


def test_progress_is_reported_and_the_map_is_used() -> None:
    import pickle

    calls: list[tuple[int, int]] = []
    blocks: list[object] = []

    def recording_map(fn: object, work: list[object]) -> object:
        blocks.extend(pickle.loads(pickle.dumps(b)) for b in work)  # picklable, for a process pool
        return map(fn, work)  # type: ignore[call-overload]

    a = claim("500e9", holder="Stargate", measure="investment")
    p = claim("17", kind=Kind.PERCENT, holder="Nvidia", measure="share_price_change")
    result = compare(
        [article("a.txt", a, p), article("b.txt", a)],
        progress=lambda d, t: calls.append((d, t)),
        map=recording_map,
    )
    assert calls == [(1, 2), (2, 2)]
    assert len(blocks) == 2
    assert len(result.facts) == 2


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.sampled_from("abc"),
            st.integers(1, 12),  # fewer than the values a group keeps
            st.sampled_from([None, "Acme", "Borealis"]),
            st.frozensets(st.sampled_from(["chips", "cost", "jobs"])),
        ),
        min_size=1,
        max_size=60,
    )
)
def test_a_group_summary_holds_every_member_however_it_is_laid_out(
    rows: list[tuple[str, int, str | None, frozenset[str]]],
) -> None:
    items = []
    for n, (article, value, holder, topics) in enumerate(rows):
        q = Quantity(kind=Kind.COUNT, low=D(value), high=D(value))
        items.append(
            alignment.Item((article, n), n, q, alignment.read_value(q), holder=holder, topics=topics)
        )
    group = alignment.Group(items[0])
    for x in items[1:]:
        group.add(x, ("holder",))
    counts: dict[tuple[str, Decimal, Decimal], int] = {}
    for x in items:
        key = (x.article, x.value.low, x.value.top)
        counts[key] = counts.get(key, 0) + 1
    assert group.counts == counts
    assert set(group.holders) == {x.holder for x in items if x.holder}
    assert set(group.topics) == set().union(*(x.topics for x in items))
    assert {a: set(v) for a, v in group.by_article.items()} == {
        a: {x.value for x in items if x.article == a} for a in {x.article for x in items}
    }
    assert set(group.numbers) == {(x.value.low, x.value.top) for x in items}


def _named(path: str, language: str, holder: str, origin: str) -> Extraction:
    c = claim("35e6", holder=holder, measure="fine")
    entity = EntityMention(text=holder, start=0, end=1, canonical=holder, type="organization", origin=origin)
    art = Article(Source(path, "text"), "", "", language=language)
    return Extraction(article=art, claims=(c,), entities=(entity,))


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        # names found in the text of two languages may be one name translated: no clash
        (("fr", "Commission", "text"), ("it", "Commissione", "text"), True),
        (("pt", "Comissão Europeia", "text"), ("en", "European Commission", "gazetteer"), True),
        # in one language, or both known, two names are two holders
        (("en", "Brightmind", "text"), ("en", "Quillmark", "text"), False),
        (("fr", "Nvidia", "gazetteer"), ("de", "Broadcom", "gazetteer"), False),
    ],
)
def test_holders_found_in_two_languages_do_not_clash(
    first: tuple[str, str, str], second: tuple[str, str, str], joined: bool
) -> None:
    facts = compare([_named("a.txt", *first), _named("b.txt", *second)]).facts
    assert (len(facts) == 1) is joined


def _rate(start: int, *, holder: str | None = None, per: str | None = "year") -> Claim:
    q = Quantity(kind=Kind.MULTIPLE, low=D(4), high=D(4), per=per)
    topics = ("cost_decline",) if holder else ()
    return Claim(
        start=start,
        end=start + 3,
        text="~4x",
        quantity=q,
        sentence="~4x",
        sentence_start=start,
        holder=holder,
        topics=topics,
    )


@pytest.mark.parametrize(("per", "joined"), [("year", True), (None, False)])
def test_a_bare_rate_joins_its_articles_one_fact_of_that_rate(per: str | None, joined: bool) -> None:
    first = article("a.txt", _rate(0, holder="Claude", per=per), _rate(500, per=per))
    second = article("b.txt", _rate(0, holder="Claude", per=per))
    facts = compare([first, second]).facts
    assert (len(facts) == 1) is joined


def test_an_upper_bound_meets_the_same_figure_stated_plainly() -> None:
    """ "up to $1 million" (a span open below) and "$1 million", both a fine: one fact."""
    bounded = Quantity(kind=Kind.MONEY, low=D(10**6), high=D(10**6), currency="USD", bound=Bound.AT_MOST)
    first = Claim(start=0, end=1, text="x", quantity=bounded, sentence="x", sentence_start=0, measure="fine")
    facts = compare([article("a.txt", first), article("b.txt", claim("1e6", measure="fine"))]).facts
    assert len(facts) == 1


def test_a_price_and_a_cost_of_one_thing_join_whatever_their_topics() -> None:
    """ "costs $3 per million tokens" and "收费3美元" (a price refines a cost), the same model named."""
    model = EntityMention(text="Kestrel", start=0, end=1, canonical="Kestrel", type="model")
    first = claim("3", measure="cost", topics=("cost",))
    second = claim("3", measure="price", topics=("price",))
    facts = compare(
        [
            Extraction(article=Article(Source("a.txt", "text"), "", ""), claims=(first,), entities=(model,)),
            Extraction(article=Article(Source("b.txt", "text"), "", ""), claims=(second,), entities=(model,)),
        ]
    ).facts
    assert len(facts) == 1


# --- a story's figures: the same numbers stated once in each of its articles ------------------

_PLANT = {
    "en.txt": (
        "Helix Robotics will spend €2.4 billion on a new plant near Turin. Building it will take "
        "seven to ten years, the company said. The site will employ 1,500 people."
    ),
    "de.txt": (
        "Helix Robotics investiert 2,4 Milliarden Euro in ein neues Werk bei Turin. Der Bau "
        "dauert nach Firmenangaben sieben bis zehn Jahre. Dort sollen 1500 Menschen arbeiten."
    ),
    "es.txt": (
        "Helix Robotics invertirá 2.400 millones de euros en una nueva planta cerca de Turín. "
        "Las obras durarán de siete a diez años. La planta dará empleo a 1.500 personas."
    ),
}


def test_a_figure_an_undated_story_states_once_per_article_is_one_fact() -> None:
    """Three languages, no date: "seven to ten years" has no holder or measure in any of them,
    yet each article of the story states it once."""
    done = [extract(load_text(t, path=p, language=p[:2])) for p, t in _PLANT.items()]
    result = compare(done)
    assert len(set(result.stories)) == 1
    assert result.stories[0] is not None
    (span,) = [f for f in result.facts if f.kind is Kind.DURATION]
    assert len({fc.article for fc in span.claims}) == 3
    assert any("story figure" in e.signals for e in span.evidence)


def test_a_figure_an_article_states_twice_is_left_to_the_other_signals() -> None:
    """ "10% of the bill" and "10% of the staff" in one article: the figure says nothing."""
    shared = [claim("18e9", start=10), claim("4e6", kind=Kind.COUNT, start=20), claim("7", start=30)]
    ten = [claim("10", kind=Kind.PERCENT, start=40)]
    twice = article("a.txt", *shared, *ten, claim("10", kind=Kind.PERCENT, start=50))
    once = article("b.txt", *shared, *ten)
    facts = compare([twice, once]).facts
    assert sorted(len(f.claims) for f in facts if f.kind is Kind.PERCENT) == [1, 1, 1]
    assert sorted(len(f.claims) for f in facts if f.kind is not Kind.PERCENT) == [2, 2, 2]


def test_a_story_figure_is_not_split_by_other_topic_words() -> None:
    """ "5年間で" reads as "per year": a topic word of the sentence, not what the figure is."""
    shared = [claim("18e9", start=10), claim("4e6", kind=Kind.COUNT, start=20), claim("7", start=30)]
    first = article("a.txt", *shared, claim("3", kind=Kind.COUNT, start=40, topics=("investment",)))
    second = article("b.txt", *shared, claim("3", kind=Kind.COUNT, start=40, topics=("cost_decline",)))
    facts = compare([first, second]).facts
    assert sorted(len(f.claims) for f in facts) == [2, 2, 2, 2]


@pytest.mark.parametrize(("extra", "joined"), [(0, True), (1, False)])
def test_a_story_of_many_articles_has_no_figures(extra: int, joined: bool) -> None:
    """Past ``_FIGURE_ARTICLES`` articles the same numbers recur by chance: values alone again."""
    shared = [claim("18e9", start=10), claim("4e6", kind=Kind.COUNT, start=20), claim("7", start=30)]
    many = [
        article(f"{n:03d}.txt", *shared, claim(str(n), kind=Kind.PERCENT, start=40))
        for n in range(alignment._FIGURE_ARTICLES + extra)
    ]
    facts = compare(many).facts
    assert any(len(f.claims) > 1 for f in facts) is joined
