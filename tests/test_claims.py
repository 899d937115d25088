"""Claims in context: sentence, subject, speaker and topics around each quantity of the body.

The quantity engine is replaced by a stub here (numbers followed by %, or $ amounts), so these
tests pin what the claims layer adds, whatever the engine's progress.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest

from aicoverage.extract import claims as claims_module
from aicoverage.extract.claims import find_claims, find_topics, is_claim
from aicoverage.extract.entities import find_entities
from aicoverage.extract.quotes import find_quotes
from aicoverage.model import Kind, Quantity, QuantityMention, TextSpan
from aicoverage.quantities import find_quantities

_STUB = re.compile(r"\$\d+(?: (?:million|billion))?|\d+(?:[.,]\d+)?\s?%|\d+\s?(?:млн|亿|万)\S*")


def stub_quantities(text: str, *, language: str) -> list[QuantityMention]:
    out = []
    for m in _STUB.finditer(text):
        value = Decimal(re.search(r"\d+", m.group()).group())  # type: ignore[union-attr]
        kind = Kind.PERCENT if "%" in m.group() else Kind.MONEY
        q = Quantity(kind=kind, low=value, high=value, currency="USD" if kind is Kind.MONEY else None)
        out.append(QuantityMention(start=m.start(), end=m.end(), text=m.group(), quantity=q))
    return out


@pytest.fixture(autouse=True)
def _stub_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claims_module, "find_quantities", stub_quantities)


def claims_of(text: str, language: str, spans: list[TextSpan] | None = None) -> list[claims_module.Claim]:
    entities = find_entities(text, spans)
    quotes = find_quotes(text, spans, entities=entities, language=language)
    found = find_claims(text, spans, language=language, quotes=quotes, entities=entities)
    for c in found:
        assert text[c.start : c.end] == c.text
        assert text[c.sentence_start : c.sentence_start + len(c.sentence)] == c.sentence
        assert c.sentence_start <= c.start
        assert c.end <= c.sentence_start + len(c.sentence)
    return found


def test_claim_has_its_sentence() -> None:
    text = "Markets fell. DeepSeek spent $6 million on training. Then more."
    [c] = claims_of(text, "en")
    assert c.sentence == "DeepSeek spent $6 million on training."
    assert c.sentence_start == text.index("DeepSeek")


# (language, text, [(claim text, subject)])
SUBJECTS = [
    (
        "en",
        "Nasdaq fell 4%, Nvidia dropped 17%, and ASML lost 10%.",
        [("4%", "Nasdaq"), ("17%", "Nvidia"), ("10%", "ASML")],
    ),
    ("en", "DeepSeek trained V3 for $6 million, Reuters reported.", [("$6 million", "DeepSeek")]),
    ("ru", "Капитализация Nvidia снизилась на 17 %, пишет Bloomberg.", [("17 %", "Nvidia")]),
    ("pt", "A Nvidia perdeu 17% do valor de mercado.", [("17%", "Nvidia")]),
    ("zh", "英伟达股价下跌17%。", [("17%", "Nvidia")]),
    ("es", "Según Bloomberg, cayó un 3%.", [("3%", None)]),
    ("en", "DeepSeek owns Nvidia H800 chips worth $1 billion.", [("$1 billion", "DeepSeek")]),
    (
        "zh",
        "DeepSeek发布了DeepSeek-V3模型,仅使用英伟达H800芯片,成本约为$6 million。",
        [("$6 million", "DeepSeek-V3")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), SUBJECTS)
def test_subject_is_the_entity_the_number_is_about(
    language: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(c.text, c.subject) for c in claims_of(text, language)] == expected


def test_speaker_when_the_number_stands_in_a_quote() -> None:
    text = "“We spent $6 million on it,” Amodei said. OpenAI spent $100 million."
    first, second = claims_of(text, "en")
    assert first.speaker == "Dario Amodei"
    assert second.speaker is None
    assert second.subject == "OpenAI"


@pytest.mark.parametrize(
    ("language", "text", "topics"),
    [
        ("en", "Training cost $6 million on 2048 chips.", ("training", "cost", "chips")),
        ("ru", "Обучение модели обошлось в $6 млн.", ("training", "cost")),
        ("pt", "O custo do treinamento foi de $6 milhões.", ("cost", "training")),
        ("zh", "训练成本约为$6百万。", ("training", "cost")),
        ("es", "El coste de entrenamiento fue $6 millones.", ("cost", "training")),
        ("fr", "Le coût de l'entraînement : $6 millions.", ("cost", "training")),
        ("ja", "学習コストは$6だった。", ("training", "cost")),
    ],
)
def test_topics_are_language_independent_ids(language: str, text: str, topics: tuple[str, ...]) -> None:
    [c] = claims_of(text, language)
    assert c.topics == topics


def test_only_body_spans_give_claims() -> None:
    text = "Body says 10%.\nA comment says 99%."
    found = claims_of(text, "en", [TextSpan(0, text.index("\n"))])
    assert [c.text for c in found] == ["10%"]


def test_offsets_of_later_spans_are_shifted() -> None:
    text = "Teaser 5%.\nBody A 10%.\nAd.\nBody B 20%."
    spans = [TextSpan(11, 22), TextSpan(27, len(text))]
    assert [(c.text, c.start) for c in claims_of(text, "en", spans)] == [("10%", 18), ("20%", 34)]


def test_find_topics_gives_offsets_in_order() -> None:
    assert find_topics("Export controls on chips", language="en") == [(0, "export_controls"), (19, "chips")]


def test_topics_of_all_languages_when_none_is_given() -> None:
    assert [t for _, t in find_topics("стоимость and 成本", language=None)] == ["cost", "cost"]


# --- red team (issue 13/15) -------------------------------------------------------------------


def test_a_name_repeated_in_one_sentence_is_scanned_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from aicoverage.extract import claims as claims_module
    from aicoverage.extract.entities import find_entities

    seen: list[int] = []
    near = claims_module._near

    def counting(*args: Any) -> Any:
        out = near(*args)
        seen.append(len(out))
        return out

    monkeypatch.setattr(claims_module, "_near", counting)
    text = "Nvidia, $1, " * 1500
    found = find_claims(text, language="en", entities=find_entities(text))
    assert len(found) == 1500
    assert max(seen) <= 2 * claims_module._NEAREST
    assert {c.subject for c in found} == {"Nvidia"}


def test_a_long_line_keeps_a_window_of_the_sentence_with_exact_offsets() -> None:
    from aicoverage.extract.claims import _KEEP

    text = " and ".join(f"${k} million" for k in range(2000))
    found = find_claims(text, language="en")
    assert len(found) == 2000
    for c in found:
        assert len(c.sentence) <= 2 * _KEEP + len(c.text)
        assert text[c.sentence_start : c.sentence_start + len(c.sentence)] == c.sentence
        assert c.sentence_start <= c.start
        assert c.end <= c.sentence_start + len(c.sentence)


@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        ("en", "It will build three new data centres.", True),
        ("es", "Construirá tres nuevos centros de datos.", True),
        ("ru", "Компания построит пять дата-центров.", True),
        ("zh", "公司将建设五座数据中心。", True),
        ("en", "The two countries signed it.", False),  # a small count: prose
        ("ru", "между двумя странами", False),
        ("en", "three of them agreed", False),  # no known noun
        ("de", "Der Ausfall traf Kunden in drei Regionen.", True),
        ("pt", "A falha atingiu clientes em três regiões.", True),
        ("fr", "Plus de quarante nouveaux sites sont en projet.", True),
        ("de", "Das reicht für vier Millionen Haushalte.", True),
        ("fr", "Une vingtaine d'investisseurs participent au tour.", True),
        ("es", "Participan una veintena de inversores.", True),
        ("it", "Partecipa una ventina di investitori.", True),
        ("fr", "Le pays impose une quarantaine.", False),  # no noun: "quarantine"
    ],
)
def test_a_count_in_words_of_a_known_noun(language: str, text: str, claim: bool) -> None:
    found = [m for m in find_quantities(text, language=language) if not any(c.isdigit() for c in m.text)]
    assert [is_claim(m) for m in found] == ([claim] if found else [])
    assert found or not claim


@pytest.mark.parametrize(
    ("language", "text", "value", "unit"),
    [
        ("fr", "pour les 18 prochains mois", ("18", "18"), "month"),
        ("fr", "au cours des trois dernières années", ("3", "3"), "year"),
        ("it", "ricavi tra i 400 e i 500 milioni di euro", ("4E+8", "5E+8"), None),
        ("es", "entre los 400 y los 500 millones de euros", ("4E+8", "5E+8"), None),
        ("pt", "entre os 10 e os 20 servidores", ("10", "20"), "server"),
        ("ja", "サービスは14時間近く停止した", ("14", "14"), "hour"),
        ("ja", "3つの地域で障害が起きた", ("3", "3"), "region"),
        ("zh", "相当于至少400万户家庭的用电量", ("4E+6", "4E+6"), "household"),
        ("ru", "не менее 4 млн домохозяйств", ("4E+6", "4E+6"), "household"),
        ("zh", "另有约20家投资机构跟投", ("20", "20"), "investor"),
    ],
)
def test_word_tables_read_these_figures_whole(
    language: str, text: str, value: tuple[str, str], unit: str | None
) -> None:
    """Table words of each language: an adjective between a number and its duration unit
    ("18 prochains mois"), a range with articles ("tra i 400 e i 500"), "近く" (nearly) after a
    figure, and nouns that outlets count (regions, households, investors, sites)."""
    (m,) = [m for m in find_quantities(text, language=language) if is_claim(m)]
    q = m.quantity
    assert (q.low, q.high, q.unit) == (Decimal(value[0]), Decimal(value[1]), unit)


@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        ("fr", "L'enquête durera un an et demi.", True),  # a half makes it a figure
        ("es", "Tardará un año y medio.", True),
        ("en", "It took a year.", False),
        ("en", "It takes six months.", True),
    ],
)
def test_a_duration_in_words_with_a_half_is_a_claim(language: str, text: str, claim: bool) -> None:
    found = [m for m in find_quantities(text, language=language) if m.quantity.kind.value == "duration"]
    assert [is_claim(m) for m in found] == ([claim] if found else [])
    assert found or not claim
