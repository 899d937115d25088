"""The command line: parse arguments, call the API, print. No logic of its own.

aicoverage extract FILE_OR_DIR... --json
aicoverage compare FILE_OR_DIR... (--json | -o coverage.xlsx)
aicoverage explain FACT_ID COMPARISON_JSON
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from aicoverage.adapters import load_many
from aicoverage.compare import compare, explain_fact, parse_rate
from aicoverage.errors import AicoverageError
from aicoverage.exporters import export
from aicoverage.extract import extract
from aicoverage.model import Extraction, Rule
from aicoverage.serialize import dumps


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="aicoverage", description=__doc__.splitlines()[0] if __doc__ else None)
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="read articles and print what was extracted from each")
    ex.add_argument("paths", nargs="+", metavar="FILE_OR_DIR")
    ex.add_argument("--json", action="store_true", help="one JSON object per article per line (the default)")
    ex.add_argument("--format", help="read every file as this adapter's format instead of sniffing")
    cmp = sub.add_parser("compare", help="line up the same facts across articles")
    cmp.add_argument("paths", nargs="+", metavar="FILE_OR_DIR")
    cmp.add_argument("--json", action="store_true", help="print the facts as JSON")
    cmp.add_argument("-o", "--output", help="write the comparison here (format from the suffix)")
    cmp.add_argument("--to", dest="export_format", help="exporter to use (xlsx, json, csv, ...)")
    cmp.add_argument("--fact-sheet", help="TOML/JSON file of facts that come before automatic alignment")
    cmp.add_argument("--rate", action="append", default=[], help="exchange rate FROM:TO=RATE (EUR:USD=1.08)")
    why = sub.add_parser("explain", help="tell why a fact of a comparison JSON holds its claims")
    why.add_argument("fact_id", metavar="FACT_ID")
    why.add_argument("comparison", metavar="COMPARISON_JSON", help="what 'compare --json' wrote")
    return ap


def _extractions(paths: Sequence[str], *, format: str | None = None) -> tuple[list[Extraction], int]:
    out: list[Extraction] = []
    failed = 0
    for item in load_many(paths, format=format):
        if isinstance(item, AicoverageError):
            print(f"aicoverage: {item}", file=sys.stderr)
            failed += 1
            continue
        out.append(extract(item))
    return out, failed


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (1 when any file failed, 2 on usage errors)."""
    args = _parser().parse_args(argv)
    if args.command == "explain":
        try:
            print(explain_fact(args.comparison, args.fact_id))
        except AicoverageError as e:
            print(f"aicoverage: {e}", file=sys.stderr)
            return 1
        return 0
    try:
        extractions, failed = _extractions(args.paths, format=getattr(args, "format", None))
        if args.command == "extract":
            for item in extractions:
                print(dumps(item))
        else:
            rule = Rule(rates=tuple(parse_rate(r) for r in args.rate))
            comparison = compare(extractions, rule=rule, fact_sheet=args.fact_sheet)
            if args.output:
                export(comparison, args.output, format=args.export_format)
            if args.json or not args.output:
                print(dumps({"facts": comparison.facts}))
    except AicoverageError as e:
        print(f"aicoverage: {e}", file=sys.stderr)
        return 1
    return 1 if failed else 0
