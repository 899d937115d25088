"""The About sheet's rows: what the workbook is, when and from what it was made, the rule, legend.

Rows are ``(key, value, kind)``: kind ``None`` for plain text, ``"link"`` for a link to the sheet
named by the value (written first, the key after it), or a fill colour (hex) for a legend row.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from aicoverage.exporters._cells import CellText
from aicoverage.exporters._rows import digest
from aicoverage.exporters._xlsxfile import document_time
from aicoverage.model import Comparison, Status

AboutRow = tuple[str | None, str | int | None, str | None]

_MEANING = {
    Status.AGREE: "the sources state the same value",
    Status.AGREE_WITHIN_ROUNDING: "values differ by no more than the tolerance, or fit each other's range",
    Status.DISAGREE: "the sources state values that cannot both be true",
    Status.SINGLE_SOURCE: "only one source states it",
}
_CONTENTS = {
    "Sources": "one row per article: outlet, language, date, title, URL, counts, reading problems",
    "Facts": "facts x sources: each value with its evidence (comment) and a link to its claim",
    "Claims": "one row per claim: text as written, normalised value, unit, subject, sentence, offsets",
    "Quotes": "direct speech with its speaker",
    "Comments": "reader comments, kept apart from the articles",
}


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("aicoverage")
    except PackageNotFoundError:
        return "unknown"


def about_rows(
    comparison: Comparison,
    stories: Sequence[int | None],
    counts: Mapping[str, int],
    cells: CellText,
    titles: Mapping[str, str],
) -> Iterator[AboutRow]:
    """The About sheet, row by row (``cells`` has counted the repairs made on the other sheets)."""
    from aicoverage.exporters.xlsx import EVIDENCE_LIMIT, STATUS_COLOURS

    rule = comparison.rule
    when = document_time()
    yield (
        "aicoverage comparison",
        "How different sources state the same facts, and whether they agree.",
        None,
    )
    yield ("Made with", f"aicoverage {_version()}", None)
    yield (
        "Made on",
        when.isoformat(sep=" ") + " UTC" if when else "not recorded (set SOURCE_DATE_EPOCH)",
        None,
    )
    yield ("Made from", f"{len(comparison.articles)} articles (SHA-256 of each decoded text below)", None)
    for ex, story in zip(comparison.articles, stories, strict=True):
        label = f"story {story + 1}" if story is not None else "undated"
        yield (None, f"{ex.article.source.path} ({label}) sha256 {digest(ex)}", None)
    yield ("Counts", ", ".join(f"{v} {k}" for k, v in counts.items()), None)
    yield (None, None, None)
    yield ("Agreement rule", "values are compared as intervals: ranges and vague amounts by their ends", None)
    yield ("Relative tolerance", f"{rule.relative_tolerance} of the larger value", None)
    yield ("Absolute tolerance", f"{rule.absolute_tolerance}", None)
    yield ("Vague amounts", "open intervals: 10 million is not 'tens of millions'", None)
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
    for status, colour in STATUS_COLOURS.items():
        yield (status.value, _MEANING[status], colour)
    yield (None, None, None)
    yield ("Contents", None, None)
    for name, what in _CONTENTS.items():
        yield (what, titles[name], "link")
    yield (None, None, None)
    yield ("Characters replaced", cells.replaced, None)
    yield ("Cells clipped", cells.clipped, None)
    if counts.get("facts", 0) and sum(len(f.claims) for f in comparison.facts) > EVIDENCE_LIMIT:
        yield ("Evidence", f"comments and links on the first {EVIDENCE_LIMIT} fact cells only", None)
    yield ("Full text", "clipped cells are whole in the JSON output (aicoverage compare --json)", None)
