"""Tests of the numeral layer (aicoverage.quantities._numerals): numbers in running text."""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel.numbers import format_compact_decimal, format_decimal
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from aicoverage._tables import supported_languages
from aicoverage.errors import UnsupportedLanguageError
from aicoverage.quantities._cldr import locale_of
from aicoverage.quantities._numerals import find_numerals, parse_numeral
from tests.strategies import numeral_texts

# --- parse_numeral: the whole string is one numeral ----------------------------------------------

# (language, text, low, high)
PARSED = [
    # digits with the locale's separators, and the other convention where it is unambiguous
    ("en", "1,234,567", "1234567", None),
    ("en", "4.800", "4.8", None),
    ("en", "4,800", "4800", None),
    ("pt", "50.000", "50000", None),
    ("pt", "1,5", "1.5", None),
    ("pt", "$1,000", None, None),  # a sign is the quantity layer's, not a numeral
    ("pt", "1,000", "1000", None),
    ("de", "1.234,56", "1234.56", None),
    ("ru", "1.5", "1.5", None),
    ("ru", "10 000", "10000", None),
    ("ru", "10\u00a0000", "10000", None),
    ("fr", "10\u202f000", "10000", None),
    ("en", "1 234 567", "1234567", None),
    ("en", "-5", "-5", None),
    ("en", ".75", "0.75", None),
    ("en", "3/4", "0.75", None),
    ("en", "½", "0.5", None),
    ("en", "2¾", "2.75", None),
    ("en", "2 1/2", "2.5", None),
    ("en", "- 12 3/4", "-12.75", None),
    # powers of ten, as compute is written
    ("en", "1e26", "100000000000000000000000000", None),
    ("en", "10^26", "100000000000000000000000000", None),
    ("en", "10²⁶", "100000000000000000000000000", None),
    ("en", "1.3x10^6", "1300000", None),
    ("en", "6.23×10^-4", "0.000623", None),
    ("en", "2^5", "32", None),
    # magnitudes from CLDR and the tables, glued or spaced, NBSP too
    ("ru", "1,5 млрд", "1500000000", None),
    ("ru", "671\u00a0млрд", "671000000000", None),
    ("ru", "10 тысячами", "10000", None),
    ("ru", "6 млн", "6000000", None),
    ("ru", "100к", "100000", None),
    ("pt", "200 bilhões", "200000000000", None),
    ("pt", "1 mil milhões", "1000000000", None),
    ("pt", "3 mil", "3000", None),
    ("pt", "2 milhões e meio", "2500000", None),
    ("en", "1.5 million", "1500000", None),
    ("en", "2bn", "2000000000", None),
    ("en", "1b", "1000000000", None),
    ("en", "10M", "10000000", None),
    ("en", "5k", "5000", None),
    ("es", "1.500 millones", "1500000000", None),
    ("es", "2,5 mil millones", "2500000000", None),
    ("fr", "1,5 milliard", "1500000000", None),
    ("de", "3 Millionen", "3000000", None),
    ("it", "1,5 miliardi", "1500000000", None),
    ("zh", "560万", "5600000", None),
    ("zh", "6710亿", "671000000000", None),
    ("zh", "1.5万", "15000", None),
    ("ja", "1,200億", "120000000000", None),
    # words
    ("en", "two hundred thousand", "200000", None),
    ("en", "one and a half", "1.5", None),
    ("en", "twenty-one thousand eleven", "21011", None),
    ("en", "minus three million two hundred thousand", "-3200000", None),
    ("en", "two point five million", "2500000", None),
    ("en", "1 point 5", "1.5", None),
    ("ru", "1 точка 5", "1.5", None),
    ("en", "one hundred and three quarters", "100.75", None),
    ("en", "a dozen", "12", None),
    ("en", "half a million", "500000", None),
    ("pt", "duzentos e cinquenta", "250", None),
    ("pt", "um bilhão", "1000000000", None),
    ("pt", "dois mil e duzentos", "2200", None),
    ("pt", "três milhões e meio", "3500000", None),
    ("pt", "dois", "2", None),
    ("ru", "двадцать пять", "25", None),
    ("ru", "полтора миллиона", "1500000", None),
    ("ru", "три с половиной", "3.5", None),
    ("ru", "пятьсот двадцати пять", "525", None),
    ("ru", "минус 5", "-5", None),
    ("ru", "полмиллиона", "500000", None),
    ("ru", "две трети", "0.6666666666666666666666666667", None),
    ("pt", "meio milhão", "500000", None),
    # CJK numerals
    ("zh", "三千五百亿", "350000000000", None),
    ("zh", "两千万点五五四四", "20000000.5544", None),
    ("zh", "一万零四十", "10040", None),
    ("zh", "參萬肆仟伍佰陸拾柒", "34567", None),
    ("zh", "一万三", "13000", None),
    ("zh", "5万4千6百", "54600", None),
    ("zh", "三分之一", "0.3333333333333333333333333333", None),
    ("zh", "负三十二", "-32", None),
    ("zh", "二〇二三", "2023", None),
    ("ja", "三百五十億", "35000000000", None),
    # vague amounts: one order of magnitude
    ("ru", "несколько десятков млн", "10000000", "100000000"),
    ("ru", "миллиарды", "1000000000", "10000000000"),
    ("pt", "bilhões", "1000000000", "10000000000"),
    ("pt", "dezenas de milhões", "10000000", "100000000"),
    ("en", "hundreds of millions", "100000000", "1000000000"),
    ("en", "tens of thousands", "10000", "100000"),
    ("zh", "数十亿", "1000000000", "10000000000"),
    ("zh", "几百万", "1000000", "10000000"),
    ("ja", "数百億", "10000000000", "100000000000"),
    # an unknown rest is left to the quantity layer's bound: "十多万" reads as 100000
    ("zh", "十多万", "100000", None),
]


