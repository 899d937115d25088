"""Bytes to text: read a file under a size limit and find its encoding.

Order of evidence: a byte-order mark (UTF-8, UTF-16, UTF-32), then strict UTF-8, then the charset
an HTML/XML head declares (``<meta charset="windows-1251">``), then the legacy
encodings real Russian and Chinese sites still serve (cp1251, KOI8-R, GB18030, Big5, Shift-JIS,
EUC-JP, cp1252), told apart by charset-normalizer. Short Cyrillic texts are checked by letter case
first (KOI8-R and cp1251 swap the cases, and Russian prose is mostly lowercase), where
charset-normalizer alone can pick a CJK code page. Binary data is refused with
:class:`~aicoverage.errors.DecodeError`. The text is never normalised: NBSP and other Unicode
spaces stay, so offsets into it are exact.

>>> decode_bytes("Привет, мир".encode("koi8-r"), path="a.txt")[1]
'koi8-r'
>>> decode_bytes(b"\\xef\\xbb\\xbfhello", path="a.txt")
('hello', 'utf-8-sig')
"""

from __future__ import annotations

import codecs
import os
import re

from aicoverage.errors import DecodeError, EmptySourceError, SourceTooLargeError

DEFAULT_MAX_BYTES = 10_000_000
"""Files larger than this (10 MB) are refused unless ``max_bytes`` says otherwise."""

# (mark, codec for the bytes after it, the name recorded)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
_LEGACY = ["cp1251", "koi8_r", "gb18030", "big5", "shift_jis", "euc_jp", "cp1252"]
_NAMES = {
    "koi8_r": "koi8-r",
    "utf_8": "utf-8",
    "utf_16": "utf-16",
    "shift_jis": "shift-jis",
    "euc_jp": "euc-jp",
}
# Control characters other than tab, newlines and form feed mark binary data decoded by accident.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CYRILLIC = re.compile(r"[\u0410-\u044f\u0401\u0451]")
_DECLARED = re.compile(
    rb"""<(?:meta[^>]*?charset|\?xml[^>]*?encoding)\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.I
)
_ASCII_LETTER = re.compile(rb"[A-Za-z]")
_CYRILLIC_LOWER = re.compile(r"[\u0430-\u044f\u0451]")


def read_bytes(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes: :class:`SourceTooLargeError` past ``max_bytes``, :class:`EmptySourceError`
    when there are none."""
    name = os.fspath(path)
    with open(name, "rb") as fh:
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise SourceTooLargeError(name, f"larger than the limit of {max_bytes:,} bytes")
    if not data.strip():
        raise EmptySourceError(name, "the file holds no text")
    return data


def decode_bytes(data: bytes, *, path: str) -> tuple[str, str]:
    """``(text, encoding)`` for ``data``, or :class:`DecodeError` when it is not text."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return _checked(_decode_or_fail(data, codec, path, skip=len(bom), name=name), name, path)
    try:
        return _checked(data.decode("utf-8"), "utf-8", path)
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise DecodeError(path, "binary data (NUL bytes) and no UTF-16/UTF-32 byte-order mark")
    encoding = _declared(data) or _guess_cyrillic(data) or _guess_legacy(data, path)
    return _checked(_decode_or_fail(data, encoding, path), encoding, path)


def _decode_or_fail(data: bytes, encoding: str, path: str, *, skip: int = 0, name: str = "") -> str:
    try:
        return data[skip:].decode(encoding)
    except UnicodeDecodeError as e:
        where = f"bytes {e.start + skip}-{e.end + skip}"
        raise DecodeError(path, f"{where} are not valid {name or encoding}") from None


def _checked(text: str, encoding: str, path: str) -> tuple[str, str]:
    if not text.strip():
        raise EmptySourceError(path, "the file holds no text")
    controls = len(_CONTROL.findall(text, 0, 100_000))
    if controls > max(2, min(len(text), 100_000) // 100):
        raise DecodeError(path, f"binary data: {controls} control characters when read as {encoding}")
    return text, encoding


def _declared(data: bytes) -> str | None:
    """The charset an HTML or XML head declares (``<meta charset=...>``), if Python knows it."""
    m = _DECLARED.search(data[:4096])
    if m is None:
        return None
    try:
        return codecs.lookup(m[1].decode("ascii")).name.replace("_", "-")
    except LookupError:
        return None


def _guess_cyrillic(data: bytes) -> str | None:
    """cp1251 or KOI8-R when one of them reads the high bytes as mostly lowercase Cyrillic letters."""
    sample = data[:20_000]
    high = len(sample) - len(sample.decode("ascii", "ignore"))
    ascii_letters = len(_ASCII_LETTER.findall(sample))
    # Russian prose: words between spaces, Cyrillic letters outnumbering Latin ones.
    if not high or sample.count(b" ") * 20 < high or ascii_letters > high:
        return None
    best: tuple[float, str] | None = None
    for encoding in ("cp1251", "koi8-r"):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        letters = len(_CYRILLIC.findall(text))
        if letters < 0.8 * high:
            continue
        lower = len(_CYRILLIC_LOWER.findall(text)) / letters
        if lower >= 0.7 and (best is None or lower > best[0]):
            best = (lower, encoding)
    return best[1] if best else None


def _guess_legacy(data: bytes, path: str) -> str:
    from charset_normalizer import from_bytes

    match = from_bytes(data, cp_isolation=_LEGACY).best()
    if match is None:
        raise DecodeError(path, "not valid UTF-8 nor any supported legacy encoding (binary data?)")
    return _NAMES.get(match.encoding, match.encoding)
