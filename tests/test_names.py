"""Names the gazetteer lacks (extract.names): found in the text, typed, matched across scripts."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from aicoverage.extract._namerules import name_rules
from aicoverage.extract._translit import name_key
from aicoverage.extract.entities import find_entities
from aicoverage.extract.names import discover_names


def names_of(text: str, language: str) -> list[tuple[str, str]]:
    found = [m for m in find_entities(text, language=language) if m.origin == "text"]
    for m in found:
        assert text[m.start : m.end] == m.text
    return [(m.text, m.type) for m in found]


# (language, text, [(name, type)]) -- names invented for the table
DISCOVERED = [
    (
        "en",
        "Yesterday analyst Mira Kovac of Telvo Capital cut her target.",
        [("Mira Kovac", "person"), ("Telvo Capital", "company")],
    ),
    (
        "en",
        "Orla Fenn, a strategist at Brix Securities, disagreed.",
        [("Orla Fenn", "person"), ("Brix Securities", "company")],
    ),
    (
        "en",
        "The Halcyon project got funding from Zent Labs Inc.",
        [("Halcyon", "product"), ("Zent Labs Inc", "company")],
    ),
    (
        "pt",
        "O analista Rui Tavares, da Corvo Capital, disse que sim.",
        [("Rui Tavares", "person"), ("Corvo Capital", "company")],
    ),
    (
        "es",
        "La ministra Elena Varga visitó el Instituto Solano.",
        [("Elena Varga", "person"), ("Instituto Solano", "organization")],
    ),
    (
        "fr",
        "Le ministre Paul Arnaud a reçu la Banque Vernet.",
        [("Paul Arnaud", "person"), ("Banque Vernet", "company")],
    ),
    (
        "it",
        "Il portavoce Marco Serra ha parlato per Orsa Gruppo.",
        [("Marco Serra", "person"), ("Orsa Gruppo", "company")],
    ),
    (
        "de",
        "Laut Analystin Petra Wolf von der Kessel AG steigt die Nachfrage.",
        [("Petra Wolf", "person"), ("Kessel AG", "company")],
    ),
    (
        "ru",
        "Аналитик Олег Седов из «Вектор Капитал» считает иначе.",
        [("Олег Седов", "person"), ("Вектор Капитал", "unknown")],
    ),
    ("zh", "分析师王小明认为，蓝海科技将受益。", [("王小明", "person"), ("蓝海科技", "company")]),
    (
        "ja",
        "ミズホ証券のアナリストは、カワセ氏の見方を示した。",
        [("ミズホ証券", "company"), ("カワセ", "person")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), DISCOVERED)
def test_names_found_and_typed_in_nine_languages(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert names_of(text, language) == expected


NOT_NAMES = [
    ("en", "Yesterday the market fell."),  # a sentence's first word, capitalised for being first
    ("de", "Die Nachfrage nach Chips steigt. Der Markt fällt."),  # German nouns
    ("en", "“Never,” he said."),  # a quoted word that is speech, not a name
    ("zh", "特朗普称“这应该为美国行业敲响警钟”。"),  # a quoted phrase
    ("pt", "a IA e os CEOs do setor"),  # a two-letter abbreviation, a plural title
    ("en", "The rule, set on Tuesday, takes effect in March."),  # months and weekdays (CLDR)
    ("fr", "La règle, fixée mardi, entre en vigueur en Mars et Juin."),
    ("es", "La norma, fijada el Martes, entra en vigor en Marzo."),
    ("de", "Den Herstellern entgehen acht Milliarden Dollar Umsatz."),  # magnitudes and currencies
    ("zh", "该公司周四发布新模型。"),  # a verb before a product word
]


@pytest.mark.parametrize(("language", "text"), NOT_NAMES)
def test_capitalised_words_that_are_not_names(language: str, text: str) -> None:
    assert names_of(text, language) == []


def test_a_first_word_written_capitalised_elsewhere_is_a_name() -> None:
    text = "Velora raised money. Investors like Velora."
    assert names_of(text, "en") == [("Velora", "unknown"), ("Velora", "unknown")]


def test_spellings_in_four_scripts_share_the_latin_canonical() -> None:
    text = "Проект «Старгейт». スターゲート計画。星际之门（Stargate）计划。"
    found = [m for m in find_entities(text) if m.origin == "text"]
    assert [m.canonical for m in found] == ["Stargate"] * 4
    assert {m.key for m in found} == {name_key("Stargate")}


def test_a_translation_by_meaning_meets_only_where_the_text_pairs_it() -> None:
    # the pinyin of 星际之门 is not "Stargate": alone, it keeps its own form and key
    [m] = discover_names("星际之门计划将投资。", language="zh")
    assert (m.text, m.canonical, m.type) == ("星际之门", "星际之门", "product")
    assert m.key != name_key("Stargate")


def test_a_name_the_gazetteer_knows_is_not_found_twice() -> None:
    found = find_entities("Nvidia Corp and SoftBank Group Corp. fell.", language="en")
    assert [(m.text, m.origin) for m in found] == [("Nvidia", "gazetteer"), ("SoftBank", "gazetteer")]


_PIECES = [
    *"AZaz .,«»“”「」（）()\n",
    "Mira Kovac",
    "CEO ",
    "Inc",
    "公司",
    "先生",
    "スターゲート",
    "Старгейт",
    "計画",
    "E*T",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=40).map("".join),
    st.sampled_from([None, "en", "de", "ru", "ja"]),
)
@example(text="公司（A ）", language=None)  # a letter and a space in brackets: no name "A "
def test_discovery_never_raises_and_keeps_exact_offsets(text: str, language: str | None) -> None:
    last = 0
    for m in find_entities(text, language=language):
        assert text[m.start : m.end] == m.text
        assert m.text.strip() == m.text
        assert m.start >= last
        last = m.end


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("该公司完成了3200亿参数模型的训练。", "亿参数"),  # a magnitude glued to digits is the number's
        ("多家科技公司表示反对。", "科技"),  # a suffix on its own is no company name
        ("一家初创公司宣布融资。", "初创"),  # a plain modifier, not a name
        ("分析师估计该股将反弹。", "估计"),  # after a title, a person's name opens with a family name
        ("法学教授认为此举违法。", "法学"),
    ],
)
def test_chinese_common_words_beside_markers_are_no_names(text: str, absent: str) -> None:
    assert all(absent not in m.text for m in discover_names(text, language="zh"))


def test_chinese_names_beside_markers_still_count() -> None:
    found = [(m.text, m.type) for m in discover_names("分析师王小明认为，蓝海科技将扩产。", language="zh")]
    assert ("王小明", "person") in found
    assert ("蓝海科技", "company") in found


_TITLE_TAILS = st.sampled_from(
    ["CEO", "analyst", "Dr.", "директор", "министр", "ministra", "首席执行官", "model", "«"]
)


@pytest.mark.parametrize("language", [None, "en", "pt", "ru", "zh", "de"])
@given(
    st.lists(st.one_of(_TITLE_TAILS, st.text(alphabet="aZé Яё.,\n\u00a0«“", max_size=6)), max_size=6).map(
        "".join
    )
)
def test_quick_end_tests_never_reject_what_the_full_patterns_find(language: str | None, before: str) -> None:
    rules = name_rules(language)
    for quick, full in ((rules.title_end, rules.title_before), (rules.product_end, rules.product_before)):
        if full.search(before):
            assert quick is None or quick.search(before)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("联合创始人安娜·里贝罗表示,模型已发布。", "安娜·里贝罗"),  # a title before, a verb after
        ("微软首席执行官托马斯·韦伯说,需求很大。", "托马斯·韦伯"),  # the title opens before the match
        ("托马斯·韦伯表示需求很大。", "托马斯·韦伯"),
    ],
)
def test_an_interpunct_name_leaves_its_title_and_verb_out(text: str, name: str) -> None:
    assert (name, "person") in names_of(text, "zh")


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("en", "The rule came from Commerce Secretary Jane Holloway on Friday.", "Jane Holloway"),
        ("en", "Yesterday Commissioner Petra Lund spoke.", "Petra Lund"),
        ("de", "Das sagte Handelsministerin Petra Lund am Montag.", "Petra Lund"),  # a compound title
        ("de", "Das sagte Mitgründerin Petra Lund.", "Petra Lund"),
    ],
)
def test_a_title_before_a_name_is_not_part_of_it(language: str, text: str, name: str) -> None:
    assert name in [found for found, _ in names_of(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("fr", "La jeune pousse Kestrel Labs a présenté jeudi son modèle.", "Kestrel Labs"),
        ("es", "La estadounidense Helion Cloud invertirá en Aragón.", "Helion Cloud"),
        ("it", "Gli autori contro Quillmark AI chiedono danni.", "Quillmark AI"),
    ],
)
def test_brand_suffixes_make_a_company_in_every_latin_language(language: str, text: str, name: str) -> None:
    assert (name, "company") in names_of(text, language)


# (language, text, [(name, type)]): a capitalised word in the case an office phrase governs is the
# place or body the office belongs to, not the person's first name
OFFICE_COMPLEMENTS = [
    (
        "ru",
        "Вчера министр энергетики Норвегии Карл Эриксен заявил об этом.",
        [("Норвегии", "unknown"), ("Карл Эриксен", "person")],
    ),
    ("ru", "Президент Франции Луи Мартен заявил.", [("Франции", "unknown"), ("Луи Мартен", "person")]),
    ("ru", "Вчера президент Финляндии Ланен заявил.", [("Финляндии", "unknown"), ("Ланен", "person")]),
    (
        "ru",
        "Премьер-министр Украины Тарас Коваль сказал.",
        [("Украины", "unknown"), ("Тарас Коваль", "person")],
    ),
    (
        "ru",
        "По словам главы Минфина Олега Седова, всё хорошо.",  # an inflected title, an institution
        [("Минфина", "organization"), ("Олега Седова", "person")],
    ),
    ("ru", "Глава Вектора Олег Седов сказал.", [("Вектора", "unknown"), ("Олег Седов", "person")]),
    ("ru", "Вчера президент Чехии заявил.", [("Чехии", "unknown")]),  # no person named
    ("de", "Das sagte der Präsident Frankreichs Louis Martin.", [("Louis Martin", "person")]),
    ("de", "Das sagte die Ministerin Spaniens Ana Ruiz.", [("Ana Ruiz", "person")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), OFFICE_COMPLEMENTS)
def test_an_office_complement_is_not_the_first_name(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert names_of(text, language) == expected


# the first word is the first name: an ending a nominative name has, a patronymic, or no full name
# after it; and a name in the genitive itself, with no office before it
@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("ru", "Вчера министр финансов Мария Седова сказала.", "Мария Седова"),
        ("ru", "Министр Мария Владимировна Седова сказала.", "Мария Владимировна Седова"),
        ("ru", "Вчера вице-премьер Седова заявила.", "Седова"),
        ("ru", "Вчера президент Никита Орлов заявил.", "Никита Орлов"),
        ("ru", "Встреча прошла у Марии Седовой дома.", "Марии Седовой"),
        ("ru", "Это стало ясно из Германии Вчера.", "Германии Вчера"),
        ("de", "Das sagte Minister Hans Peter Wolf.", "Hans Peter Wolf"),
        ("de", "Das sagte Präsident Klaus Wolf.", "Klaus Wolf"),
        ("en", "Yesterday President Ellis Mann spoke.", "Ellis Mann"),
    ],
)
def test_a_first_name_after_an_office_stays_in_the_name(language: str, text: str, name: str) -> None:
    assert name in [found for found, _ in names_of(text, language)]
