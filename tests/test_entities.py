"""Entity mentions: names in every script, glued by scraping, garbled by machine translation."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aicoverage.errors import DataTableError
from aicoverage.extract.entities import find_entities, load_gazetteer
from aicoverage.model import TextSpan


def found(text: str) -> list[tuple[str, str]]:
    """The gazetteer's entities (names found in the text are tested in test_names.py)."""
    out = []
    for m in find_entities(text, discover=False):
        assert text[m.start : m.end] == m.text
        out.append((m.text, m.canonical))
    return out


# (text, [(surface, canonical)])
NAMES = [
    ("Dario Amodei runs Anthropic.", [("Dario Amodei", "Dario Amodei"), ("Anthropic", "Anthropic")]),
    ("Дарио Амодеи, основатель Anthropic", [("Дарио Амодеи", "Dario Amodei"), ("Anthropic", "Anthropic")]),
    ("达里奥·阿莫迪表示", [("达里奥·阿莫迪", "Dario Amodei")]),
    ("ダリオ・アモデイ氏は述べた", [("ダリオ・アモデイ", "Dario Amodei")]),
    (
        "深度求索(DeepSeek)与英伟达",
        [("深度求索", "DeepSeek"), ("DeepSeek", "DeepSeek"), ("英伟达", "Nvidia")],
    ),
    ("NVIDIA e Nvidia", [("NVIDIA", "Nvidia"), ("Nvidia", "Nvidia")]),
    ("Лян Вэньфэн основал High-Flyer", [("Лян Вэньфэн", "Liang Wenfeng"), ("High-Flyer", "High-Flyer")]),
    ("Claude 3.5 Sonnet beats GPT-4o", [("Claude 3.5 Sonnet", "Claude 3.5 Sonnet"), ("GPT-4o", "GPT-4o")]),
    (
        "pelo Anthropic, mas Claude, 3,5 sonetos",
        [("Anthropic", "Anthropic"), ("Claude, 3,5 sonetos", "Claude 3.5 Sonnet")],
    ),
    ("nova versão do Claude é", [("Claude", "Claude")]),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_names_in_every_script(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


GLUED_AND_GARBLED = [
    (
        "首席执行官达里奥·阿莫迪(DarioAmodei)当天",
        [("达里奥·阿莫迪", "Dario Amodei"), ("DarioAmodei", "Dario Amodei")],
    ),
    (
        "众议员约翰·莫莱纳尔(JohnMoolenaar)",
        [("约翰·莫莱纳尔", "John Moolenaar"), ("JohnMoolenaar", "John Moolenaar")],
    ),
    ("quando DeepseekA startup chinesa", [("Deepseek", "DeepSeek")]),
    ("Modelo R1Amodei ressalta", [("Amodei", "Dario Amodei")]),
    ("sugeriu que Deepsek estava", [("Deepsek", "DeepSeek")]),
    ("Dario AmodiO co-fundador da Anthrop e", [("Dario Amodi", "Dario Amodei"), ("Anthrop", "Anthropic")]),
    # general rules, where the gazetteer once listed these garbles: an inflection ending, a
    # misspelling whose consonants agree, a name cut short
    ("o modelo da Дипсика", [("Дипсика", "DeepSeek")]),
    (
        "Depseek, Deepseak e Antropic",
        [("Depseek", "DeepSeek"), ("Deepseak", "DeepSeek"), ("Antropic", "Anthropic")],
    ),
    ("la Anthropik y Microsof", [("Anthropik", "Anthropic"), ("Microsof", "Microsoft")]),
    ("2048颗英伟达H800GPU", [("英伟达H800", "Nvidia H800")]),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_AND_GARBLED)
def test_glued_and_garbled_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


ORDINARY_WORDS = [
    "Darius and the darien gap",  # "Dari" only as a word of its own
    "anthropology and anthropic principles",  # lowercase is an ordinary word
    "the metadata of a geminids shower",
    "Trumpet players and amazonian rivers",
    "H8000 and H1000 parts",  # a chip name glued to more digits
    "The Amodeis family",
    "A análise detalhada de Dari de realizações",  # a first name cut short names nobody
    "John Smith and Sonnets",  # a short name: "Smith" shares its consonants with "Sonnet"
    "Amidst the noise, Deeper Seas and Microsoftians",  # neither misspelt nor inflected names
]


@pytest.mark.parametrize("text", ORDINARY_WORDS)
def test_ordinary_words_are_not_names(text: str) -> None:
    assert found(text) == []


INFLECTED = [
    ("ru", "модель Дипсика и Deepseekov", [("Дипсика", "DeepSeek"), ("Deepseekov", "DeepSeek")]),
    ("de", "Nvidias Chips", [("Nvidias", "Nvidia")]),
    ("en", "Nvidia’s chips", [("Nvidia", "Nvidia")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), INFLECTED)
def test_known_names_with_an_inflection_ending(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    got = find_entities(text, language=language, discover=False)
    assert [(m.text, m.canonical) for m in got] == expected


def test_spans_limit_the_search() -> None:
    text = "Nvidia up. Comments: Nvidia down."
    assert [m.start for m in find_entities(text, [TextSpan(0, 10)])] == [0]


def test_user_gazetteer_extends_the_built_in_one(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(
        '[[entity]]\ncanonical = "Zhipu AI"\ntype = "company"\nnames = ["Zhipu", "智谱"]\n', encoding="utf-8"
    )
    gaz = load_gazetteer(str(path))
    text = "智谱 and Zhipu and Nvidia"
    assert [m.canonical for m in find_entities(text, gazetteer=gaz)] == ["Zhipu AI", "Zhipu AI", "Nvidia"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[[entity]]\ntype = 'company'\n", "no canonical name"),
        ("[[entity]]\ncanonical = 'X'\ntype = 'planet'\n", "type 'planet'"),
        ("entity = 3\n", "array of tables"),
        ("[[entity\n", "not a valid TOML"),
    ],
)
def test_bad_user_gazetteer_names_file_and_problem(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataTableError, match=message) as err:
        load_gazetteer(str(path))
    assert "bad.toml" in str(err.value)


def test_missing_user_gazetteer(tmp_path: Path) -> None:
    with pytest.raises(DataTableError, match="cannot read"):
        load_gazetteer(str(tmp_path / "none.toml"))


def test_gazetteer_is_cached() -> None:
    assert load_gazetteer() is load_gazetteer()


_PIECES = [*"DarioAmodeiNvidaH80 深度求索·英伟达,.", "Anthropic", "Deepsek", "Dari", " "]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_offsets_exact_and_ordered(text: str) -> None:
    last = 0
    for m in find_entities(text):
        assert text[m.start : m.end] == m.text
        assert m.start >= last
        last = m.end


def test_a_name_written_with_a_no_break_space_is_found() -> None:
    text = "модель DeepSeek\u00a0R1 вышла"
    found = find_entities(text)
    assert [(m.text, m.canonical, m.type) for m in found] == [("DeepSeek\u00a0R1", "DeepSeek-R1", "model")]
    assert all(text[m.start : m.end] == m.text for m in found)


# --- bugs caught by the red team ---------------------------------------------------------------


def test_a_user_name_with_a_star_is_matched_as_written(tmp_path: Path) -> None:
    path = tmp_path / "stars.toml"
    path.write_text('[[entity]]\ncanonical = "E*Trade"\ntype = "company"\n', encoding="utf-8")
    gaz = load_gazetteer(str(path))
    got = find_entities("shares of E*Trade and ETrade rose", gazetteer=gaz, discover=False)
    assert [(m.text, m.canonical) for m in got] == [("E*Trade", "E*Trade")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[[entity]]\ncanonical = 'Caf\xe9'\ntype = 'company'\n".encode("latin-1"), "not UTF-8"),
        (b"a = " + b"[" * 100_000 + b"]" * 100_000 + b"\n", "bad.toml"),
        (b"entity = [1, 2]\n", "not a table"),
        (b"[[entity]]\ncanonical = 'X'\ntype = 'company'\nnames = 'X'\n", "must be arrays"),
    ],
)
def test_unreadable_user_gazetteer_is_a_typed_error_naming_the_file(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.toml"
    path.write_bytes(content)
    with pytest.raises(DataTableError, match=message) as err:
        load_gazetteer(str(path))
    assert "bad.toml" in str(err.value)
