"""Saving an openpyxl workbook byte for byte the same for the same content.

openpyxl stamps ``docProps/core.xml`` with the current time on save and its zip entries with the
local time of writing. Here the document times come from ``SOURCE_DATE_EPOCH`` when set (the
reproducible-builds convention) and a fixed date otherwise, and every zip entry gets the same
fixed date.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import zipfile
from typing import IO, Any

_FIXED = dt.datetime(2000, 1, 1)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def document_time() -> dt.datetime | None:
    """The time to stamp files with: ``SOURCE_DATE_EPOCH`` (UTC) if set, else None."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw.isdigit():
        return None
    return dt.datetime.fromtimestamp(int(raw), tz=dt.UTC).replace(tzinfo=None)


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


def save_reproducibly(workbook: Any, target: str | os.PathLike[str] | IO[bytes]) -> None:
    """Save ``workbook`` to ``target`` (a path or a binary file) with fixed document and zip times."""
    from openpyxl.writer.excel import ExcelWriter

    when = document_time() or _FIXED
    workbook.properties.created = when
    workbook.properties.modified = when
    workbook.properties.creator = "aicoverage"
    workbook.properties.lastModifiedBy = "aicoverage"
    archive = _FixedZip(target, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    ExcelWriter(workbook, archive).save()
