import pytest

from aicoverage._tables import supported_languages
from aicoverage.model import Bound, Kind
from aicoverage.quantities import find_quantities
from aicoverage.quantities._lexicon import lexicon


@pytest.mark.parametrize("language", supported_languages())
def test_every_supported_language_has_a_lexicon(language: str) -> None:
    lex = lexicon(language)
    assert lex.language == language
    assert lex.read_after("5%", 1) is not None


@pytest.mark.parametrize(
    ("language", "word", "bound"),
    [
        ("ru", "около", Bound.APPROX),
        ("ru", "приближается к", Bound.APPROX),
        ("ru", "более чем", Bound.AT_LEAST),
        ("pt", "quase", Bound.APPROX),
        ("zh", "超过", Bound.AT_LEAST),
        ("en", "under", Bound.AT_MOST),
        ("en", "~", Bound.APPROX),
    ],
)
def test_bound_words_come_from_the_tables(language: str, word: str, bound: Bound) -> None:
    assert lexicon(language).bound_of(word) is bound


@pytest.mark.parametrize(
    ("language", "term", "code", "inferred"),
    [
        ("ru", "$", "USD", True),
        ("ru", "долларов", "USD", True),
        ("pt", "US $", "USD", False),
        ("pt", "R$", "BRL", False),
        ("en", "EUR", "EUR", False),
        ("zh", "美元", "USD", False),
    ],
)
def test_currency_terms_resolve_with_inference_recorded(
    language: str, term: str, code: str, inferred: bool
) -> None:
    assert lexicon(language).currency_of(term) == (code, inferred)


def test_lowercase_code_like_words_are_not_currencies() -> None:
    lex = lexicon("en")
    assert "cur" not in lex.read_before("all ", 0, 4)
    assert lex.read_before("GBP ", 0, 4)["cur"] == (0, "GBP")


def test_codes_that_are_words_are_currencies_only_after_the_amount() -> None:
    lex = lexicon("en")
    assert "cur" not in lex.read_before("ALL ", 0, 4)  # "ALL 5 solutions", "TOP 10 MODELS"
    assert "cur" not in lex.read_before("TOP ", 0, 4)
    after = lex.read_after("5 ALL", 1)
    assert after is not None
    assert after.group("cur") == "ALL"


@pytest.mark.parametrize(
    ("language", "word", "repeat"),
    [("en", "times", True), ("en", "fold", False), ("ru", "раза", True), ("ru", "крат", False)],
)
def test_multiple_words_that_also_count_events_are_marked(language: str, word: str, repeat: bool) -> None:
    assert lexicon(language).is_repeat(word) is repeat


def test_a_sign_in_the_generic_table_wins_over_cldr_and_is_inferred() -> None:
    assert lexicon("zh").currency_of("￥") == ("CNY", True)
    assert lexicon("ja").currency_of("￥") == ("JPY", False)


@pytest.mark.parametrize(
    ("language", "word", "unit"),
    [("ru", "чипов", "chip"), ("ru", "ИИ-чипов", None), ("pt", "chips", "chip"), ("zh", "参数", "parameter")],
)
def test_counted_nouns_map_to_unit_ids(language: str, word: str, unit: str | None) -> None:
    assert lexicon(language).unit_of(word) == unit


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("on 20,000 GPUs.\n\nThe company, valued", "20,000 GPUs", "gpu"),  # no unit over a paragraph
        ("on 20,000 GPUs. The company said", "20,000 GPUs", "gpu"),  # nor after a full stop
        ("1,000 Llama-3.1 models", "1,000 Llama-3.1 models", "model"),  # dots inside a name
        ("2,048 Nvidia H800 chips", "2,048 Nvidia H800 chips", "chip"),
    ],
)
def test_names_before_a_unit_stay_in_their_sentence(text: str, surface: str, unit: str) -> None:
    (m,) = find_quantities(text, language="en")
    assert (m.text, m.quantity.unit) == (surface, unit)


