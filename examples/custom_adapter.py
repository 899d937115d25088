"""A custom adapter plugin (and an exporter plugin) registered through entry points.

    python examples/custom_adapter.py

A plugin is a package whose metadata declares entry points in the groups ``aicoverage.adapters``
and ``aicoverage.exporters``; in its ``pyproject.toml``::

    [project.entry-points."aicoverage.adapters"]
    memo = "memo_plugin:adapter"
    [project.entry-points."aicoverage.exporters"]
    md = "memo_plugin:export_markdown"

``pip install`` of such a package leaves a ``*.dist-info`` folder with ``entry_points.txt``. This
script writes that folder itself into a temporary directory and puts it on ``sys.path``, so the
plugin is found exactly as an installed one would be, without installing anything.
"""

from __future__ import annotations

import sys
import tempfile
import textwrap
from pathlib import Path

PLUGIN = '''
"""Memo format: 'Memo: <title>' / 'Date: YYYY-MM-DD' / 'Lang: <code>' lines, a blank line, the body."""
import datetime as dt
from types import SimpleNamespace

from aicoverage.model import Article, TextSpan


def sniff(text):
    return 0.95 if text.startswith("Memo: ") else 0.0


def read(text, source):
    head, _, _ = text.partition("\\n\\n")
    fields = dict(line.split(": ", 1) for line in head.splitlines())
    start = len(head) + 2
    return Article(
        source=source, text=text, body=text[start:], body_spans=(TextSpan(start, len(text)),),
        language=fields.get("Lang"), title=fields.get("Memo"),
        published=dt.date.fromisoformat(fields["Date"]) if "Date" in fields else None,
    )


adapter = SimpleNamespace(sniff=sniff, read=read)


def export_markdown(comparison, path):
    lines = ["| fact | status | values |", "|---|---|---|"]
    for fact in comparison.facts:
        values = ", ".join(fc.claim.text for fc in fact.claims)
        lines.append(f"| {fact.label} | {fact.status.value} | {values} |")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\\n".join(lines) + "\\n")
'''

ENTRY_POINTS = """
[aicoverage.adapters]
memo = memo_plugin:adapter

[aicoverage.exporters]
md = memo_plugin:export_markdown
"""

MEMOS = {
    "a.memo": "Memo: DeepSeek costs\nDate: 2025-01-30\nLang: en\n\nDeepSeek trained V3 for $6 million.",
    "b.memo": "Memo: Costes\nDate: 2025-01-31\nLang: es\n\nDeepSeek entrenó V3 por 5,6 millones de dólares.",
}


def install_plugin(where: Path) -> None:
    """Write the plugin module and its dist-info (what pip would leave) and make them importable."""
    (where / "memo_plugin.py").write_text(textwrap.dedent(PLUGIN), encoding="utf-8")
    info = where / "memo_plugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: memo-plugin\nVersion: 0.1\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(ENTRY_POINTS, encoding="utf-8")
    sys.path.insert(0, str(where))


def main() -> None:
    where = Path(tempfile.mkdtemp())
    install_plugin(where)
    import aicoverage
    from aicoverage.adapters import find_adapters
    from aicoverage.exporters import available_exporters

    find_adapters.cache_clear()
    available_exporters.cache_clear()
    for name, text in MEMOS.items():
        (where / name).write_text(text, encoding="utf-8")
    articles = [aicoverage.load(where / name) for name in MEMOS]
    for art in articles:
        print(art.source.format, art.language, art.published, art.title, "|", art.body)
    comparison = aicoverage.compare(aicoverage.extract(a) for a in articles)
    aicoverage.export(comparison, where / "facts.md")
    print((where / "facts.md").read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
