"""Saving an openpyxl workbook byte for byte the same for the same content, all or nothing.

openpyxl stamps ``docProps/core.xml`` with the current time on save and its zip entries with the
local time of writing. Here the document time is :func:`made_on`: ``SOURCE_DATE_EPOCH`` when set
(the reproducible-builds convention), else the newest input's own date, else a fixed date; every
zip entry gets the same fixed date. :func:`atomic_file` writes to a temporary file beside the
target and renames it over the target only when the writing succeeded, so a failed run keeps the
old file and two runs at once never interleave.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from typing import IO, Any

from aicoverage.errors import ExportError
from aicoverage.model import Comparison

_FIXED = dt.datetime(2000, 1, 1)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def document_time() -> dt.datetime | None:
    """The time to stamp files with: ``SOURCE_DATE_EPOCH`` (UTC) if set, else None."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw.isdigit():
        return None
    return dt.datetime.fromtimestamp(int(raw), tz=dt.UTC).replace(tzinfo=None)


def made_on(comparison: Comparison) -> dt.datetime | None:
    """When the workbook was made, reproducibly: :func:`document_time`, else the newest article's
    own date (UTC), else None."""
    when = document_time()
    if when is not None:
        return when
    dates = [_utc(ex.article.published) for ex in comparison.articles if ex.article.published]
    return max(dates) if dates else None


def _utc(value: dt.date | dt.datetime | None) -> dt.datetime:
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.replace(microsecond=0)
    assert value is not None
    return dt.datetime(value.year, value.month, value.day)


@contextlib.contextmanager
def atomic_file(path: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
    """A binary file that becomes ``path`` when the block ends without error (else is removed).

    The temporary file sits in the target's directory (so the rename is atomic) and is made
    before the work, so an unwritable target fails early, with :class:`ExportError`.
    """
    target = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(target))
    try:
        fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(target)}.", suffix=".tmp")
    except OSError as e:
        raise ExportError(f"{target}: cannot write: {e.strerror}") from e
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)  # as open() would have made it, not mkstemp's 0600
        os.replace(temp, target)
    except OSError as e:
        _remove(temp)
        raise ExportError(f"{target}: cannot write: {e.strerror or e}") from e
    except BaseException:
        _remove(temp)
        raise


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


class _FixedZip(zipfile.ZipFile):
    """A zip whose entries all carry one fixed date and the same permissions."""

    def _info(self, name: str, size: int = 0) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        info.file_size = size
        return info

    def writestr(
        self, zinfo_or_arcname: Any, data: Any, compress_type: Any = None, compresslevel: Any = None
    ) -> None:
        name = (
            zinfo_or_arcname.filename if isinstance(zinfo_or_arcname, zipfile.ZipInfo) else zinfo_or_arcname
        )
        super().writestr(self._info(name), data)

    def write(
        self, filename: Any, arcname: Any = None, compress_type: Any = None, compresslevel: Any = None
    ) -> None:
        name = arcname or os.path.basename(filename)
        info = self._info(name, os.path.getsize(filename))
        with open(filename, "rb") as src, self.open(info, "w") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)


def save_reproducibly(
    workbook: Any, target: str | os.PathLike[str] | IO[bytes], *, when: dt.datetime | None = None
) -> None:
    """Save ``workbook`` to ``target`` (a path or a binary file) with fixed document and zip times
    (``when``, else :func:`document_time`, else a fixed date)."""
    from openpyxl.writer.excel import ExcelWriter

    when = when or document_time() or _FIXED
    workbook.properties.created = when
    workbook.properties.modified = when
    workbook.properties.creator = "aicoverage"
    workbook.properties.lastModifiedBy = "aicoverage"
    archive = _FixedZip(target, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    ExcelWriter(workbook, archive).save()