@pytest.mark.parametrize(
    ("language", "text", "surface", "unit"),
    [
        ("en", "hire five new researchers", "five new researchers", "researcher"),
        ("en", "10,000 more advanced chips", "10,000 more advanced chips", "chip"),
        ("ru", "купила пять новых серверов", "пять новых серверов", "server"),
        ("fr", "3 nouveaux modèles", "3 nouveaux modèles", "model"),
        ("pt", "cinco novos usuários", "cinco novos usuários", "user"),
        ("it", "cinque nuovi utenti", "cinque nuovi utenti", "user"),
        ("en", "660 square meters", "660 square meters", "square_metre"),  # the noun at once first
        ("en", "3 big problems for users", "3", None),  # at most two words, then the noun
        ("en", "6 to shares of record", "6", None),  # only the table's words
        ("en", "800 million weekly active users", "800 million weekly active users", "user"),
        ("ru", "20 млн ежемесячных пользователей", "20 млн ежемесячных пользователей", "user"),
        ("de", "20 Millionen monatlich aktive Nutzer", "20 Millionen monatlich aktive Nutzer", "user"),
    ],
)
def test_a_noun_after_words_of_the_table(language: str, text: str, surface: str, unit: str | None) -> None:
    (m,) = find_quantities(text, language=language)
    assert (m.text, m.quantity.unit) == (surface, unit)


@pytest.mark.parametrize(
    ("language", "text", "surface", "bound"),
    [
        ("zh", "收费15美元,上下文窗口很长", "15美元", Bound.EXACT),  # "上下文" opens the next clause
        ("zh", "约100万美元左右的投资", "约100万美元左右", Bound.APPROX),
        ("en", "$500 billion, at least", "$500 billion, at least", Bound.AT_LEAST),
    ],
)
def test_a_bound_after_a_comma(language: str, text: str, surface: str, bound: Bound) -> None:
    (m,) = find_quantities(text, language=language)
    assert (m.text, m.quantity.bound) == (surface, bound)


@pytest.mark.parametrize(
    ("language", "text", "per"),
    [("en", "$10 monthly", "month"), ("en", "$5 weekly", "week"), ("de", "10 Euro monatlich", "month")],
)
def test_a_period_adjective_is_no_duration(language: str, text: str, per: str) -> None:
    (m,) = find_quantities(text, language=language)
    assert (m.quantity.kind, m.quantity.per) == (Kind.MONEY, per)


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("en", "five new data centres", "data_centre"),
        ("en", "3,000 jobs", "job"),
        ("ru", "пять дата-центров", "data_centre"),
        ("de", "3.000 Arbeitsplätze", "job"),
        ("fr", "cinq centres de données", "data_centre"),
        ("es", "200 desarrolladores", "developer"),
        ("zh", "3000个岗位", "job"),
        ("it", "2 milioni di clienti", "customer"),
        ("de", "rund 120 Staaten", "country"),
        ("es", "unos 120 países", "country"),
        ("ja", "約120カ国", "country"),
    ],
)
def test_more_counted_nouns(language: str, text: str, unit: str) -> None:
    (m,) = find_quantities(text, language=language)
    assert m.quantity.unit == unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "50 centimeters"),
        ("en", "3 centuries"),
        ("fr", "cinq centres"),
        ("ru", "пять центров"),
        ("ru", "5 пенсий"),
    ],
)
def test_a_word_that_begins_like_a_minor_unit_is_none(language: str, text: str) -> None:
    (m,) = find_quantities(text, language=language)
    assert m.quantity.kind is not Kind.MONEY


@pytest.mark.parametrize(
    ("language", "text", "low"),
    [("ru", "спрос вчетверо растёт", 4), ("ru", "цена выросла вдвое", 2), ("en", "a fourfold increase", 4)],
)
def test_a_multiple_in_one_word(language: str, text: str, low: int) -> None:
    (m,) = find_quantities(text, language=language)
    assert (m.quantity.kind, m.quantity.low) == (Kind.MULTIPLE, low)


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("betroffen waren über 2000 Firmenkunden.", "über 2000 Firmenkunden", "customer"),
        ("500 Hochleistungschips", "500 Hochleistungschips", "chip"),
        ("10 Großrechenzentren", "10 Großrechenzentren", "data_centre"),
        ("20 Firmen", "20 Firmen", "company"),  # the noun itself first
        ("bis zu sechs Gigawatt", "bis zu sechs Gigawatt", "gigawatt"),  # not "Giga" and watts
        ("1000 GPU-Server", "1000 GPU-Server", "server"),  # the last part of a hyphened compound
        ("von null bis 255 darzustellen", "null bis 255", None),  # a verb is no compound noun
    ],
)
def test_a_german_compound_ending_in_a_counted_noun(text: str, surface: str, unit: str | None) -> None:
    (m,) = find_quantities(text, language="de")
    assert (m.text, m.quantity.unit) == (surface, unit)


