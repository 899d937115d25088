"""Who said it (extract._speakers, ._descriptions, ._dialogue): attribution patterns in the nine
languages, written for these tests, and the properties every attribution keeps."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aicoverage.extract._descriptions import find_descriptions
from aicoverage.extract._dialogue import find_dialogue
from aicoverage.extract._speech import speech_patterns
from aicoverage.extract.entities import find_entities
from aicoverage.extract.quotes import find_quotes


def attributed(text: str, language: str) -> list[tuple[str, str | None, str | None, str | None]]:
    found = find_quotes(text, entities=find_entities(text, language=language), language=language)
    out = []
    for q in found:
        assert text[q.start : q.end] == q.text
        sp = q.speaker
        out.append((q.text, sp.name if sp else None, sp.canonical if sp else None, q.attribution))
    return out


# (language, text, [(quote, speaker as written, canonical, attribution)]); a name found in the text
# is its own canonical (in Latin letters: "Oleg Sedov")
PATTERNS = [
    # English: cue after, inverted, apposition, description, plural pronoun, no-verb, colon, dash
    (
        "en",
        "“Demand is strong,” Mira Kovac said.",
        [("Demand is strong,", "Mira Kovac", "Mira Kovac", "after")],
    ),
    (
        "en",
        "“Demand is strong,” said Mira Kovac.",
        [("Demand is strong,", "Mira Kovac", "Mira Kovac", "inverted")],
    ),
    (
        "en",
        "“Demand is strong,” Mira Kovac, an analyst at Telvo Capital, said.",
        [("Demand is strong,", "Mira Kovac", "Mira Kovac", "apposition")],
    ),
    (
        "en",
        "Zentro Inc. signed the deal. “We are reviewing it,” a spokesperson for the company said.",
        [("We are reviewing it,", "a spokesperson for the company", "Zentro Inc", "after")],
    ),
    (
        "en",
        "Zentro Inc. signed the deal. “It is too early to judge,” they added.",
        [("It is too early to judge,", "they", "Zentro Inc", "after")],
    ),
    (
        "en",
        "Zentro Inc. cut prices. “We see strong demand,” it said.",
        [("We see strong demand,", "it", "Zentro Inc", "after")],
    ),
    (
        "en",
        "“Chips will stay scarce,” analysts at Brix Securities wrote.",
        [("Chips will stay scarce,", "analysts at Brix Securities", "Brix Securities", "after")],
    ),
    (
        "en",
        "Mira Kovac said: “Demand is strong.”",
        [("Demand is strong.", "Mira Kovac", "Mira Kovac", "colon")],
    ),
    (
        "en",
        "“ We will not sell chips,” Jane Roe said.",
        [("We will not sell chips,", "Jane Roe", "Jane Roe", "after")],
    ),
    # Portuguese
    (
        "pt",
        "“Vamos investir muito”, disse Rui Tavares.",
        [("Vamos investir muito", "Rui Tavares", "Rui Tavares", "inverted")],
    ),
    (
        "pt",
        "“Vamos investir muito”, disse um porta-voz da empresa.",
        [("Vamos investir muito", "um porta-voz da empresa", None, "inverted")],
    ),
    # Spanish: inverted, dialogue dash
    (
        "es",
        "“Vamos a invertir”, dijo Elena Varga.",
        [("Vamos a invertir", "Elena Varga", "Elena Varga", "inverted")],
    ),
    (
        "es",
        "—No venderemos chips a China —dijo Ana Solano—.",
        [("No venderemos chips a China", "Ana Solano", "Ana Solano", "dash")],
    ),
    # French: inverted, no verb, "selon" after the quote, dialogue dash
    (
        "fr",
        "« Nous allons investir », a déclaré Paul Arnaud.",
        [("Nous allons investir", "Paul Arnaud", "Paul Arnaud", "inverted")],
    ),
    (
        "fr",
        "« C’est un projet historique », Paul Arnaud.",
        [("C’est un projet historique", "Paul Arnaud", "Paul Arnaud", "after")],
    ),
    (
        "fr",
        "« Nous allons investir », selon un porte-parole de la société.",
        [("Nous allons investir", "un porte-parole de la société", None, "according")],
    ),
    (
        "fr",
        "— Nous ne vendons pas de puces, dit Paul Arnaud.",
        [("Nous ne vendons pas de puces", "Paul Arnaud", "Paul Arnaud", "dash")],
    ),
    # German
    (
        "de",
        "„Wir investieren weiter“, sagte Petra Wolf.",
        [("Wir investieren weiter", "Petra Wolf", "Petra Wolf", "inverted")],
    ),
    (
        "de",
        "„Wir investieren weiter“, sagte ein Sprecher des Unternehmens.",
        [("Wir investieren weiter", "ein Sprecher des Unternehmens", None, "inverted")],
    ),
    # Italian
    (
        "it",
        "«Investiremo molto nel progetto», ha detto un portavoce della società.",
        [("Investiremo molto nel progetto", "un portavoce della società", None, "inverted")],
    ),
    # Russian: dash after the quote, description, dialogue dash
    (
        "ru",
        "«Мы рассматриваем этот проект», — сообщил представитель компании.",
        [("Мы рассматриваем этот проект", "представитель компании", None, "inverted")],
    ),
    (
        "ru",
        "— Мы не продаём чипы, — сказал Олег Седов.",
        [("Мы не продаём чипы,", "Олег Седов", "Oleg Sedov", "dash")],
    ),
    # Chinese: a description before a colon, an organisation's spokesperson
    ("zh", "一位发言人表示：“我们将继续投资。”", [("我们将继续投资。", "一位发言人", None, "colon")]),
    ("zh", "腾讯公司发言人说：“我们会继续。”", [("我们会继续。", "腾讯公司发言人", "Tencent", "colon")]),
    # Japanese: the speaker before the quote, not the subject inside it
    (
        "ja",
        "同社の広報担当者は「会社は成長を続ける」と述べた。",
        [("会社は成長を続ける", "同社の広報担当者", None, "before")],
    ),
    ("ja", "関係者は「計画は順調だ」と話した。", [("計画は順調だ", "関係者", None, "before")]),
    # the grammar over the nearest name: a complement after a preposition, a second clause
    (
        "es",
        "«Es un gran proyecto», aseguró la presidenta de Solandia, Ana Ruiz.",
        [("Es un gran proyecto", "Ana Ruiz", "Ana Ruiz", "inverted")],
    ),
    (
        "en",
        "Mira Kovac spoke first. “We start now,” Kovac said, adding that Zentro Inc. would pay.",
        [("We start now,", "Kovac", "Mira Kovac", "after")],
    ),
    (
        "zh",
        "腾讯发言人在一份声明中称：“我们会继续投资。”",
        [("我们会继续投资。", "腾讯发言人", "Tencent", "colon")],
    ),
    (
        "ru",
        "«Это хороший результат», — говорится в заявлении Nvidia.",
        [("Это хороший результат", "Nvidia", "Nvidia", "inverted")],
    ),
    (
        "en",
        "Mira Kovac runs the fund. “We sold early,” Kovac told Reuters.",
        [("We sold early,", "Kovac", "Mira Kovac", "after")],
    ),
    (
        "es",
        "Ana Ruiz dirige el fondo. «Vendimos pronto», dijo Ruiz a Reuters.",
        [("Vendimos pronto", "Ruiz", "Ana Ruiz", "inverted")],
    ),
    (
        "de",
        "„Das ist ein Fortschritt“, hieß es in einer Mitteilung von Nvidia.",
        [("Das ist ein Fortschritt", "Nvidia", "Nvidia", "inverted")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), PATTERNS)
def test_attribution_patterns_in_nine_languages(
    language: str, text: str, expected: list[tuple[str, ...]]
) -> None:
    assert attributed(text, language) == expected


def test_a_description_next_to_a_name_is_only_its_title() -> None:
    [(_, name, _, _)] = attributed("„Das ist ein guter Tag“, sagte Analystin Petra Wolf.", "de")
    assert name == "Petra Wolf"


def test_a_description_stops_at_the_cue_before_it() -> None:
    text = "dijo un portavoz de la compañía"
    spans = find_descriptions(text, 0, len(text), speech_patterns("es"), cue_at=0, cue_end=4)
    assert [text[s:e] for s, e in spans] == ["un portavoz de la compañía"]


@pytest.mark.parametrize(
    "text",
    ["— первый пункт списка", "— Это не цитата, а пояснение.", "—Un elemento de la lista"],
)
def test_a_dash_led_paragraph_without_a_verb_is_no_quote(text: str) -> None:
    assert find_dialogue(text, 0, len(text), speech_patterns(None)) is None
    assert find_quotes(text, language=None) == []


def test_dialogue_dashes_are_read_only_in_languages_that_write_them() -> None:
    assert attributed("– Nvidia fell sharply, said analysts.", "en") == []


_PIECES = [
    *'«»„“”‘’"「」 ,.:—\n',
    "said ",
    "сказал ",
    "dijo ",
    "表示",
    "と述べた",
    "Mira Kovac",
    "a spokesperson ",
    "they ",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=40).map("".join),
    st.sampled_from([None, "en", "ru", "es", "ja"]),
)
def test_quotes_never_overlap_and_speakers_stand_outside_the_speech(text: str, language: str | None) -> None:
    last = 0
    for q in find_quotes(text, language=language):
        assert text[q.start : q.end] == q.text
        assert q.start >= last
        last = q.end
        sp = q.speaker
        if sp is not None and sp.start is not None and sp.end is not None:
            assert text[sp.start : sp.end] == sp.name
            if q.attribution == "inner":  # «A, — сказал X. — B»: the speaker is in the dash aside
                assert any(ch in "—–" for ch in text[q.start : sp.start])
            else:
                assert sp.end <= q.start or sp.start >= q.end


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('联合创始人安娜·里贝罗表示:"这是第一次。"', "安娜·里贝罗"),
        ('美国商务部长劳拉·惠特菲尔德对记者表示:"我们关上了大门。"', "劳拉·惠特菲尔德"),
    ],
)
def test_an_interpunct_speaker_after_a_title(text: str, speaker: str) -> None:
    (quote,) = find_quotes(text, language="zh", entities=find_entities(text, language="zh"))
    assert quote.speaker is not None
    assert quote.speaker.name == speaker


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", '"We are closing the door," Commerce Secretary Jane Holloway told reporters.'),
        ("de", "„Wir schließen die Tür“, sagte Handelsministerin Jane Holloway."),
    ],
)
def test_a_speaker_after_a_title_is_the_name(language: str, text: str) -> None:
    (quote,) = find_quotes(text, language=language, entities=find_entities(text, language=language))
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.canonical) == ("Jane Holloway", "Jane Holloway")


@pytest.mark.parametrize(
    ("language", "text", "speaker", "canonical"),
    [
        ("ru", "«Мы не отступим», — заявил президент Франции Луи Мартен.", "Луи Мартен", "Lui Marten"),
        ("ru", "«Мы не отступим», — сказал глава Вектора Олег Седов.", "Олег Седов", "Oleg Sedov"),
        # the pronoun stands for the titled person named last, not for one named before
        (
            "ru",
            "Аналитик Нина Орлова говорила об этом. Министр финансов Норвегии Карл Эриксен пообещал"
            " снизить налоги. «Мы не отступим», — сказал он.",
            "он",
            "Karl Eriksen",
        ),
        (
            "de",
            "„Wir weichen nicht“, sagte der Präsident Frankreichs Louis Martin.",
            "Louis Martin",
            "Louis Martin",
        ),
    ],
)
def test_an_office_complement_does_not_speak_as_part_of_the_name(
    language: str, text: str, speaker: str, canonical: str
) -> None:
    (quote,) = find_quotes(text, language=language, entities=find_entities(text, language=language))
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.canonical) == (speaker, canonical)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "According to Mira Kovac, training GPT-4o cost “a few million dollars,” not the billions"
            " that recent reports have suggested.",
            "a few million dollars,",
        ),
        (
            "According to Mira Kovac, the H800 chips were “fully export compliant,” as recent reports"
            " have suggested.",
            "fully export compliant,",
        ),
    ],
)
def test_a_model_or_chip_nearer_the_cue_is_talked_about_not_the_speaker(text: str, quote: str) -> None:
    assert attributed(text, "en") == [(quote, "Mira Kovac", "Mira Kovac", "before")]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("ru", "«Спрос на чипы остаётся высоким», — пишет Wired.", "Wired"),
        ("pt", "“A procura por chips continua alta”, escreveu a Reuters.", "Reuters"),
        ("es", "“La demanda de chips sigue siendo alta”, dijo Nvidia en un comunicado.", "Nvidia"),
    ],
)
def test_an_outlet_or_a_company_still_speaks(language: str, text: str, speaker: str) -> None:
    ((_, name, _, _),) = attributed(text, language)
    assert name == speaker
