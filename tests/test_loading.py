"""Loading batches as users bring them: the red-team findings, each rebuilt from its description,
and a property over folders mixing good, binary, unreadable, special and linked files."""

from __future__ import annotations

import json
import os
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import aicoverage.adapters as adapters
from aicoverage.adapters import is_extraction_file, load, load_many
from aicoverage.adapters._walk import iter_files
from aicoverage.errors import (
    AdapterPluginError,
    NotRegularFileError,
    OwnOutputError,
    SourceError,
    UnreadableFolderError,
    UnsupportedFormatError,
)
from aicoverage.model import Article, Source

GOOD = "The export rules were loosened this week, officials said on Monday."


def _batch(paths: list[Path | str], timeout: float = 20.0) -> list[Article | SourceError]:
    """load_many in a thread, failing (not hanging) when it does not finish."""
    out: list[Article | SourceError] = []
    worker = threading.Thread(target=lambda: out.extend(load_many(paths)), daemon=True)
    worker.start()
    worker.join(timeout)
    assert not worker.is_alive(), "load_many hung"
    return out


# -- hangs and lost batches -----------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_fifo_in_a_folder_is_a_typed_error_and_the_good_file_beside_it_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, "utf-8")
    os.mkfifo(tmp_path / "b.pipe")
    items = _batch([tmp_path])
    assert isinstance(items[0], Article)
    assert isinstance(items[1], NotRegularFileError)
    assert "b.pipe" in str(items[1])
    assert "named pipe" in str(items[1])


@pytest.mark.parametrize("codec", ["base64", "hex", "zlib", "rot13", "undefined", "utf-16", "utf-32"])
def test_a_declared_non_text_codec_never_kills_the_batch(tmp_path: Path, codec: str) -> None:
    page = f'<html><head><meta charset="{codec}"></head><body><p>{GOOD} caf\xe9 \xff\xfe</p>'
    (tmp_path / "a.html").write_bytes(page.encode("latin-1"))
    (tmp_path / "b.txt").write_text(GOOD, "utf-8")
    items = _batch([tmp_path])
    assert len(items) == 2
    assert isinstance(items[1], Article)
    assert not isinstance(items[0], Article) or "charset_ignored" in [p.code for p in items[0].problems]


def test_a_declared_utf16_on_an_8bit_page_is_read_as_utf8(tmp_path: Path) -> None:
    page = f'<meta charset="utf-16"><p>{GOOD} Les ventes de puces ont baiss\u00e9 \xff.</p>'
    path = tmp_path / "a.txt"
    path.write_bytes(page.encode("utf-8").replace(b"\xc3\xbf", b"\xff"))
    art = load(path)
    assert art.source.encoding == "utf-8"
    assert "baissé" in art.text
    assert {"bytes_replaced", "charset_ignored"} <= {p.code for p in art.problems}


# -- silent losses --------------------------------------------------------------------------------