def test_compounds_only_where_the_table_says_so() -> None:
    (m,) = find_quantities("they hired 300 Newcustomers", language="en")
    assert m.quantity.unit is None


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("en", "some 40,000 business customers", "customer"),
        ("en", "1,100 full-time employees", "employee"),
        ("ru", "более 300 корпоративных клиентов", "customer"),
    ],
)
def test_kinds_of_customer_and_employee_are_customers_and_employees(
    language: str, text: str, unit: str
) -> None:
    (m,) = find_quantities(text, language=language)
    assert m.quantity.unit == unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "within 18 months"),
        ("de", "binnen 18 Monaten"),
        ("de", "innerhalb von 18 Monaten"),
        ("es", "dentro de 18 meses"),
        ("it", "entro 18 mesi"),
        ("fr", "sous 18 mois"),
        ("pt", "dentro de 18 meses"),
        ("ja", "18カ月以内"),
    ],
)
def test_within_is_an_upper_bound_in_every_language(language: str, text: str) -> None:
    (m,) = find_quantities(text, language=language)
    assert (m.quantity.low, m.quantity.bound) == (18, Bound.AT_MOST)


@pytest.mark.parametrize(
    ("language", "text", "surface", "unit"),
    [
        ("en", "three of its regions", "three of its regions", "region"),
        ("fr", "trois de ses régions", "trois de ses régions", "region"),
        ("es", "tres de sus regiones", "tres de sus regiones", "region"),
        ("it", "tre delle sue regioni", "tre delle sue regioni", "region"),
        ("pt", "três de suas regiões", "três de suas regiões", "region"),
        ("en", "two of the company's executives", "two", None),  # the owner, not what is counted
    ],
)
def test_a_determiner_between_of_and_the_noun(
    language: str, text: str, surface: str, unit: str | None
) -> None:
    (m,) = find_quantities(text, language=language)
    assert (m.text, m.quantity.unit) == (surface, unit)


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("50,000 Hopper\ngeneration chips", "50,000 Hopper\ngeneration chips", "chip"),  # wrapped by hand
        ("10,000 Nvidia\nA100 GPUs", "10,000 Nvidia\nA100 GPUs", "gpu"),
        ("5,000 Gaudi\nnext-generation chips", "5,000 Gaudi\nnext-generation chips", "chip"),
        ("5,000 next-generation chips", "5,000 next-generation chips", "chip"),
        ("20,000 GPUs.\nThe company", "20,000 GPUs", "gpu"),
    ],
)
def test_a_noun_after_a_line_break_of_wrapped_text(text: str, surface: str, unit: str) -> None:
    (m,) = find_quantities(text, language="en")
    assert (m.text, m.quantity.unit) == (surface, unit)


def test_a_phrase_ending_in_a_bound_word_may_state_a_sum() -> None:
    (m,) = find_quantities("a mix of chips, adding up to 50k total", language="en")
    assert (m.text, m.quantity.bound) == ("50k", Bound.EXACT)
    (m,) = find_quantities("fines of up to 50k", language="en")
    assert m.quantity.bound is Bound.AT_MOST


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the 3D chips", []),  # a letter glued to the number is no product name before the noun
        ("1,000 H100 GPUs", ["1,000 H100 GPUs"]),
        ("2,048 Nvidia H800 chips", ["2,048 Nvidia H800 chips"]),
    ],
)
def test_a_product_name_before_the_noun_stands_after_a_space(text: str, found: list[str]) -> None:
    assert [m.text for m in find_quantities(text, language="en")] == found


