from typing import Any

import pytest

from aicoverage._tables import _SCHEMAS, check_keys, check_language, read_table, supported_languages
from aicoverage.errors import DataTableError, UnsupportedLanguageError


def test_supported_languages_come_from_the_table() -> None:
    assert {"en", "pt", "ru", "zh"} <= set(supported_languages())


@pytest.mark.parametrize(("given", "code"), [("pt-BR", "pt"), ("zh_Hans", "zh"), ("RU", "ru")])
def test_check_language_normalises_tags(given: str, code: str) -> None:
    assert check_language(given) == code


def test_check_language_rejects_unknown_language_with_the_supported_list() -> None:
    with pytest.raises(UnsupportedLanguageError) as info:
        check_language("xx")
    assert "en" in info.value.supported


def test_missing_shared_table_is_a_typed_error() -> None:
    with pytest.raises(DataTableError):
        read_table("no-such-table")


def test_missing_language_table_is_empty() -> None:
    assert read_table("languages", "xx") == {}


@pytest.mark.parametrize(
    ("name", "table", "message"),
    [
        ("quantities", {"range": {"conectors": ["-"]}}, "did you mean 'connectors'"),
        ("quantities", {"befor": {"approx": []}}, "did you mean 'before'"),
        ("quantities", {"counted": {"Chip": ["chip*"]}}, "not a lowercase id"),
        ("numerals", {"words": {"syntax": {"joiner": ["and"]}}}, "did you mean 'joiners'"),
        ("numerals", {"magnitudes": {"thousand": ["k"]}}, "not a number"),
        ("numerals", {"borowed_magnitudes": "en"}, "unknown key"),
    ],
)
def test_a_misspelt_key_of_a_quantity_table_is_an_error(
    name: str, table: dict[str, Any], message: str
) -> None:
    with pytest.raises(DataTableError, match=message):
        check_keys(table, _SCHEMAS[name], where=f"{name}/xx.toml")


@pytest.mark.parametrize("language", ["de", "en", "es", "fr", "it", "ja", "pt", "ru", "zh"])
def test_every_shipped_quantity_table_passes_its_key_check(language: str) -> None:
    for name in ("numerals", "quantities"):
        check_keys(read_table(name, language), _SCHEMAS[name], where=f"{name}/{language}.toml")
    check_keys(read_table("quantities"), _SCHEMAS["quantities"], where="quantities.toml")


def test_languages_of_a_language_we_lack_are_all_of_ours() -> None:
    from aicoverage._tables import languages_of, supported_languages

    assert languages_of("de-AT") == ("de",)
    assert languages_of("ko") == supported_languages()
    assert languages_of(None) == supported_languages()
