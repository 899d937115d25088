"""extract(): claims, quotes and entities of an article's body, end to end."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from aicoverage.extract import extract
from aicoverage.model import Article, Comment, Extraction, Source, TextSpan
from aicoverage.serialize import dumps, loads
from tests.conftest import seed_text
from tests.strategies import extraction_articles


def article(text: str, language: str | None = "en", *, body: tuple[int, int] | None = None) -> Article:
    """An Article whose body is ``text[body]`` (all of it by default)."""
    start, end = body or (0, len(text))
    return Article(
        source=Source(path="t.txt", format="txt"),
        text=text,
        body=text[start:end],
        body_spans=(TextSpan(start, end),),
        language=language,
    )


def test_extract_finds_quotes_entities_and_claims_together() -> None:
    text = "Dario Amodei wrote: “DeepSeek has about 50,000 chips, worth about $1 billion.”"
    x = extract(article(text))
    [q] = x.quotes
    assert q.speaker is not None
    assert q.speaker.canonical == "Dario Amodei"
    assert [e.canonical for e in x.entities] == ["Dario Amodei", "DeepSeek"]
    for c in x.claims:
        assert text[c.start : c.end] == c.text
        assert c.speaker == "Dario Amodei"
        assert c.subject == "DeepSeek"


def test_nothing_comes_from_outside_the_body() -> None:
    text = "Teaser: “Nvidia loses $600 billion in a day,” said Trump.\nBody: Nvidia fell 17%.\nComment: lol"
    first = text.index("\n") + 1
    x = extract(article(text, body=(first, text.index("\n", first))))
    assert x.quotes == ()
    assert all(first <= m.start for m in [*x.entities, *x.claims])


def test_unknown_language_is_guessed_from_the_script() -> None:
    x = extract(article("«Мы не считаем DeepSeek противником», — заявил Дарио Амодеи.", language=None))
    assert [q.speaker.canonical for q in x.quotes if q.speaker] == ["Dario Amodei"]
    x = extract(article("特朗普称“这应该为美国行业敲响警钟”。", language="xx"))
    assert len(x.quotes) == 1


def test_user_gazetteer_by_path(tmp_path: Any) -> None:
    path = tmp_path / "g.toml"
    path.write_text(
        '[[entity]]\ncanonical = "Zhipu AI"\ntype = "company"\nnames = ["Zhipu"]\n', encoding="utf-8"
    )
    x = extract(article("Zhipu raised money."), gazetteer=path)
    assert [e.canonical for e in x.entities] == ["Zhipu AI"]


def test_extraction_round_trips_through_json() -> None:
    x = extract(article("“Prices will fall,” Jensen Huang said of Nvidia chips."))
    assert loads(dumps(x), Extraction) == x


@settings(max_examples=150, deadline=None)
@given(extraction_articles())
def test_never_raises_offsets_exact_and_quotes_stay_out_of_comments(art: Article) -> None:
    x = extract(art)
    text = art.text
    for item in [*x.quotes, *x.entities, *x.claims]:
        assert text[item.start : item.end] == item.text
        assert any(s.start <= item.start and item.end <= s.end for s in art.body_spans)
    for q in x.quotes:
        assert not any(c.start < q.end and q.start < c.end for c in art.comments)


# --- the seeds: what must hold already; claims grow with the quantity engine ------------------


def seed_article(name: str, gold_article: dict[str, Any]) -> Article:
    text = seed_text(name)
    start = text.index(gold_article["body_starts"])
    end = text.index(gold_article["body_ends"]) + len(gold_article["body_ends"])
    return Article(
        source=Source(path=f"seeds/{name}", format="txt"),
        text=text,
        body=text[start:end],
        body_spans=(TextSpan(start, end),),
        language=gold_article["language"],
        comments=(Comment(text=text[end:], start=end, end=len(text)),) if end < len(text) else (),
    )


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def test_seed_quotes_and_speakers(gold: dict[str, Any]) -> None:
    for name, g in gold["articles"].items():
        x = extract(seed_article(name, g["article"]))
        for want in g["quotes"]:
            if want.get("optional"):
                continue
            span = (want["start"], want["end"])
            hits = [q for q in x.quotes if _overlap((q.start, q.end), span) >= 0.5 * (span[1] - span[0])]
            assert hits, f"{name}: quote {want['start_text']!r} not found"
            assert hits[0].speaker is not None, f"{name}: {want['start_text']!r} has no speaker"
            said = (hits[0].speaker.canonical, hits[0].speaker.name)
            assert said[0] == want["speaker_canonical"] or said[1] == want["speaker"], name
        gold_spans = [(q["start"], q["end"]) for q in g["quotes"]]
        for trap in g["traps"]:
            span = (trap["start"], trap["end"])
            if any(_overlap(span, s) for s in gold_spans):
                continue  # a number trap inside real speech
            assert not [q for q in x.quotes if _overlap((q.start, q.end), span)], (
                f"{name}: trap {trap['text']!r}"
            )


def test_seed_entities(gold: dict[str, Any]) -> None:
    missing = {}
    for name, g in gold["articles"].items():
        found = {e.canonical for e in extract(seed_article(name, g["article"])).entities}
        missing[name] = set(g["entities"]) - found
    # 003 names OpenAI only as a machine translation of its words ("Abrir"), which is no name.
    assert missing == {name: set() for name in missing} | {"003_2fe2c9c0de164287.txt": {"OpenAI"}}


def test_seed_claims_stay_in_the_body_and_off_traps(gold: dict[str, Any]) -> None:
    for name, g in gold["articles"].items():
        art = seed_article(name, g["article"])
        body = art.body_spans[0]
        for c in extract(art).claims:
            assert body.start <= c.start
            assert c.end <= body.end
            assert c.sentence_start <= c.start
        excluded = g["article"].get("excluded", [])
        assert not [c for c in extract(art).claims if any(c.text in x for x in excluded if len(c.text) > 3)]


# --- fixture articles of our own, one per language we are scored on -----------------------------

FIXTURES = Path(__file__).parent / "data" / "extract"
EXPECTED = tomllib.loads((FIXTURES / "expected.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_fixture_article(language: str) -> None:
    text = (FIXTURES / f"{language}.txt").read_text(encoding="utf-8")
    x = extract(article(text, language))
    got = [(q.text, q.speaker.canonical or q.speaker.name if q.speaker else None) for q in x.quotes]
    want = EXPECTED[language]
    assert len(got) == len(want["quotes"]), got
    for (quote, speaker), (start, who) in zip(got, want["quotes"], strict=True):
        assert quote.startswith(start)
        assert speaker == who, quote
    assert set(want["entities"]) <= {e.canonical for e in x.entities}


def test_json_interchange_has_what_the_scorer_reads() -> None:
    from aicoverage.serialize import unstructure

    text = "“DeepSeek spent about $6 million on training,” Amodei wrote."
    data = unstructure(extract(article(text)))
    [quote] = data["quotes"]
    assert {"text", "start", "end", "speaker"} <= set(quote)
    assert quote["speaker"]["canonical"] == "Dario Amodei"
    for claim in data["claims"]:
        keys = {
            "text",
            "start",
            "end",
            "kind",
            "low",
            "high",
            "unit",
            "currency",
            "bound",
            "subject",
            "sentence",
        }
        assert keys <= set(claim)
        assert claim["speaker"] == "Dario Amodei"
