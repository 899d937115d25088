"""The command line's arguments: what each subcommand takes, in words for users."""

from __future__ import annotations

import argparse

DESCRIPTION = """\
Compare how one AI story is covered across outlets and languages: read articles (text, HTML,
JSON Lines, WordPress JSON, Markdown with front matter), extract their numeric claims and quotes,
and line up the same facts across sources."""

EXTRACT = """\
Read articles and print what was extracted from each: one JSON object per article per line
(JSON Lines), in the order given, while the files are still being read. Save it and give it to
'aicoverage compare' later instead of the articles.

examples:
  aicoverage extract article.html
  aicoverage extract corpus/ --jobs 2 > corpus.jsonl
  aicoverage extract corpus/ --cache .aicoverage-cache > corpus.jsonl"""

COMPARE = """\
Line up the same facts across articles and say whether the sources agree. Inputs are articles
or the JSON Lines that 'aicoverage extract' wrote (plain or .gz). Writes a workbook or table
(-o coverage.xlsx, .json, .csv, .parquet, .duckdb) or prints the facts as JSON.

examples:
  aicoverage compare a.txt b.html c.json -o coverage.xlsx
  aicoverage compare corpus.jsonl -o coverage.parquet
  aicoverage compare corpus/ --json --rate EUR:USD=1.08"""

EXPLAIN = """\
Tell why a fact holds its claims: the signals that joined each claim (holder, measure, subject,
topics, neighbouring values) and the near neighbours a guard kept out. Reads what
'aicoverage compare --json' (or -o coverage.json) wrote.

examples:
  aicoverage compare corpus/ --json > facts.json
  aicoverage explain fact-012 facts.json"""


def _jobs(text: str) -> int:
    try:
        jobs = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of processes: {text!r}") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {jobs}")
    return jobs


def _common() -> argparse.ArgumentParser:
    """Options every subcommand takes."""
    ap = argparse.ArgumentParser(add_help=False)
    reading = ap.add_argument_group("reading")
    reading.add_argument(
        "--format", metavar="NAME", help="read every file as this format, not the one its content suggests"
    )
    reading.add_argument(
        "--map",
        metavar="FIELD=KEY,...",
        help="where JSON records keep each field, e.g. published=publishedAt,text=content",
    )
    run = ap.add_argument_group("running")
    run.add_argument(
        "-j", "--jobs", type=_jobs, metavar="N", help="worker processes (default: every core of this machine)"
    )
    run.add_argument(
        "--cache",
        metavar="DIR",
        help="keep each file's extraction here; a re-run reads only new or changed ones",
    )
    run.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on a dask.distributed cluster (tcp://host:8786); needs aicoverage[dask]",
    )
    talk = ap.add_argument_group("messages")
    loud = talk.add_mutually_exclusive_group()
    loud.add_argument("-v", "--verbose", action="store_true", help="list every problem, not the first few")
    loud.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no closing summary")
    return ap


def build_parser(version: str) -> argparse.ArgumentParser:
    """The ``aicoverage`` argument parser with its ``extract``, ``compare`` and ``explain`` subcommands."""
    ap = argparse.ArgumentParser(
        prog="aicoverage", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--version", action="version", version=f"aicoverage {version}")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")
    common = _common()
    raw = argparse.RawDescriptionHelpFormatter
    ex = sub.add_parser(
        "extract", parents=[common], help="print what was extracted from each article", description=EXTRACT
    )
    ex.formatter_class = raw
    ex.add_argument("paths", nargs="+", metavar="FILE_OR_DIR", help="articles, or folders of them")
    ex.add_argument("--json", action="store_true", help="JSON Lines on standard output (the default)")
    cmp = sub.add_parser(
        "compare", parents=[common], help="line up the same facts across articles", description=COMPARE
    )
    cmp.formatter_class = raw
    cmp.add_argument(
        "paths", nargs="+", metavar="FILE_OR_DIR", help="articles, folders, or extract's JSON Lines"
    )
    out = cmp.add_argument_group("output")
    out.add_argument(
        "-o", "--output", metavar="FILE", help="write the comparison here (format from its suffix)"
    )
    out.add_argument(
        "--to", dest="export_format", metavar="FORMAT", help="output format (xlsx, json, csv...)"
    )
    out.add_argument("--json", action="store_true", help="print the facts as JSON (the default without -o)")
    rules = cmp.add_argument_group("matching")
    rules.add_argument(
        "--fact-sheet", metavar="FILE", help="TOML/JSON file of facts that come before automatic alignment"
    )
    rules.add_argument(
        "--rate", action="append", default=[], metavar="FROM:TO=RATE", help="exchange rate, e.g. EUR:USD=1.08"
    )
    why = sub.add_parser("explain", help="tell why a fact holds its claims", description=EXPLAIN)
    why.formatter_class = raw
    why.add_argument("fact_id", metavar="FACT_ID", help="the fact's id, as in the comparison")
    why.add_argument("comparison", metavar="COMPARISON_JSON", help="what 'compare --json' wrote")
    return ap
