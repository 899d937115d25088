import pytest

from aicoverage._tables import check_language, read_table, supported_languages
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