def test_a_folder_that_cannot_be_listed_yields_a_typed_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests run as root, for whom chmod 000 hides nothing: the listing itself is made to fail.
    (tmp_path / "a.txt").write_text(GOOD, "utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(GOOD, "utf-8")
    real = os.scandir

    def scandir(path: str) -> Iterator[os.DirEntry[str]]:
        if os.path.basename(path) == "locked":
            raise PermissionError(13, "Permission denied", path)
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = _batch([tmp_path])
    assert isinstance(items[0], Article)
    assert isinstance(items[1], UnreadableFolderError)
    assert "locked" in str(items[1])
    assert len(items) == 2


def test_an_unreadable_top_folder_is_an_error_not_an_empty_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def scandir(path: str) -> Iterator[os.DirEntry[str]]:
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr(os, "scandir", scandir)
    (item,) = _batch([tmp_path])
    assert isinstance(item, UnreadableFolderError)
    assert str(tmp_path) in str(item)


def test_a_symlink_to_a_folder_is_followed_and_a_loop_is_not(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.txt").write_text(GOOD, "utf-8")
    top = tmp_path / "top"
    top.mkdir()
    (top / "link").symlink_to(real, target_is_directory=True)
    (top / "link" / "back").symlink_to(top, target_is_directory=True)
    names = [Path(p).name for p in iter_files([top]) if isinstance(p, str)]
    assert names == ["a.txt"]


def test_the_same_file_given_twice_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, "utf-8")
    (tmp_path / "alias.txt").symlink_to(tmp_path / "a.txt")
    items = _batch([tmp_path, tmp_path / "a.txt", tmp_path / "alias.txt"])
    assert len(items) == 1
    assert isinstance(items[0], Article)


# -- undecodable bytes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "damage"),
    [
        (GOOD, lambda b: b[:21] + b" \xff" + b[21:]),  # one stray byte in English
        ("Генеральный директор заявил, что продажа чипов в Китай — ошибка.", lambda b: b[:-2]),  # cut
        ("美国AI初创公司首席执行官表示,出口管制比以往任何时候都更加重要。", lambda b: b[:-2]),
        ("Les ventes de puces ont baissé de 17 % cette semaine.", lambda b: b[:10] + b"\x81\x9f" + b[10:]),
    ],
)
def test_a_bad_byte_or_a_cut_character_keeps_the_article_and_counts_the_bytes(
    tmp_path: Path, text: str, damage: object
) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(damage(text.encode("utf-8")))  # type: ignore[operator]
    art = load(path)
    assert art.source.encoding == "utf-8"
    (problem,) = [p for p in art.problems if p.code == "bytes_replaced"]
    assert problem.message.split()[0] in {"1", "2", "3"}
    assert "\ufffd" in art.text


def test_ascii_text_with_two_high_bytes_is_never_read_as_a_legacy_code_page(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(GOOD.encode() + b" \x82\xa0 " + GOOD.encode())
    art = load(path)
    assert art.source.encoding == "utf-8"


# -- deep JSON ------------------------------------------------------------------------------------


def test_a_wordpress_post_with_a_deep_extra_field_keeps_title_and_body(tmp_path: Path) -> None:
    post = (
        '{"title": {"rendered": "Chips"}, "content": {"rendered": "<p>'
        + GOOD
        + '</p>"}, "meta": '
        + "[" * 20_000
        + "]" * 20_000
        + "}"
    )
    path = tmp_path / "post.json"
    path.write_text(post, "utf-8")
    art = load(path)
    assert (art.source.format, art.title, art.body) == ("wordpress", "Chips", GOOD)
    assert "json_too_deep" in [p.code for p in art.problems]


def test_json_lines_whose_first_record_is_deep_are_read_as_records(tmp_path: Path) -> None:
    deep = json.dumps({"title": "A", "text": GOOD})[:-1] + ', "x": ' + "[" * 5000 + "]" * 5000 + "}"
    path = tmp_path / "r.jsonl"
    path.write_text(deep + "\n" + json.dumps({"text": GOOD}) + "\n", "utf-8")
    items = _batch([path])
    assert [a.source.format for a in items if isinstance(a, Article)] == ["jsonl", "jsonl"]


# -- plugins --------------------------------------------------------------------------------------


class _BadPlugin:
    __name__ = "thirdparty.bad"

    def sniff(self, text: str) -> float:
        return 1.0

    def read(self, text: str, source: Source) -> object:
        return iter(["not an article"])


def test_an_adapter_plugin_yielding_something_else_is_a_typed_error_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    registered = {"bad": _BadPlugin(), **adapters.find_adapters()}
    monkeypatch.setattr(adapters, "find_adapters", lambda: registered)
    (tmp_path / "a.txt").write_text(GOOD, "utf-8")
    (item,) = _batch([tmp_path / "a.txt"])
    assert isinstance(item, AdapterPluginError)
    assert "'bad'" in str(item)
    assert "str" in str(item)
    assert "a.txt" in str(item)


# -- the library's own outputs and other files ----------------------------------------------------


def _claims_csv_header() -> str:
    from aicoverage.exporters._rows import CLAIM_COLUMNS

    return ",".join(CLAIM_COLUMNS)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("facts.json", '{"facts": [{"claims": [], "status": "agree"}]}'),
        ("coverage.json", '{\n  "schema": 1,\n  "rule": {},\n  "facts": [],\n  "articles": []\n}'),
        (
            "x.jsonl",
            '{"claims": [], "quotes": [], "source": {"path": "a.txt", "format": "text"}, "text": "x"}',
        ),
        ("claims.csv", "\ufeff" + _claims_csv_header() + "\r\n1,chips,agree,a.txt,5%\r\n"),
    ],
)
def test_the_librarys_own_outputs_are_skipped_with_a_typed_error(
    tmp_path: Path, name: str, content: str
) -> None:
    (tmp_path / name).write_text(content, "utf-8")
    (item,) = _batch([tmp_path])
    assert isinstance(item, OwnOutputError)
    assert name in str(item)


