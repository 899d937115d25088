"""Tests of aicoverage.quantities._wordlexicon: number words as tokens."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aicoverage.quantities._wordlexicon import syntax_regex, tokens

# (language, run, [(kind, value), ...])
TOKENS = [
    ("en", "twenty-fifth", [("frac", "25")]),  # one ordinal, not twenty and a fifth
    ("en", "three twenty-firsts", [("num", "3"), ("frac", "21")]),
    ("en", "twenty fifths", [("num", "20"), ("frac", "5")]),  # spaced: twenty of them
    ("en", "one-fifth", [("num", "1"), ("frac", "5")]),  # "one" is no tens word
    ("en", "hundred and five", [("mult", "100"), ("join", "1"), ("num", "5")]),
    ("pt", "tres vinte avos", [("num", "3"), ("num", "20"), ("over", "0")]),
]


@pytest.mark.parametrize(("lang", "run", "expected"), TOKENS)
def test_tokens(lang: str, run: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.kind, t.value) for t in tokens(run, lang)] == [(k, Decimal(v)) for k, v in expected]


def test_syntax_regex_of_a_missing_key_matches_nothing() -> None:
    assert syntax_regex("en", "no_such_key") == "(?i:(?!))"


@pytest.mark.parametrize(
    ("language", "text", "value", "kind"),
    [
        ("es", "se multiplica por cuatro", "4", "multiple"),  # a number word after "por"
        ("es", "cinco por ciento", "5", "percent"),  # but "ciento" after "por" is the percent sign
        ("pt", "multiplicou por cinco", "5", "multiple"),
        ("pt", "dez por cento", "10", "percent"),
        ("it", "per quattro anni", "4", "duration"),
        ("it", "venti per cento", "20", "percent"),
        ("fr", "vingt pour cent", "20", "percent"),
    ],
)
def test_only_the_second_word_of_a_percent_sign_is_no_number(
    language: str, text: str, value: str, kind: str
) -> None:
    from aicoverage import find_quantities

    (m,) = find_quantities(text, language=language)
    assert (str(m.quantity.low), m.quantity.kind.value) == (value, kind)


# (language, text, [(surface, low, bound)]): the article is "one" before a duration, in context
ARTICLES = [
    ("en", "The upgrade should land within a decade.", [("within a decade", "10", "at_most")]),
    ("en", "The review ran for more than a year.", [("more than a year", "1", "at_least")]),
    ("en", "Shipping resumed in less than an hour.", [("less than an hour", "1", "at_most")]),
    ("en", "Sales doubled over a week.", [("over a week", "1", "at_least")]),
    ("en", "Sales doubled over a fortnight.", []),  # no duration the tables read: no number either
    ("en", "The board met nearly a month ago.", [("nearly a month", "1", "approx")]),
    ("en", "A week ago the plant closed.", [("A week", "1", "exact")]),  # "ago" after the unit
    ("en", "a decade", [("a decade", "10", "exact")]),  # the whole text
    (
        "de",
        "Der Bau soll innerhalb eines Jahrzehnts enden.",
        [("innerhalb eines Jahrzehnts", "10", "at_most")],
    ),
    ("de", "Die Frist läuft binnen eines Monats ab.", [("binnen eines Monats", "1", "at_most")]),
    # no number: an article elsewhere, a rate the amount before keeps, a duration as a compound
    ("en", "It was a year of records.", []),
    ("en", "The board meets twice a year.", []),
    ("en", "Fees rose to $30 a month.", [("$30 a month", "30", "exact")]),
    ("en", "A year-long review began.", []),
    (
        "en",
        "Sales hit $9 billion, up from $7 billion a year earlier.",
        [("$9 billion", "9000000000", "exact"), ("$7 billion", "7000000000", "exact")],
    ),
    ("en", "They signed a deal and a lease.", []),
    ("de", "Am Ende eines Jahres zieht sie Bilanz.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), ARTICLES)
def test_the_article_is_one_only_before_a_duration_in_context(
    language: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    from aicoverage import find_quantities

    found = find_quantities(text, language=language)
    assert [(m.text, str(m.quantity.low), m.quantity.bound.value) for m in found] == expected


@pytest.mark.parametrize("language", ["de", "en", "es", "fr", "it", "ja", "pt", "ru", "zh"])
def test_every_unit_an_article_may_precede_is_a_duration(language: str) -> None:
    # else "over a fortnight" leaves "over a": a bound makes the lone article a number
    from aicoverage import parse_quantity
    from aicoverage._tables import read_table

    syntax = read_table("numerals", language).get("words", {}).get("syntax", {})
    for article in syntax.get("article", []):
        for unit in syntax.get("article_units", []):
            q = parse_quantity(f"{article} {unit}", language=language)
            assert q is not None, (article, unit)
            assert q.kind.value == "duration", (article, unit)
