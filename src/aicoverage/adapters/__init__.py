"""Source adapters: every article shape, read into one typed :class:`~aicoverage.model.Article`."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from aicoverage.errors import SourceError
from aicoverage.model import Article


def load(path: str | os.PathLike[str], *, format: str | None = None) -> Article:
    """Read one file as an article; the format is sniffed from the content unless given."""
    raise NotImplementedError


def load_many(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Article | SourceError]:
    """Read files and directories; a bad file yields its error and the batch goes on."""
    raise NotImplementedError
