"""CLDR extracts on disk: read back as written, and a cache that cannot serve is read around."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aicoverage.quantities import _cldr
from aicoverage.quantities._cldrcache import cache_dir, cached

values = st.dictionaries(st.text(max_size=8), st.lists(st.text(max_size=5), max_size=4), max_size=8)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("AICOVERAGE_CACHE_DIR", str(tmp_path))
    return tmp_path


@given(values)
def test_a_value_is_read_back_as_computed(value: dict[str, list[str]]) -> None:
    with pytest.MonkeyPatch.context() as mp, tempfile.TemporaryDirectory() as d:
        mp.setenv("AICOVERAGE_CACHE_DIR", d)
        assert cached("v", "k", lambda: value) == value
        assert cached("v", "k", lambda: None) == value  # the second time from the file


def test_another_key_computes_again(folder: Path) -> None:
    cached("v", "babel 1", lambda: [1])
    assert cached("v", "babel 2", lambda: [2]) == [2]
    assert json.loads((folder / "v.json").read_text())["key"] == "babel 2"


@pytest.mark.parametrize("content", ["", "{not json", "[1, 2]", '{"key": "k"}', "\x00"])
def test_a_damaged_file_is_computed_again_and_replaced(folder: Path, content: str) -> None:
    (folder / "v.json").write_text(content)
    assert cached("v", "k", lambda: {"a": 1}) == {"a": 1}
    assert cached("v", "k", lambda: {"a": 2}) == {"a": 1}


def test_a_folder_that_cannot_be_written_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("AICOVERAGE_CACHE_DIR", str(blocker / "below"))
    assert cached("v", "k", lambda: 5) == 5


def test_an_empty_setting_switches_the_cache_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AICOVERAGE_CACHE_DIR", "")
    assert cache_dir() is None
    calls = []
    for _ in range(2):
        cached("v", "k", lambda: calls.append(1))
    assert len(calls) == 2


def test_the_default_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("AICOVERAGE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "aicoverage"


def test_the_stored_symbols_are_babels(folder: Path) -> None:
    _cldr._symbol_codes.cache_clear()
    try:
        live = _cldr._symbol_codes()  # computed and written
        _cldr._symbol_codes.cache_clear()
        assert (folder / "currency-symbols.json").exists()
        assert _cldr._symbol_codes() == live  # read from the file
        assert live["$"] >= {"USD", "CAD", "AUD", "MXN"}
    finally:
        _cldr._symbol_codes.cache_clear()
