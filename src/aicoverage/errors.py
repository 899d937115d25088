"""The library's errors: every one subclasses :class:`AicoverageError` and carries its data.

>>> err = DecodeError("a.txt", "bytes 10-12 are not valid in any supported encoding")
>>> str(err)
'a.txt: bytes 10-12 are not valid in any supported encoding'
>>> isinstance(err, AicoverageError)
True
"""

from __future__ import annotations


class AicoverageError(Exception):
    """Base of every error aicoverage raises on purpose."""


class SourceError(AicoverageError):
    """A source file could not be read as an article; ``path`` names it, ``reason`` says why."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class EmptySourceError(SourceError):
    """The file holds no text."""


class DecodeError(SourceError):
    """The bytes are not text in any supported encoding (or the file is binary)."""


class SourceTooLargeError(SourceError):
    """The file is larger than the configured limit."""


class FormatError(SourceError):
    """The content does not fit the format it was read as (or no adapter accepts it)."""


class UnsupportedFormatError(SourceError):
    """The file is a format aicoverage does not read as an article (a spreadsheet, an image), or one
    whose optional extra is not installed (``pip install aicoverage[pdf]``)."""


class NotRegularFileError(SourceError):
    """The path is a named pipe, socket or device: never opened, since reading it could block."""


class UnreadableFolderError(SourceError):
    """A folder that could not be listed (permissions, gone); the rest of the batch is read."""


class OwnOutputError(SourceError):
    """The file is one of aicoverage's own outputs (comparison JSON or CSV, a workbook, extraction
    JSON Lines): skipped, since reading it back as an article would count its claims twice."""


class AdapterPluginError(SourceError):
    """An adapter plugin failed or yielded something that is not an article; ``reason`` names it."""


class FieldMapError(AicoverageError, ValueError):
    """A field map (``--map``, ``field_map=``) names an unknown article field or is malformed."""


class UnsupportedLanguageError(AicoverageError, ValueError):
    """A language code aicoverage has no tables for."""

    def __init__(self, language: str, supported: tuple[str, ...]) -> None:
        super().__init__(f"unsupported language {language!r}; supported: {', '.join(supported)}")
        self.language = language
        self.supported = supported


class DataTableError(AicoverageError):
    """A data table under ``aicoverage/data`` (or a user's file) is missing or malformed."""


class PluginError(AicoverageError):
    """An adapter or exporter plugin could not be loaded or failed."""


class ExportError(AicoverageError):
    """A comparison could not be written in the requested format."""


class RateError(AicoverageError, ValueError):
    """An exchange rate that is not ``FROM:TO=RATE`` with a finite positive RATE."""
