"""extract.measures and the claim fields it feeds: holder, measure, year, part/total, per language."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aicoverage._tables import read_table, supported_languages
from aicoverage.errors import DataTableError
from aicoverage.extract.claims import find_claims
from aicoverage.extract.entities import find_entities
from aicoverage.extract.measures import (
    _language_words,
    are_related,
    check_tables,
    measure_label,
    measure_specs,
    read_measure,
    read_period,
)
from aicoverage.model import Kind, Quantity

# (language, sentence, the claim's text starts with, holder, measure) -- sentences written for
# these tests, one or more per language, modelled on market and investment news.
HOLDER_AND_MEASURE = [
    ("en", "Nvidia lost $589 billion in market value on Monday.", "$589", "Nvidia", "market_value_change"),
    ("en", "Shares of Nvidia fell 17% on Monday.", "17%", "Nvidia", "share_price_change"),
    ("en", "OpenAI will invest $100 billion in data centres.", "$100", "OpenAI", "investment"),
    ("en", "Microsoft plans to cut 10,000 jobs.", "10,000", "Microsoft", "jobs"),
    ("es", "Las acciones de Nvidia cayeron un 17% el lunes.", "17%", "Nvidia", "share_price_change"),
    (
        "es",
        "OpenAI invertirá 100.000 millones de dólares en centros de datos.",
        "100.000",
        "OpenAI",
        "investment",
    ),
    (
        "fr",
        "Nvidia a perdu 589 milliards de dollars de valeur boursière.",
        "589",
        "Nvidia",
        "market_value_change",
    ),
    ("fr", "Google a investi 2 milliards de dollars dans la société.", "2 milliards", "Google", "investment"),
    (
        "pt",
        "A Nvidia perdeu US$ 589 bilhões em valor de mercado.",
        "US$ 589",
        "Nvidia",
        "market_value_change",
    ),
    ("pt", "As ações da Nvidia caíram 17% na segunda-feira.", "17%", "Nvidia", "share_price_change"),
    ("de", "Die Aktie von Nvidia fiel um 17 Prozent.", "um 17 Prozent", "Nvidia", "share_price_change"),
    (
        "de",
        "Microsoft will 80 Milliarden Dollar investieren.",
        "80 Milliarden Dollar",
        "Microsoft",
        "investment",
    ),
    ("it", "Le azioni di Nvidia sono crollate del 17%.", "17%", "Nvidia", "share_price_change"),
    ("it", "OpenAI ha raccolto 6,6 miliardi di dollari.", "6,6 miliardi di dollari", "OpenAI", "funding"),
    ("ru", "Акции Nvidia упали на 17%.", "17%", "Nvidia", "share_price_change"),
    ("ru", "Microsoft вложит 80 млрд долларов в дата-центры.", "80 млрд долларов", "Microsoft", "investment"),
    ("zh", "英伟达股价下跌17%。", "17%", "Nvidia", "share_price_change"),
    ("zh", "英伟达市值蒸发5890亿美元。", "5890亿美元", "Nvidia", "market_value_change"),
    ("ja", "エヌビディアの株価は17%下落した。", "17%", "Nvidia", "share_price_change"),
    ("ja", "マイクロソフトは800億ドルを投資する。", "800億ドル", "Microsoft", "investment"),
]


@pytest.mark.parametrize(("language", "text", "claim", "holder", "measure"), HOLDER_AND_MEASURE)
def test_holder_and_measure(language: str, text: str, claim: str, holder: str, measure: str) -> None:
    claims = find_claims(text, language=language, entities=find_entities(text))
    (found,) = [c for c in claims if c.text.startswith(claim)]
    assert (found.holder, found.measure) == (holder, measure)


def test_every_language_has_a_measure_table() -> None:
    check_tables()
    for language in supported_languages():
        assert read_table("measures", language)["words"], language


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("SoftBank will initially invest $100 billion.", "part"),
        ("The project will cost $500 billion in total.", "total"),
        ("The project will cost $500 billion.", None),
    ],
)
def test_part_or_total(text: str, part: str | None) -> None:
    (claim,) = find_claims(text, language="en")
    assert claim.part == part


def test_the_year_of_the_clause_is_the_period() -> None:
    (claim,) = find_claims("In 2024, revenue reached $60 billion.", language="en")
    assert (claim.period, claim.measure) == ("2024", "revenue")


def test_unknown_stays_none() -> None:
    (claim,) = find_claims("The answer is 42.", language="en")
    assert (claim.holder, claim.measure, claim.period, claim.part) == (None, None, None, None)


def test_a_measure_must_fit_the_kind() -> None:
    # "fell" speaks of a share price for a percentage, of market value for money.
    q = Quantity(kind=Kind.DURATION, low=Decimal(3), high=Decimal(3), unit="month")
    text = "Shares fell for 3 months."
    assert read_measure(text, 0, len(text), 16, 24, q, language="en") == (None, None)


def test_a_unit_tells_the_measure() -> None:
    (claim,) = find_claims("They bought 50,000 GPUs.", language="en")
    assert claim.measure == "chip_count"


def test_refinements_are_related() -> None:
    assert are_related("training_cost", "cost")
    assert not are_related("investment", "funding")
    assert measure_label("training_cost") == "training cost"
    assert all(spec.kinds for spec in measure_specs().values())


def test_a_misspelt_measure_in_a_table_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from aicoverage.extract import measures

    _language_words.cache_clear()
    monkeypatch.setattr(measures, "read_table", lambda name, language=None: {"words": {"valuaton": ["x"]}})
    with pytest.raises(DataTableError, match="valuaton"):
        _language_words("en")
    _language_words.cache_clear()


# (language, sentence, the claim's text starts with, measure): fines, damages, settlements,
# benchmark scores and plan periods, sentences written for these tests.
PENALTIES_AND_SCORES: list[tuple[str, str, str, str | None]] = [
    ("en", "The regulator fined the start-up €20m on Friday.", "€20m", "fine"),
    ("fr", "La Commission a infligé une amende de 12 millions d'euros.", "12 millions", "fine"),
    ("it", "Il garante ha inflitto una multa di 15 milioni di euro.", "15 milioni", "fine"),
    ("de", "Dem Konzern droht ein Bußgeld von 40 Millionen Euro.", "40 Millionen", "fine"),
    ("zh", "监管机构对该公司处以2000万元罚款。", "2000万元", "fine"),
    ("en", "The authors seek $900 million in damages.", "$900", "damages"),
    ("es", "Reclaman 300 millones de dólares por daños.", "300 millones", "damages"),
    ("ru", "Истцы оценили ущерб в 2 млрд рублей.", "2 млрд", "damages"),
    ("en", "The lab settled the suit for $75 million.", "$75", "settlement"),
    ("en", "The model scores 91.5% on the benchmark.", "91.5%", "score"),
    ("zh", "该模型在测试中得分92.1%。", "92.1%", "score"),
    ("de", "Die Regel gilt binnen 90 Tagen.", "binnen 90 Tagen", "plan_duration"),
    ("en", "The rule takes effect within 90 days.", "within 90 days", "plan_duration"),
    ("en", "The investigation found $5 million in fees.", "$5", None),  # "invest*" is no "investigation"
    ("pt", "A multa equivale a 4% do volume de negócios de 870 milhões de euros.", "870", "revenue"),
    ("zh", "每百万输入token收费3美元。", "3美元", "price"),
    ("es", "La norma entra en vigor en un plazo de 90 días.", "90 días", "plan_duration"),
]


@pytest.mark.parametrize(("language", "text", "claim", "measure"), PENALTIES_AND_SCORES)
def test_penalties_scores_and_periods(language: str, text: str, claim: str, measure: str | None) -> None:
    claims = find_claims(text, language=language, entities=find_entities(text))
    (found,) = [c for c in claims if c.text.startswith(claim)]
    assert found.measure == measure


def test_a_price_refines_a_cost() -> None:
    assert are_related("price", "cost")
    assert not are_related("price", "revenue")


# Durations spelled out are claims; the window a figure is looked at in is not.
SPELLED_DURATIONS = [
    ("en", "The company has six months to comply.", ["six months"]),
    ("en", "Training took nine to twelve months.", ["nine to twelve months"]),
    (
        "fr",
        "L'enquête a duré dix-huit mois, puis de neuf à douze mois d'appel.",
        ["dix-huit mois", "neuf à douze mois"],
    ),
    ("it", "Serviranno dai nove ai dodici mesi.", ["dai nove ai dodici mesi"]),
    ("es", "Invertirá en los próximos cinco años.", ["cinco años"]),
    ("ru", "Компания вложит деньги в течение пяти лет.", ["пяти лет"]),
    ("en", "Revenue doubled over the last three years.", []),
    ("ru", "Средний показатель за последние три года.", []),
    ("de", "Der Umsatz stieg in den letzten drei Jahren.", []),
    ("en", "It took a year.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), SPELLED_DURATIONS)
def test_spelled_durations(language: str, text: str, expected: list[str]) -> None:
    found = [c.text for c in find_claims(text, language=language) if c.quantity.kind is Kind.DURATION]
    assert found == expected


@pytest.mark.parametrize(
    ("language", "text", "claim"),
    [
        ("en", "Costs fall ~4x/year for the same quality.", "~4x/year"),
        ("en", "Prices drop 3-4x/yr.", "3-4x/yr"),
        ("es", "La demanda crece 4 veces cada año.", "4 veces cada año"),
        ("ru", "Спрос растёт в 4 раза каждый год.", "4 раза каждый год"),
    ],
)
def test_a_rate_keeps_its_period(language: str, text: str, claim: str) -> None:
    (found,) = find_claims(text, language=language)
    assert (found.text, found.quantity.per) == (claim, "year")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "It costs $3 per million input tokens.", ["$3"]),
        ("fr", "Il coûte 3 dollars par million de jetons.", ["3 dollars"]),
        ("de", "Der Preis liegt bei 3 Dollar pro Million Token.", ["3 Dollar"]),
        ("zh", "每百万token收费3美元。", ["3美元"]),
        ("en", "The app reached a million users.", ["a million users"]),  # "a" is the number's
        ("ru", "Число пользователей выросло на миллион.", ["миллион"]),
    ],
)
def test_a_magnitude_after_per_is_the_unit_of_a_price(language: str, text: str, expected: list[str]) -> None:
    assert [c.text for c in find_claims(text, language=language)] == expected


# Several companies in one clause: the one named before the number (the subject) holds it.
SEVERAL_HOLDERS = [
    ("en", "Nvidia shares fell 17% as Microsoft and Meta cut spending.", "17%", "Nvidia"),
    ("en", "Microsoft said Nvidia's shares fell 5% on Monday.", "5%", "Nvidia"),
    ("en", "Amazon invested $4 billion in Anthropic.", "$4", "Amazon"),
    ("es", "Las acciones de Nvidia cayeron un 17% mientras Microsoft subía.", "17%", "Nvidia"),
    ("fr", "Microsoft investira 80 milliards de dollars avec OpenAI.", "80 milliards", "Microsoft"),
    ("ru", "Microsoft вложит 80 млрд долларов в OpenAI.", "80 млрд", "Microsoft"),
]


@pytest.mark.parametrize(("language", "text", "claim", "holder"), SEVERAL_HOLDERS)
def test_the_holder_is_named_before_the_number(language: str, text: str, claim: str, holder: str) -> None:
    claims = find_claims(text, language=language, entities=find_entities(text))
    (found,) = [c for c in claims if c.text.startswith(claim)]
    assert found.holder == holder


@pytest.mark.parametrize(
    ("text", "number", "period"),
    [
        ("In 2024 it trained on 2048 chips for $5.6 million.", "$5.6 million", "2024"),
        ("它用2048颗芯片训练，成本约为560万美元。", "560万美元", None),
        ("2000 employees earned $3 million", "$3 million", None),
    ],
)
def test_a_count_is_no_year(text: str, number: str, period: str | None) -> None:
    from aicoverage import find_quantities

    language = "zh" if "芯片" in text else "en"
    taken = [(m.start, m.end) for m in find_quantities(text, language=language)]
    start = text.index(number)
    assert read_period(text, 0, len(text), start, start + len(number), taken=taken) == period
