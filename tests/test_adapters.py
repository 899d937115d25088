"""The adapter registry, load/load_many, bad inputs, and the properties every adapter keeps."""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import sys
import types
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import aicoverage.adapters as adapters
from aicoverage.adapters import find_adapters, load, load_many, load_text, sniff_format
from aicoverage.errors import (
    AicoverageError,
    DecodeError,
    EmptySourceError,
    FormatError,
    SourceError,
    SourceTooLargeError,
    UnsupportedFormatError,
)
from aicoverage.model import Article
from tests.conftest import SEEDS
from tests.strategies import source_texts

DATA = Path(__file__).parent / "data" / "adapters"


def check_offsets(article: Article) -> None:
    """The invariants of every article: spans index the body, comments stay out of it."""
    text = article.text
    assert article.body == "\n\n".join(text[s.start : s.end] for s in article.body_spans)
    for s in article.body_spans:
        assert 0 <= s.start < s.end <= len(text)
    for a, b in zip(article.body_spans, article.body_spans[1:], strict=False):
        assert a.end <= b.start
    for c in article.comments:
        assert text[c.start : c.end] == c.text
        assert all(c.end <= s.start or c.start >= s.end for s in article.body_spans)
    for x in article.set_aside:
        assert text[x.start : x.end] == x.text
    for sec in article.sections:
        assert text[sec.start : sec.end] == sec.title


# --- registry ---------------------------------------------------------------------------------


def test_builtins_are_registered_as_entry_points() -> None:
    from importlib import metadata

    names = {ep.name for ep in metadata.entry_points(group=adapters.GROUP)}
    assert {"frontmatter", "html", "jsonl", "text", "wordpress"} <= names


def test_every_adapter_has_sniff_read_and_a_docstring() -> None:
    for name, adapter in find_adapters().items():
        assert callable(adapter.sniff), name
        assert callable(adapter.read), name
        assert (getattr(adapter, "__doc__", None) or "").strip(), name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("---\ntitle: x\n---\nBody.", "frontmatter"),
        ("\ufeff---\ndate: 2025-01-01\n---\nBody.", "frontmatter"),
        ("+++\ntitle = 'x'\n+++\nBody.", "frontmatter"),
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ('{"id": 1, "title": {"rendered": "T"}, "content": {"rendered": "<p>x</p>"}}', "wordpress"),
        ('{"title": "T", "body": "x"}\n{"title": "U", "body": "y"}', "jsonl"),
        ('[{"title": "T", "text": "x"}]', "jsonl"),
        (" date 2026-01-21 Генеральный директор", "text"),
        ("Just words, no markup.", "text"),
        # JSON records are never prose: read as records, they name the fields a map needs.
        ('{"not": "an article"}', "jsonl"),
    ],
)
def test_format_is_sniffed_from_content(text: str, expected: str) -> None:
    assert sniff_format(text) == expected


def test_plugin_adapter_wins_when_more_confident(monkeypatch: pytest.MonkeyPatch) -> None:
    plugin = types.ModuleType("fake_plugin")
    plugin.sniff = lambda text: 1.0 if text.startswith("FAKE") else 0.0  # type: ignore[attr-defined]
    plugin.read = lambda text, source: load_text("plugin body.", path=source.path)  # type: ignore[attr-defined]

    class EP:
        name, value, group = "fake", "fake_plugin:module", adapters.GROUP

        def load(self) -> Any:
            return plugin

    real = adapters.metadata.entry_points
    monkeypatch.setattr(adapters.metadata, "entry_points", lambda group: [*real(group=group), EP()])
    find_adapters.cache_clear()
    try:
        assert sniff_format("FAKE format") == "fake"
        monkeypatch.setenv("AICOVERAGE_NO_PLUGINS", "1")
        find_adapters.cache_clear()
        assert "fake" not in find_adapters()
        assert sniff_format("FAKE format") == "text"
    finally:
        find_adapters.cache_clear()


def test_broken_plugin_is_skipped_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    class EP:
        name, value, group = "broken", "broken_plugin:module", adapters.GROUP

        def load(self) -> Any:
            raise ImportError("no module named broken_plugin")

    real = adapters.metadata.entry_points
    monkeypatch.setattr(adapters.metadata, "entry_points", lambda group: [*real(group=group), EP()])
    find_adapters.cache_clear()
    try:
        with pytest.warns(UserWarning, match="broken"):
            found = find_adapters()
        assert "broken" not in found
        assert "text" in found
    finally:
        find_adapters.cache_clear()


# --- load and load_many ---------------------------------------------------------------------------


def test_load_reads_a_seed_with_its_path_and_encoding() -> None:
    art = load(SEEDS / "001_9ef3f31dbe352ab5.txt")
    assert art.source.path.endswith("001_9ef3f31dbe352ab5.txt")
    assert (art.source.format, art.source.encoding, art.source.derived) == ("text", "utf-8", False)
    check_offsets(art)


def test_load_with_an_unknown_format_is_a_format_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("words", "utf-8")
    with pytest.raises(FormatError, match="no adapter for format 'pdf'"):
        load(tmp_path / "a.txt", format="pdf")


def test_load_of_a_multi_record_file_points_to_load_many() -> None:
    with pytest.raises(FormatError, match="load_many"):
        load(DATA / "records.jsonl")


