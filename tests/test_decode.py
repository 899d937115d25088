"""Bytes to text: byte-order marks, UTF-8, the legacy encodings, binary data, the size limit."""

from __future__ import annotations

from pathlib import Path

import pytest

from aicoverage.adapters import load
from aicoverage.adapters._decode import decode_bytes, read_bytes
from aicoverage.errors import DecodeError, EmptySourceError, SourceTooLargeError

DATA = Path(__file__).parent / "data" / "adapters"
RU = "Генеральный директор компании заявил, что продажа чипов в Китай — большая ошибка."
ZH = "美国AI初创公司首席执行官当天在一篇博客文章中表示,出口管制比以往任何时候都更加重要。"


@pytest.mark.parametrize(
    ("file", "encoding", "language", "starts"),
    [
        ("ru_cp1251.txt", "cp1251", "ru", "Генеральный директор"),
        ("ru_koi8r.txt", "koi8-r", "ru", "Генеральный директор"),
        ("zh_gb18030.txt", "gb18030", "zh", "美国AI初创公司"),
        ("en_utf16.txt", "utf-16", "en", "The export rules"),
        ("post_bom.md", "utf-8-sig", "fr", "Les ventes de puces"),
    ],
)
def test_encoded_fixtures_are_detected_and_recorded(
    file: str, encoding: str, language: str, starts: str
) -> None:
    art = load(DATA / file)
    assert (art.source.encoding, art.language) == (encoding, language)
    assert art.body.startswith(starts)


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        (RU, "cp1251", "cp1251"),
        (RU.replace("—", "-"), "koi8-r", "koi8-r"),
        ("Привет, мир", "koi8-r", "koi8-r"),
        (ZH, "gb18030", "gb18030"),
        (ZH, "gbk", "gb18030"),
        (RU, "utf-8", "utf-8"),
        (RU, "utf-16-le", None),
        ("Olá São Paulo café", "cp1252", "cp1252"),
    ],
)
def test_encoding_rows(text: str, codec: str, expected: str | None) -> None:
    data = text.encode(codec)
    if expected is None:
        with pytest.raises(DecodeError, match="binary"):
            decode_bytes(data, path="a.txt")
        return
    decoded, encoding = decode_bytes(data, path="a.txt")
    assert (decoded, encoding) == (text, expected)


@pytest.mark.parametrize("bom_codec", ["utf-8-sig", "utf-16", "utf-32"])
def test_byte_order_marks_are_honoured_and_dropped(bom_codec: str) -> None:
    text, _ = decode_bytes(RU.encode(bom_codec), path="a.txt")
    assert text == RU


def test_nbsp_and_other_unicode_spaces_are_kept() -> None:
    text = "671\u00a0млрд\u2009параметров\u3000ok"
    assert decode_bytes(text.encode(), path="a.txt")[0] == text


def test_invalid_bytes_in_a_bom_file_name_the_offset() -> None:
    with pytest.raises(DecodeError, match=r"a\.txt: bytes 6-7 are not valid utf-8-sig"):
        decode_bytes(b"\xef\xbb\xbfabc\xff\xfe", path="a.txt")


def test_control_characters_mean_binary() -> None:
    with pytest.raises(DecodeError, match="control characters"):
        decode_bytes(b"\x01\x02\x03\x04 text \x05\x06\x07\x08" * 10, path="a.bin")


def test_read_bytes_limits(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 101)
    with pytest.raises(SourceTooLargeError):
        read_bytes(path, max_bytes=100)
    assert read_bytes(path, max_bytes=101) == b"x" * 101
    path.write_bytes(b"\n \n")
    with pytest.raises(EmptySourceError):
        read_bytes(path)


@pytest.mark.parametrize(
    ("head", "codec", "expected"),
    [
        ('<html><head><meta charset="windows-1251"></head><body>', "cp1251", "cp1251"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', "koi8-r", "koi8-r"),
        ('<?xml version="1.0" encoding="GBK"?><a>', "gbk", "gbk"),
        ('<meta charset="no-such-codec">', "cp1251", "cp1251"),
    ],
)
def test_a_declared_charset_is_honoured_when_the_bytes_are_not_utf8(
    head: str, codec: str, expected: str
) -> None:
    body = "中文新闻" if codec == "gbk" else "Привет"
    text, encoding = decode_bytes((head + body + " мир" * (codec != "gbk")).encode(codec), path="a.html")
    assert encoding == expected
    assert body in text