@pytest.mark.parametrize(("lang", "text", "low", "high"), PARSED)
def test_parse_numeral_reads_the_value(lang: str, text: str, low: str | None, high: str | None) -> None:
    n = parse_numeral(text, lang)
    if low is None:
        assert n is None
        return
    assert n is not None
    assert (n.low, n.high) == (Decimal(low), Decimal(high or low))


def test_parse_numeral_keeps_offsets_into_the_text_given() -> None:
    n = parse_numeral("  1,5 млрд ", "ru")
    assert n is not None
    assert (n.start, n.end) == (2, 10)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "50 chips"), ("ru", "DeepSeek"), ("zh", "统一"), ("pt", ""), ("en", "1 and 2")],
)
def test_parse_numeral_is_none_when_the_text_is_not_one_numeral(lang: str, text: str) -> None:
    assert parse_numeral(text, lang) is None


def test_weak_words_are_numerals_when_they_are_the_whole_text() -> None:
    n = parse_numeral("um", "pt")
    assert n is not None
    assert n.weak
    assert parse_numeral("one", "en") is not None


def test_weak_words_are_kept_on_request_and_marked() -> None:
    text = "no one paid one dollar"
    assert find_numerals(text, "en") == []
    found = find_numerals(text, "en", keep_weak=True)
    assert [(text[n.start : n.end], n.weak) for n in found] == [("one", True), ("one", True)]


# --- find_numerals: running text ---------------------------------------------------------------

