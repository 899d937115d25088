"""The About sheet's rows: what the workbook is, when and from what it was made, the rule, legend.

Rows are ``(key, value, kind)``: kind ``None`` for plain text, ``"link"`` for a link to the sheet
named by the value (written first, the key after it), or a fill colour (hex) for a legend row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from typing import NamedTuple

from aicoverage.exporters._cells import CellText
from aicoverage.exporters._rows import digest
from aicoverage.exporters._xlsxfile import document_time
from aicoverage.model import Comparison, Status

AboutRow = tuple[str | None, str | int | None, str | None]

LISTED = 40
"""Most articles listed by name on the About sheet (all are on the Sources sheet)."""

_MEANING = {
    Status.AGREE: "the sources state the same value",
    Status.AGREE_WITHIN_ROUNDING: "values differ by no more than the tolerance, or fit each other's range",
    Status.DISAGREE: "the sources state values that cannot both be true",
    Status.SINGLE_SOURCE: "only one source states it",
}
_CONTENTS = {
    "Disagreements": "each disputed fact: its value per source with the sentence, and a chart",
    "Facts": "one row per fact: status, sources, low / median / high in the fact's unit, spread, outlets",
    "By source": "facts x sources (a column per outlet): each value with its sentence and a link to it",
    "Evidence": (
        "one row per claim: source, outlet, date, text as written, low and high; holder (whose number),"
        " measure, period, part or total; subject, speaker, what joined it to its fact, sentence, link"
    ),
    "Sources": "one row per article: outlet, language, date, title, URL, counts, reading problems",
    "Quotes": "direct speech with its speaker",
    "Comments": "reader comments, kept apart from the articles",
}


class Written(NamedTuple):
    """What the About sheet reports of the writing itself."""

    when: dt.datetime | None
    cells: CellText
    sheets: Sequence[str]
    """Titles of the sheets written (all parts), About excepted."""
    titles: Mapping[str, str]
    """Sheet name -> its title in this workbook."""
    matrix_limit: int
    evidence_limit: int | None
    """The number of By source cells with a comment, when the budget ran out (else None)."""
    link_limit: int | None
    too_large: int
    status_words: Mapping[Status, str]
    colours: Mapping[Status, str]
    spread: str
    font: str


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("aicoverage")
    except PackageNotFoundError:
        return "unknown"


def _made_on(when: dt.datetime | None) -> str:
    if when is None:
        return "not recorded: no article is dated (set SOURCE_DATE_EPOCH to record one)"
    why = "SOURCE_DATE_EPOCH" if document_time() is not None else "the newest article's own date"
    return f"{when.isoformat(sep=' ', timespec='minutes')} UTC ({why}, so that runs give the same file)"


def about_rows(
    comparison: Comparison,
    stories: Sequence[int | None],
    counts: Mapping[str, int],
    written: Written,
) -> Iterator[AboutRow]:
    """The About sheet, row by row (``written.cells`` has counted the repairs on the other sheets)."""
    rule = comparison.rule
    yield (
        "aicoverage comparison",
        "How different sources state the same facts, and whether they agree.",
        None,
    )
    yield ("Made with", f"aicoverage {_version()}", None)
    yield ("Made on", _made_on(written.when), None)
    arts = comparison.articles
    yield ("Made from", f"{len(arts)} articles (SHA-256 of each decoded text on the Sources sheet)", None)
    if len(arts) <= LISTED:
        for ex, story in zip(arts, stories, strict=True):
            label = f"story {story + 1}" if story is not None else "undated"
            yield (None, f"{ex.article.source.path} ({label}) sha256 {digest(ex)[:16]}…", None)
    yield ("Counts", ", ".join(f"{v:,} {k}" for k, v in counts.items()), None)
    yield (None, None, None)
    yield ("Agreement rule", "values are compared as intervals: ranges and vague amounts by their ends", None)
    yield ("Relative tolerance", f"{rule.relative_tolerance} of the larger value", None)
    yield ("Absolute tolerance", f"{rule.absolute_tolerance}", None)
    yield ("Vague amounts", "open intervals: 10 million is not 'tens of millions'", None)
    yield ("Spread", written.spread, None)
    yield (
        "Kept apart",
        f"values more than {rule.max_ratio}x apart; dated articles over {rule.story_days} days apart",
        None,
    )
    rates = "; ".join(f"1 {r.currency} = {r.rate} {r.target}" for r in rule.rates)
    yield (
        "Currencies",
        f"converted at the user's rates: {rates}" if rates else "never converted or merged",
        None,
    )
    yield ("Fact sheet", rule.fact_sheet or "none (facts lined up automatically)", None)
    yield (None, None, None)
    yield ("Colour legend", None, None)
    for status, colour in written.colours.items():
        yield (written.status_words[status], _MEANING[status], colour)
    yield (None, None, None)
    yield ("Contents", None, None)
    for name, what in _CONTENTS.items():
        title = written.titles[name]
        parts = [t for t in written.sheets if t == title or t.startswith(f"{title} ")]
        if parts:
            more = f" (in {len(parts)} parts: {', '.join(parts)})" if len(parts) > 1 else ""
            yield (what + more, title, "link")
        elif name == "By source":
            yield (
                title,
                f"not written: more than {written.matrix_limit} sources would not stay readable as "
                "columns; the Evidence sheet has every value",
                None,
            )
    yield (None, None, None)
    yield ("Font", written.font, None)
    yield ("Characters replaced", written.cells.replaced, None)
    yield ("Cells clipped", written.cells.clipped, None)
    yield ("Values too large", f"{written.too_large} (past a spreadsheet's numbers: written as text)", None)
    if written.evidence_limit is not None:
        yield (
            "Evidence",
            f"comments and links on the first {written.evidence_limit:,} By source cells only",
            None,
        )
    if written.link_limit is not None:
        yield ("Links", f"the first {written.link_limit:,} source URLs are links, the rest plain text", None)
    yield ("Full text", "clipped cells are whole in the JSON output (aicoverage compare --json)", None)
