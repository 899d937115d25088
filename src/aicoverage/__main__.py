"""``python -m aicoverage``: the command line."""

from aicoverage.cli import main

raise SystemExit(main())
