"""Bytes to text: read a file under a size limit and find its encoding.

Order of evidence: a byte-order mark (UTF-8, UTF-16, UTF-32), then strict UTF-8, then the charset
an HTML/XML head declares (``<meta charset="windows-1251">``; a name that is no text codec, such as
``base64`` or ``rot13``, is ignored, and a declared UTF-16 on 8-bit bytes is read as UTF-8 as the HTML
standard says), then UTF-8 with replacement where it is clearly right (a few stray bytes, a download
cut mid-character: the count of replaced bytes is recorded), then the legacy encodings real Russian
and Chinese sites still serve (cp1251, KOI8-R, GB18030, Big5, Shift-JIS, EUC-JP, cp1252), told apart
by charset-normalizer, never on the strength of fewer than eight high bytes. Short Cyrillic texts
are checked by letter case first (KOI8-R and cp1251 swap the cases, and Russian prose is mostly
lowercase), where charset-normalizer alone can pick a CJK code page. Binary data is refused with
:class:`~aicoverage.errors.DecodeError`. The text is never normalised: NBSP and other Unicode
spaces stay, so offsets into it are exact.

>>> decode_bytes("Привет, мир".encode("koi8-r"), path="a.txt")[1]
'koi8-r'
>>> decode_bytes(b"\\xef\\xbb\\xbfhello", path="a.txt")
('hello', 'utf-8-sig')
>>> d = decode("Export rules \u2014 cut mid-char".encode()[:-1] + b"\\xe2\\x80", path="a.txt")
>>> d.encoding, d.replaced, d.text.endswith("cha\\ufffd")
('utf-8', 2, True)
"""

from __future__ import annotations

import codecs
import os
import re
import stat

from attrs import frozen

from aicoverage.errors import DecodeError, EmptySourceError, NotRegularFileError, SourceTooLargeError
from aicoverage.model import Problem

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
# Fewer high bytes than this never decide a legacy code page; valid UTF-8 characters this many times
# the bad bytes make UTF-8 (with replacement) clearly right.
_FEW_HIGH = 8
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ESCAPED = re.compile("[\udc80-\udcff]")
_MOSTLY = 20


@frozen
class Decoded:
    """Text decoded from bytes: the codec used, and how many bytes had to be replaced."""

    text: str
    encoding: str
    replaced: int = 0
    """Bytes that were not valid in ``encoding`` and became U+FFFD (a cut download, a stray byte)."""
    note: str = ""
    """Why a declared charset was not used, when it was not."""

    def problems(self) -> tuple[Problem, ...]:
        """The decoding problems to record on the article."""
        out: list[Problem] = []
        if self.replaced:
            out.append(
                Problem(
                    "bytes_replaced",
                    f"{self.replaced} byte(s) not valid {self.encoding} were replaced by U+FFFD",
                )
            )
        if self.note:
            out.append(Problem("charset_ignored", self.note))
        return tuple(out)


def read_bytes(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes: :class:`SourceTooLargeError` past ``max_bytes``, :class:`EmptySourceError`
    when there are none, :class:`NotRegularFileError` for a named pipe, socket or device.

    The file is opened without blocking and checked on the open descriptor, so a FIFO can never
    hang the read (nor be swapped in between a check and the open).
    """
    name = os.fspath(path)
    fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFileError(name, f"not a regular file ({_file_kind(mode)}); not read")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(max_bytes + 1)
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise SourceTooLargeError(name, f"larger than the limit of {max_bytes:,} bytes")
    if not data.strip():
        raise EmptySourceError(name, "the file holds no text")
    return data


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a file"


def decode_bytes(data: bytes, *, path: str) -> tuple[str, str]:
    """``(text, encoding)`` for ``data``, or :class:`DecodeError` when it is not text."""
    decoded = decode(data, path=path)
    return decoded.text, decoded.encoding


def decode(data: bytes, *, path: str) -> Decoded:
    """``data`` as text (see the module docstring), or :class:`DecodeError` when it is not text."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return _checked(_decode_or_fail(data, codec, path, skip=len(bom), name=name), name, path)
    try:
        return _checked(data.decode("utf-8"), "utf-8", path)
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise DecodeError(path, "binary data (NUL bytes) and no UTF-16/UTF-32 byte-order mark")
    declared, note = _declared(data)
    if declared:
        try:
            return _checked(data.decode(declared), declared, path)
        except UnicodeError:
            note = f"the declared charset {declared!r} does not fit the bytes"
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return _checked(mostly[0], "utf-8", path, replaced=mostly[1], note=note)
    encoding = _guess_cyrillic(data) or _guess_legacy(data, path)
    return _checked(_decode_or_fail(data, encoding, path), encoding, path, note=note)


def _decode_or_fail(data: bytes, encoding: str, path: str, *, skip: int = 0, name: str = "") -> str:
    try:
        return data[skip:].decode(encoding)
    except UnicodeDecodeError as e:
        where = f"bytes {e.start + skip}-{e.end + skip}"
        raise DecodeError(path, f"{where} are not valid {name or encoding}") from None
    except (UnicodeError, LookupError) as e:
        raise DecodeError(path, f"cannot be decoded as {name or encoding}: {e}") from None


def _checked(text: str, encoding: str, path: str, *, replaced: int = 0, note: str = "") -> Decoded:
    if not text.strip():
        raise EmptySourceError(path, "the file holds no text")
    controls = len(_CONTROL.findall(text, 0, 100_000))
    if controls > max(2, min(len(text), 100_000) // 100):
        raise DecodeError(path, f"binary data: {controls} control characters when read as {encoding}")
    return Decoded(text, encoding, replaced, note)


def _declared(data: bytes) -> tuple[str | None, str]:
    """The text codec an HTML or XML head declares (``<meta charset=...>``), and a note when a
    declaration was ignored: an unknown name, a codec that is not a text encoding (base64, hex,
    zlib, rot13), or UTF-16/32 on bytes without NULs (read as UTF-8, as the HTML standard says)."""
    m = _DECLARED.search(data[:4096])
    if m is None:
        return None, ""
    name = m[1].decode("ascii")
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None, f"the declared charset {name!r} is unknown"
    if not getattr(info, "_is_text_encoding", True):
        return None, f"the declared charset {name!r} is not a text encoding"
    if info.name.startswith(("utf-16", "utf-32")):
        return None, f"the declared charset {name!r} cannot be right for 8-bit bytes"
    return info.name.replace("_", "-"), ""


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """``(text, bytes replaced)`` when UTF-8 is clearly the encoding despite a few bad bytes: too few
    high bytes to tell a legacy code page by (a stray byte in ASCII text), or valid multi-byte
    characters far outnumbering the bad bytes (a cut download, a corrupted character). A single
    Latin-1/cp1252 accented letter inside a word is left to the legacy guess."""
    escaped = data.decode("utf-8", "surrogateescape")
    bad = len(_ESCAPED.findall(escaped))
    good = len(_NON_ASCII.findall(escaped)) - bad
    if good < _MOSTLY * bad and (bad >= _FEW_HIGH or _latin_words(data)):
        return None
    return data.decode("utf-8", "replace"), bad


def _latin_words(data: bytes) -> bool:
    """True when every high byte, read as cp1252, is a letter inside a word ("S\\xe3o", "caf\\xe9")."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    for m in _NON_ASCII.finditer(text):
        i, c = m.start(), m.group()
        if not (c.isalpha() and (text[i - 1 : i].isalpha() or text[i + 1 : i + 2].isalpha())):
            return False
    return True


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