# (language, text, [surface, ...])
FOUND = [
    ("ru", "фонд на 1,5 млрд и 10\u00a0000 чипов", ["1,5 млрд", "10\u00a0000"]),
    ("ru", "стоимостью около $1 трлн", ["1 трлн"]),
    ("ru", "в 2-3 раза", ["2", "3"]),  # a hyphen between numbers is a range, never a minus
    ("en", "10–20 GPUs and 10 - 20 chips", ["10", "20", "10", "20"]),
    ("en", "a -5 drop", ["-5"]),
    ("en", "H800 MYR42 4x 15xxx19", ["800", "42", "4", "15", "19"]),
    ("en", "4x10 GPUs, in 2023² and 1e5a", ["4", "10", "2023", "1", "5"]),
    ("en", "in 2019 1/2 of them", ["2019", "1/2"]),
    (
        "en",
        "at that point 2023 began, 1 point 1, then",
        ["2023", "1 point 1"],
    ),  # the engine judges glued digits
    ("en", "192.168.1.2", ["192", "168", "1", "2"]),
    ("en", "in 2019 150 people", ["2019", "150"]),
    ("en", "$2bn and 5k and 10 m", ["2bn", "5k", "10"]),  # "10 m" may be metres
    ("en", "~$6m, US$ 6m, a 100m race, 5m users", ["6m", "6m", "100", "5"]),  # "m" only after a sign
    ("en", "someone said no one often", []),
    ("en", "one of them had two hundred chips", ["two hundred"]),
    ("en", "billions of dollars and hundreds of millions", ["billions", "hundreds of millions"]),
    ("pt", "US$ 200 bilhões e 6 milhões", ["200 bilhões", "6 milhões"]),
    ("pt", "um modelo com dois bilhões de parâmetros", ["dois bilhões"]),
    ("pt", "mil pessoas", ["mil"]),
    ("ru", "раз в год он купил два чипа", ["два"]),
    ("zh", "约560万美元", ["560万"]),
    ("zh", "统一、一些、万一、一直、千万不要、百度、通义千问", []),
    ("zh", "三家公司和两名研究员", ["三", "两"]),
    ("zh", "百分之二十五", ["二十五"]),  # 百分之 is the quantity layer's percent sign
    ("zh", "花费数十亿美元", ["数十亿"]),
    ("zh", "用户15xxx19", ["15", "19"]),
    ("ja", "約3兆円を一緒に", ["3兆"]),
    ("ja", "１億２０００万円と数千億円", ["１億２０００万", "数千億"]),
    ("es", "un modelo de 1.500 millones y miles de millones", ["1.500 millones", "miles de millones"]),
    ("es", "mil personas y doscientos millones", ["mil", "doscientos millones"]),
    ("fr", "un modèle à 10 000 puces et plusieurs milliards", ["10 000", "plusieurs milliards"]),
    ("fr", "25 pour cent et quatre-vingt-dix millions", ["25", "quatre-vingt-dix millions"]),
    ("de", "ein Modell mit 2,5 Mrd. Euro und zwei Millionen", ["2,5 Mrd.", "zwei Millionen"]),
    ("it", "un modello da 1,5 miliardi e 25 per cento", ["1,5 miliardi", "25"]),
]


@pytest.mark.parametrize(("lang", "text", "surfaces"), FOUND)
def test_find_numerals_finds_each_number_once(lang: str, text: str, surfaces: list[str]) -> None:
    assert [text[n.start : n.end] for n in find_numerals(text, lang)] == surfaces


def test_find_numerals_records_magnitude_words_and_grouping() -> None:
    a, b, c = find_numerals("1,5 млрд, 10 000 и два", "ru")
    assert (a.magnitude, a.grouped, a.words) == (Decimal(10**9), False, False)
    assert (b.magnitude, b.grouped) == (None, True)
    assert c.words


def test_digits_with_cjk_magnitudes_are_not_words() -> None:
    a, b = find_numerals("560万和两千", "zh")
    assert (a.words, a.magnitude) == (False, Decimal(10**4))
    assert b.words


def test_find_numerals_marks_vague_amounts() -> None:
    (n,) = find_numerals("несколько десятков млн долларов", "ru")
    assert n.vague
    assert (n.low, n.high) == (Decimal(10**7), Decimal(10**8))


def test_find_numerals_reads_language_variants_and_rejects_unknown_languages() -> None:
    assert [n.low for n in find_numerals("50.000", "pt-BR")] == [Decimal(50000)]
    with pytest.raises(UnsupportedLanguageError):
        find_numerals("5", "xx")


