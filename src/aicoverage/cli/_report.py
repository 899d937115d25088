"""What the command line says on standard error: progress, problems, the closing summary.

The progress bar (tqdm: small, no dependencies of its own, and it knows to stay out of the way
of other output) shows only when standard error is a terminal and ``--quiet`` is not given.
Problems are printed as they come, the first :data:`SHOWN` of them (``--verbose``: all), and
counted by kind in the summary line.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from typing import Any

from aicoverage.runs import Result

SHOWN = 5
"""Problems printed in full before the rest are only counted (unless ``--verbose``)."""


def say(message: str) -> None:
    """Print ``aicoverage: message`` on standard error (through the bar, if one is shown)."""
    text = f"aicoverage: {message}"
    try:
        from tqdm import tqdm

        tqdm.write(text, file=sys.stderr)
    except ImportError:
        print(text, file=sys.stderr)


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


SKIPPED = "OwnOutputError"
"""The error kind of an input that is one of aicoverage's own outputs: skipped, not failed."""


class Report:
    """Counts of a run and its progress bar."""

    def __init__(self, *, verbose: bool = False, quiet: bool = False) -> None:
        self.verbose, self.quiet = verbose, quiet
        self.started = time.perf_counter()
        self.articles = self.claims = self.quotes = 0
        self.errors: Counter[str] = Counter()
        self.twice = 0
        self.skipped = 0
        self.bar: Any = None

    def progress(self, total: int, what: str) -> None:
        """Start a progress bar over ``total`` steps (none when quiet or not on a terminal)."""
        self.close_bar()
        if self.quiet or not sys.stderr.isatty():
            return
        try:
            from tqdm import tqdm
        except ImportError:
            return
        tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked
        self.bar = tqdm(total=total, unit=what, file=sys.stderr, leave=False, dynamic_ncols=True)

    def step(self, done: int = 1, *, to: int | None = None) -> None:
        """Advance the bar by ``done`` (or to ``to``)."""
        if self.bar is not None:
            self.bar.update(done if to is None else to - self.bar.n)

    def close_bar(self) -> None:
        """Take the bar off the screen."""
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    def add(self, result: Result) -> None:
        """Count one result; print its problem if it is one worth showing."""
        if result.error is None:
            self.articles += 1
            self.claims += result.claims
            self.quotes += result.quotes
            return
        kind, path, reason = result.error
        if kind == SKIPPED:  # our own output in the folder: left alone on purpose, not a failure
            self.skipped += 1
            if self.verbose or self.skipped <= SHOWN:
                say(f"{path}: skipped: {reason}")
            return
        self.errors[kind] += 1
        if self.verbose or sum(self.errors.values()) <= SHOWN:
            say(f"{path}: {reason}")

    def read_twice(self, source: str, again: str) -> None:
        """Count an article met a second time (it is counted once); print the first few."""
        self.twice += 1
        if self.verbose or self.twice <= SHOWN:
            say(f"{source}: read twice (again from {again}); counted once")

    @property
    def failed(self) -> int:
        """Inputs not read."""
        return sum(self.errors.values())

    def finish(self) -> None:
        """The closing lines: problems not shown, then the counts and the time."""
        self.close_bar()
        hidden = self.failed - SHOWN
        if hidden > 0 and not self.verbose:
            say(f"... and {_plural(hidden, 'more problem')} not shown (-v lists them all)")
        if self.twice > SHOWN and not self.verbose:
            say(f"{_plural(self.twice, 'article')} read twice in all, each counted once")
        if self.articles == 0:
            say("no article was read")
        if self.quiet:
            return
        kinds = ", ".join(f"{n:,} {kind}" for kind, n in self.errors.most_common())
        errors = _plural(self.failed, "error") + (f" ({kinds})" if kinds else "")
        if self.skipped:
            errors += f", {self.skipped:,} of aicoverage's own outputs skipped"
        seconds = time.perf_counter() - self.started
        say(
            f"{_plural(self.articles, 'article')}, {errors}, {_plural(self.claims, 'claim')}, "
            f"{_plural(self.quotes, 'quote')} in {seconds:.1f} s"
        )
