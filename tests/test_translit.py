"""Names across scripts (extract._translit): where spellings of one name meet, and where they do not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aicoverage.extract._translit import latin, name_key

# spellings of one (invented or plain) name in several scripts that share a key
SAME = [
    ("Stargate", "Старгейт", "スターゲート"),
    ("Velora", "Велора", "ヴェロラ"),
    ("Trump", "Трамп", "トランプ"),
    ("Deepsek", "DeepSeek", "Дипсик"),
    ("Masayoshi Son", "Масаёси Сон"),
]


@pytest.mark.parametrize("spellings", SAME)
def test_spellings_of_one_name_share_a_key(spellings: tuple[str, ...]) -> None:
    assert len({name_key(s) for s in spellings}) == 1


@pytest.mark.parametrize(("a", "b"), [("Stargate", "星际之门"), ("Nvidia", "Nokia"), ("Kessel", "Castle")])
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_latin_leaves_ascii_alone_and_transliterates_the_rest() -> None:
    assert latin("Velora Labs") == "Velora Labs"
    assert latin("Велора") == "Velora"


@given(st.text(max_size=40))
def test_a_key_is_lowercase_ascii_letters_and_never_raises(text: str) -> None:
    key = name_key(text)
    assert key == "" or (key.isascii() and key.isalpha() and key.islower())