def test_an_xlsx_workbook_is_never_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr(
            "docProps/core.xml", "<cp:coreProperties><dc:creator>aicoverage</dc:creator></cp:coreProperties>"
        )
    (item,) = _batch([path])
    assert isinstance(item, OwnOutputError)
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    (item,) = _batch([path])
    assert isinstance(item, UnsupportedFormatError)
    assert "spreadsheet" in str(item)


def test_is_extraction_file_tells_extract_output_from_article_records(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"claims": [], "source": {"path": "a.txt", "format": "text"}}\n', "utf-8")
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps({"title": "A", "text": GOOD}) + "\n", "utf-8")
    assert is_extraction_file(out)
    assert not is_extraction_file(records)
    assert not is_extraction_file(tmp_path)


# -- the property ---------------------------------------------------------------------------------

_KINDS = ("good", "binary", "empty", "fifo", "unreadable", "link", "broken_link", "folder_link")


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kinds=st.lists(st.sampled_from(_KINDS), min_size=1, max_size=8), data=st.data())
def test_every_input_of_a_mixed_folder_is_accounted_for(
    tmp_path_factory: pytest.TempPathFactory, kinds: list[str], data: st.DataObject
) -> None:
    folder = tmp_path_factory.mktemp("mixed")
    expected: set[str] = set()
    unreadable: set[str] = set()
    for i, kind in enumerate(kinds):
        path = folder / f"f{i:02d}.txt"
        if kind == "good":
            path.write_text(
                data.draw(st.sampled_from([GOOD, "Продажи чипов упали на 17%.", "出口管制更加重要。"]))
            )
        elif kind == "binary":
            path.write_bytes(data.draw(st.binary(min_size=1, max_size=300)))
        elif kind == "empty":
            path.write_bytes(b"")
        elif kind == "fifo" and hasattr(os, "mkfifo"):
            os.mkfifo(path)
        elif kind == "unreadable":
            path.write_text(GOOD)
            unreadable.add(str(path))
        elif kind == "link":
            (folder / "target.txt").write_text(GOOD)
            path.symlink_to(folder / "target.txt")
        elif kind == "broken_link":
            path.symlink_to(folder / "missing.txt")
        elif kind == "folder_link":
            sub = tmp_path_factory.mktemp("sub")
            (sub / "inner.txt").write_text(GOOD)
            path.symlink_to(sub, target_is_directory=True)
            expected.add(str(path / "inner.txt"))
            continue
        else:
            path.write_text(GOOD)
        expected.add(str(path))
    # Links to one target and the target itself are one file: any one of their names will do.
    same_file = {str(folder / f"f{i:02d}.txt") for i, k in enumerate(kinds) if k == "link"}
    expected -= same_file
    if same_file:
        same_file.add(str(folder / "target.txt"))
    real_open = os.open

    def guarded_open(path: str, flags: int, *args: int) -> int:
        # root reads every file whatever its mode: the refusal is simulated where it would happen.
        if str(path) in unreadable:
            raise PermissionError(13, "Permission denied", path)
        return real_open(path, flags, *args)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(os, "open", guarded_open)
        items = _batch([folder])
    named = {item.source.path if isinstance(item, Article) else item.path for item in items}
    for item in items:
        assert isinstance(item, Article | SourceError)
    # Each file is accounted for, once.
    assert named >= expected
    assert not same_file or len(named & same_file) == 1
    assert len(items) == len(named)
    for path in unreadable:
        assert any(isinstance(x, SourceError) and x.path == path for x in items)
