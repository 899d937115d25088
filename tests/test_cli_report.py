"""What the command line says on stderr: the progress bar only on a terminal, counts, problems."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from aicoverage.cli._report import SHOWN, Report
from aicoverage.runs import Result


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("tty", "quiet", "shown"), [(True, False, True), (True, True, False), (False, False, False)]
)
def test_the_bar_shows_only_on_a_terminal_and_not_when_quiet(
    monkeypatch: pytest.MonkeyPatch, tty: bool, quiet: bool, shown: bool
) -> None:
    err = Terminal() if tty else io.StringIO()
    monkeypatch.setattr("sys.stderr", err)
    report = Report(quiet=quiet)
    report.progress(10, "file")
    assert (report.bar is not None) is shown
    report.step(3)
    if shown:
        assert report.bar.n == 3
        assert "0/10" in err.getvalue()
    report.finish()
    assert report.bar is None


def test_counts_and_the_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    err = io.StringIO()
    monkeypatch.setattr("sys.stderr", err)
    report = Report()
    report.add(Result(claims=3, quotes=1))
    for n in range(SHOWN + 2):
        report.add(Result(error=("DecodeError" if n % 2 else "EmptySourceError", f"f{n}", "bad")))
    report.finish()
    lines = err.getvalue().splitlines()
    assert lines[:SHOWN] == [f"aicoverage: f{n}: bad" for n in range(SHOWN)]
    assert lines[SHOWN] == "aicoverage: ... and 2 more problems not shown (-v lists them all)"
    assert lines[-1].startswith(
        "aicoverage: 1 article, 7 errors (4 EmptySourceError, 3 DecodeError), 3 claims, 1 quote in "
    )
    assert report.failed == 7


def test_verbose_lists_the_articles_notes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from aicoverage.cli import main

    (tmp_path / "a.md").write_text("---\ntitle: x\n\nNvidia sold 5 million chips.\n", "utf-8")
    assert main(["extract", str(tmp_path), "-j", "1"]) == 0
    assert "note:" not in capsys.readouterr().err
    assert main(["extract", str(tmp_path), "-v", "-j", "1"]) == 0
    assert f"aicoverage: {tmp_path / 'a.md'}: note: front_matter_unclosed: " in capsys.readouterr().err


def test_articles_read_twice_are_counted_once_and_summarised(monkeypatch: pytest.MonkeyPatch) -> None:
    err = io.StringIO()
    monkeypatch.setattr("sys.stderr", err)
    report = Report(quiet=True)
    for n in range(SHOWN + 3):
        report.read_twice(f"a{n}.txt", "corpus.jsonl")
    report.add(Result())
    report.finish()
    lines = err.getvalue().splitlines()
    assert lines[0] == "aicoverage: a0.txt: read twice (again from corpus.jsonl); counted once"
    assert lines[-1] == f"aicoverage: {SHOWN + 3} articles read twice in all, each counted once"
    assert len(lines) == SHOWN + 1


def test_our_own_outputs_are_skipped_not_failed(monkeypatch: pytest.MonkeyPatch) -> None:
    err = io.StringIO()
    monkeypatch.setattr("sys.stderr", err)
    report = Report()
    report.add(Result(claims=1))
    report.add(Result(error=("OwnOutputError", "coverage.json", "aicoverage's own comparison JSON")))
    report.finish()
    assert report.failed == 0
    assert report.skipped == 1
    assert "coverage.json: skipped" in err.getvalue()
    assert "1 of aicoverage's own outputs skipped" in err.getvalue()


def test_a_second_compare_into_the_same_folder_exits_zero(tmp_path: Path) -> None:
    from aicoverage.cli import main

    (tmp_path / "a.txt").write_text("Nvidia sold 5 million chips in 2024.", "utf-8")
    assert main(["compare", str(tmp_path), "-o", str(tmp_path / "coverage.json"), "-q", "-j", "1"]) == 0
    assert main(["compare", str(tmp_path), "-o", str(tmp_path / "coverage.json"), "-q", "-j", "1"]) == 0
