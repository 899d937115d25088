"""DOCX (Word): the paragraphs in order, read with python-docx (the optional extra ``aicoverage[docx]``).

Mapped: the core properties' ``title`` to ``title``, ``author`` to ``author``; paragraphs in a
``Heading`` or ``Title`` style are lines of their own, so the layout reads them as title and
subheadings; the paragraphs, one per line with blank lines between, to ``text``
(``source.derived`` is true). Tables are read row by row after the paragraphs. Without
python-docx installed, a DOCX is an :class:`~aicoverage.errors.UnsupportedFormatError` naming the
file and the extra.
"""

from __future__ import annotations

import io

from aicoverage.adapters._article import build_article
from aicoverage.adapters._layout import analyse_layout
from aicoverage.adapters._stated import as_text
from aicoverage.errors import EmptySourceError, UnsupportedFormatError
from aicoverage.model import Article, Source


def sniff(text: str) -> float:
    """DOCX files are told by their bytes (a zip with ``word/document.xml``); as text, never."""
    return 0.0


def read(text: str, source: Source) -> Article:
    """Decoded text is never a DOCX: refused (DOCX files come in through :func:`read_binary`)."""
    raise UnsupportedFormatError(source.path, "a DOCX must be read from its bytes, not as text")


def read_binary(data: bytes, source: Source) -> Article:
    """The article in the DOCX ``data``."""
    try:
        import docx
    except ImportError:
        raise UnsupportedFormatError(
            source.path, "a DOCX: install the extra to read it (pip install 'aicoverage[docx]')"
        ) from None
    document = docx.Document(io.BytesIO(data))
    paragraphs = [" ".join(p.text.split()) for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            paragraphs.append(" | ".join(" ".join(c.text.split()) for c in row.cells))
    text = "\n\n".join(p for p in paragraphs if p)
    if not text.strip():
        raise EmptySourceError(source.path, "a DOCX without text")
    props = document.core_properties
    title = as_text(props.title)
    layout = analyse_layout(text, title=title)
    return build_article(text, source, layout, title=title, author=as_text(props.author))