@pytest.mark.parametrize(
    ("lang", "piece"),
    [
        ("en", "one and "),
        ("en", "twenty and three fifths and "),
        ("en", "1.2,"),
        ("ru", "1 000,"),
        ("zh", "一 "),
        ("zh", "一十"),
        ("zh", "三分之"),
        ("pt", "dois mil e "),
    ],
)
def test_pathological_runs_are_read_without_recursion_or_blow_up(lang: str, piece: str) -> None:
    text = piece * 20_000
    found = find_numerals(text, lang)
    assert all(n.end <= len(text) for n in found)


# --- properties ---------------------------------------------------------------------------------

LANGUAGES = supported_languages()
amounts = st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=3, allow_nan=False)


@settings(max_examples=200)
@given(lang=st.sampled_from(LANGUAGES), x=amounts)
def test_babel_decimals_parse_back(lang: str, x: Decimal) -> None:
    text = format_decimal(x, locale=locale_of(lang))
    n = parse_numeral(text, lang)
    assert n is not None, text
    assert n.low == x, text


@settings(max_examples=200)
@given(
    lang=st.sampled_from(LANGUAGES),
    x=st.integers(min_value=1000, max_value=10**14),
    width=st.sampled_from(["short", "long"]),
)
def test_babel_compact_decimals_parse_back(lang: str, x: int, width: str) -> None:
    assume(width in locale_of(lang).compact_decimal_formats)  # Chinese has no long forms
    text = format_compact_decimal(x, locale=locale_of(lang), format_type=width, fraction_digits=1)
    n = parse_numeral(text, lang)
    assert n is not None, text
    # the compact form keeps two or three significant digits
    assert abs(n.low - x) <= Decimal(x) * Decimal("0.06"), text


@settings(max_examples=300)
@given(lang=st.sampled_from(LANGUAGES), text=numeral_texts)
def test_find_numerals_never_raises_and_offsets_are_ordered(lang: str, text: str) -> None:
    found = find_numerals(text, lang)
    end = 0
    for n in found:
        assert end <= n.start < n.end <= len(text)
        assert text[n.start : n.end].strip() == text[n.start : n.end]
        assert n.low <= n.high
        end = n.end


@settings(max_examples=200)
@given(lang=st.sampled_from(LANGUAGES), text=numeral_texts)
def test_parse_numeral_never_raises_and_spans_the_whole_text(lang: str, text: str) -> None:
    n = parse_numeral(text, lang)
    if n is not None:
        assert text[n.start : n.end] == text.strip()
        assert n.low <= n.high


def _magnitude_cases() -> list[tuple[str, str, Decimal]]:
    from aicoverage.quantities._magnitudes import magnitude_words

    out = []
    for lang in supported_languages():
        found = magnitude_words(lang)
        for word, value in {**found.loose, **found.cased}.items():
            if "*" not in word and not word[:1].isdigit():
                out.append((lang, word, value))
    return out


@pytest.mark.parametrize(("lang", "word", "value"), _magnitude_cases())
def test_every_magnitude_word_after_digits_scales_them(lang: str, word: str, value: Decimal) -> None:
    """The scanner tries magnitude words only after a lookahead on their first letters
    (``_spaced_start``): every word of the tables and CLDR must pass it."""
    text = f"7 {word}"
    found = find_numerals(text, lang, keep_weak=True)
    assert found, text
    assert found[0].magnitude == value or found[0].end == len(text), (text, found)


@pytest.mark.parametrize(
    ("lang", "text", "low"),
    [("fr", "35 M€", 35_000_000), ("fr", "10 k€", 10_000), ("es", "3 M€", 3_000_000), ("fr", "5 M", 5)],
)
def test_a_one_letter_magnitude_before_a_glued_currency_sign(lang: str, text: str, low: int) -> None:
    """ "35 M€": the letter is a magnitude when a currency sign is glued to it; alone ("5 M") not."""
    assert find_numerals(text, lang)[0].low == low