def test_load_many_walks_directories_sorted_and_goes_on_after_bad_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("Second article, a sentence.", "utf-8")
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "sub" / "c.bin").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "sub" / "d.txt").write_text("Fourth article, a sentence.", "utf-8")
    items = list(load_many([tmp_path, tmp_path / "missing.txt"]))
    kinds = [type(x).__name__ for x in items]
    assert kinds == ["EmptySourceError", "Article", "DecodeError", "Article", "SourceError"]
    assert "missing.txt" in str(items[-1])


def test_load_many_skips_hidden_files_and_folders(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main", "utf-8")
    (tmp_path / ".DS_Store").write_bytes(bytes(range(256)))
    (tmp_path / "a.txt").write_text("The only article here.", "utf-8")
    assert [x.body for x in load_many([tmp_path]) if isinstance(x, Article)] == ["The only article here."]
    assert len(list(load_many([tmp_path]))) == 1


def test_load_many_yields_each_json_line_and_an_error_for_the_bad_one() -> None:
    items = list(load_many([DATA / "records.jsonl"]))
    assert [type(x).__name__ for x in items] == ["Article", "Article", "FormatError", "Article"]
    assert str(items[2]).endswith(
        "records.jsonl#3: not a JSON object: Expecting value: line 1 column 1 (char 0)"
    )


# --- bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        (b"", EmptySourceError, "holds no text"),
        (b"  \n\t\n", EmptySourceError, "holds no text"),
        (b"\xef\xbb\xbf", EmptySourceError, "holds no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), UnsupportedFormatError, "a PNG image"),
        (b"\x7fELF\x02\x01\x01" + bytes(range(1, 32)) * 20, DecodeError, "binary"),
    ],
)
def test_bad_files_give_typed_errors(tmp_path: Path, content: bytes, error: type, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(error, match=message) as info:
        load(path)
    assert str(path) in str(info.value)


def test_a_file_over_the_limit_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with open(path, "wb") as fh:
        fh.truncate(50_000_000)
    with pytest.raises(SourceTooLargeError, match="larger than the limit of 10,000,000 bytes"):
        load(path)
    with pytest.raises(SourceTooLargeError, match="1,000 bytes"):
        load(path, max_bytes=1000)
    os.remove(path)


def test_the_size_limit_is_a_keyword_option(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("A short article, one sentence.", "utf-8")
    assert load(path, max_bytes=100).body == "A short article, one sentence."
    assert [type(x).__name__ for x in load_many([path], max_bytes=10)] == ["SourceTooLargeError"]


def test_yaml_that_constructs_objects_is_refused_and_recorded(tmp_path: Path) -> None:
    path = tmp_path / "evil.md"
    path.write_text("---\ntitle: !!python/object/apply:os.system ['echo pwned']\n---\n\nThe body.", "utf-8")
    art = load(path)
    assert art.title is None
    assert art.body == "The body."
    assert [p.code for p in art.problems] == ["front_matter_invalid"]


def test_an_adapter_bug_becomes_a_format_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    text_adapter = importlib.import_module("aicoverage.adapters.text")

    def boom(text: str, source: Any) -> Article:
        raise KeyError("oops")

    monkeypatch.setattr(text_adapter, "read", boom)
    (tmp_path / "a.txt").write_text("words", "utf-8")
    with pytest.raises(FormatError, match="the text adapter failed: KeyError"):
        load(tmp_path / "a.txt")


def test_deeply_nested_json_is_an_error_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"title": {"rendered": "T"}, "content": ' + "[" * 100_000, "utf-8")
    items = list(load_many([path]))
    assert len(items) == 1
    assert isinstance(items[0], Article | SourceError)
    assert sys.getrecursionlimit() < 100_000


# --- properties ---------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(source_texts)
def test_reading_any_text_gives_an_article_or_a_library_error(text: str) -> None:
    try:
        art = load_text(text, path="gen.txt")
    except AicoverageError:
        return
    check_offsets(art)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_loading_any_bytes_gives_an_article_or_a_source_error(tmp_path_factory: Any, data: bytes) -> None:
    path = tmp_path_factory.mktemp("bytes") / "x.txt"
    path.write_bytes(data)
    for item in load_many([path]):
        if isinstance(item, Article):
            check_offsets(item)
        else:
            assert isinstance(item, SourceError)


@settings(max_examples=100, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=8),
        lambda c: (
            st.lists(c, max_size=3)
            | st.dictionaries(
                st.sampled_from(["title", "body", "text", "content", "rendered", "date", "lang", "url"]),
                c,
                max_size=4,
            )
        ),
        max_leaves=12,
    ),
    st.integers(0, 200),
)
def test_any_json_and_any_cut_of_it_never_escapes_the_library_errors(value: Any, cut: int) -> None:
    text = json.dumps({"title": {"rendered": "T"}, "content": value, "body": value}, ensure_ascii=False)
    for candidate in (text, text[: max(1, len(text) - cut)]):
        with contextlib.suppress(AicoverageError):
            check_offsets(load_text(candidate, path="gen.json"))


def test_all_names_exist_and_every_public_function_is_listed() -> None:
    assert all(hasattr(adapters, name) for name in adapters.__all__)
    public = {n for n, v in vars(adapters).items() if callable(v) and not n.startswith("_")}
    assert {n for n in public if getattr(adapters, n).__module__ == adapters.__name__} <= set(
        adapters.__all__
    )
