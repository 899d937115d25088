"""A disputed fact drawn: one bar per source, a range's rest stacked on its low end in a lighter tint.

The bars read the sheet's own cells (the source names, the low values and the width of each
range), so the chart and the table beside it never disagree.
"""

from __future__ import annotations

from typing import Any

CHART_ROWS = 14
"""Rows a chart covers (at the default row height): each block on the sheet is at least this tall."""

BAR = "4472C4"
RANGE = "B4C7E7"


def range_chart(
    ws: Any,
    *,
    title: str,
    categories: int,
    low: int,
    rest: int,
    rows: tuple[int, int],
    number_format: str,
) -> Any:
    """A stacked column chart of rows ``rows`` (first, last; 1-based) of sheet ``ws``.

    ``categories``, ``low`` and ``rest`` are the 1-based columns of the source names, the low
    values and the range widths (high - low, 0 for a single value).
    """
    from openpyxl.chart import BarChart, Reference
    from openpyxl.chart.data_source import AxDataSource, StrRef
    from openpyxl.chart.series import SeriesLabel

    first, last = rows
    chart = BarChart()
    chart.type = "col"
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.gapWidth = 60
    chart.title = title[:120]
    chart.width, chart.height = 15.0, 6.8
    chart.visible_cells_only = False  # the values sit in hidden columns
    for column, name, colour in ((low, "value", BAR), (rest, "rest of the range", RANGE)):
        chart.add_data(Reference(ws, min_col=column, min_row=first, max_row=last), titles_from_data=False)
        series = chart.series[-1]
        series.tx = SeriesLabel(v=name)
        series.graphicalProperties.solidFill = colour
        series.graphicalProperties.line.solidFill = colour
    names = Reference(ws, min_col=categories, min_row=first, max_row=last)
    for series in chart.series:  # source names are text: a string reference
        series.cat = AxDataSource(strRef=StrRef(f=str(names)))
    chart.y_axis.numFmt = number_format
    chart.y_axis.majorGridlines = None
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend.position = "b"
    return chart