@pytest.mark.parametrize(
    ("text", "surface", "bound"),
    [
        ("Eine Umfrage unter 450 Firmen zeigt das.", "450 Firmen", Bound.EXACT),  # among: a survey's members
        ("Eine Online-Befragung unter rund 900 Unternehmen.", "rund 900 Unternehmen", Bound.APPROX),
        ("Eine Mitarbeiterbefragung unter 250 Beschäftigten.", "250 Beschäftigten", Bound.EXACT),
        ("Eine Studie unter 120 bis 140 Firmen.", "120 bis 140 Firmen", Bound.EXACT),
        ("Das Geld wurde aufgeteilt unter 40 Firmen.", "40 Firmen", Bound.EXACT),
        # still bounds: "unter" after no survey word, or a bound inside the survey's phrase
        ("Die Preise liegen unter 450 Euro.", "unter 450 Euro", Bound.AT_MOST),
        ("Die Umfrage zeigt: unter 450 Firmen planen das.", "unter 450 Firmen", Bound.AT_MOST),
        ("Eine Studie unter weniger als 300 Firmen.", "weniger als 300 Firmen", Bound.AT_MOST),
    ],
)
def test_german_unter_after_a_survey_is_among_not_a_bound(text: str, surface: str, bound: Bound) -> None:
    (m,) = find_quantities(text, language="de")
    assert (m.text, m.quantity.bound) == (surface, bound)


@pytest.mark.parametrize(
    ("text", "surface", "bound"),
    [
        ("新工厂将在两年内投产。", "两年内", Bound.AT_MOST),  # bare 内 after a duration: within
        ("平台计划5个月内上线。", "5个月内", Bound.AT_MOST),
        ("配送范围为8公里内。", "8公里内", Bound.AT_MOST),
        ("该规定十年內有效。", "十年內", Bound.AT_MOST),  # traditional
        ("三年之内完成。", "三年之内", Bound.AT_MOST),
        # 内 opening a noun: internal, memory, content -- no bound
        ("公司200人内部培训。", "200人", Bound.EXACT),
        ("新机配备12GB内存。", "12GB", Bound.EXACT),
        ("会员可领100元内容券。", "100元", Bound.EXACT),
    ],
)
def test_chinese_bare_nei_after_a_number_is_within_unless_it_opens_a_noun(
    text: str, surface: str, bound: Bound
) -> None:
    (m,) = find_quantities(text, language="zh")
    assert (m.text, m.quantity.bound) == (surface, bound)


# (language, text, surface, unit): "of all" before a counted noun still names what is counted
SHARES_OF_ALL = [
    ("en", "Half of all employees quit.", "Half of all employees", "employee"),
    ("en", "Yes, a quarter of all the companies agreed.", "a quarter of all the companies", "company"),
    ("fr", "Selon elle, un quart de tous les clients", "un quart de tous les clients", "customer"),
    ("es", "Según él, un tercio de todas las empresas", "un tercio de todas las empresas", "company"),
    ("it", "Secondo lui, un quarto di tutti gli utenti", "un quarto di tutti gli utenti", "user"),
    ("pt", "Segundo ele, um quarto de todos os usuários", "um quarto de todos os usuários", "user"),
    ("de", "Laut ihr nutzt ein Viertel aller Firmen das.", "ein Viertel aller Firmen", "company"),
    ("de", "Die Hälfte aller Kunden zahlt.", "Hälfte aller Kunden", "customer"),
    ("de", "Fast die Hälfte aller Kunden zahlt.", "Fast die Hälfte aller Kunden", "customer"),
]


@pytest.mark.parametrize(("language", "text", "surface", "unit"), SHARES_OF_ALL)
def test_a_share_of_all_of_a_group_keeps_its_noun(language: str, text: str, surface: str, unit: str) -> None:
    (m,) = find_quantities(text, language=language)
    assert (m.text, m.quantity.unit) == (surface, unit)


@pytest.mark.parametrize(
    "text",
    [
        "In der ersten Hälfte des Jahres stieg der Umsatz.",  # a half of a period: no share
        "Er gab die Hälfte ab.",  # a half of nothing counted
    ],
)
def test_german_haelfte_alone_is_no_number(text: str) -> None:
    assert find_quantities(text, language="de") == []
