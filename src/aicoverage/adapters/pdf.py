"""PDF: the text of every page, read with pypdf (the optional extra ``aicoverage[pdf]``).

Mapped: the document's ``/Title`` to ``title``, ``/Author`` to ``author`` (``/CreationDate`` is when
the file was made, not when the article was published: not mapped); the pages' text, joined by blank
lines, to
``text`` (``source.derived`` is true), whose layout is found as for plain text. A scanned PDF with
no text layer gives an :class:`~aicoverage.errors.EmptySourceError`. Without pypdf installed, a
PDF is an :class:`~aicoverage.errors.UnsupportedFormatError` naming the file and the extra.
"""

from __future__ import annotations

import io
from typing import Any

from aicoverage.adapters._article import build_article
from aicoverage.adapters._layout import analyse_layout
from aicoverage.adapters._stated import as_text
from aicoverage.errors import EmptySourceError, UnsupportedFormatError
from aicoverage.model import Article, Source

MAGIC = b"%PDF-"


def sniff(text: str) -> float:
    """PDFs are told by their bytes before decoding; as text, never."""
    return 0.0


def read(text: str, source: Source) -> Article:
    """Decoded text is never a PDF: refused (PDFs come in through :func:`read_binary`)."""
    raise UnsupportedFormatError(source.path, "a PDF must be read from its bytes, not as text")


def read_binary(data: bytes, source: Source) -> Article:
    """The article in the PDF ``data``."""
    try:
        from pypdf import PdfReader
    except ImportError:
        raise UnsupportedFormatError(
            source.path, "a PDF: install the extra to read it (pip install 'aicoverage[pdf]')"
        ) from None
    reader = PdfReader(io.BytesIO(data))
    pages = [(page.extract_text() or "").strip() for page in reader.pages]
    text = "\n\n".join(p for p in pages if p)
    if not text.strip():
        raise EmptySourceError(source.path, "a PDF without a text layer (scanned?): no text to read")
    info: Any = reader.metadata or {}
    title = as_text(info.get("/Title"))
    layout = analyse_layout(text, title=title)
    return build_article(text, source, layout, title=title, author=as_text(info.get("/Author")))
