"""The command line's extract side: JSON Lines in input order, messages on stderr, exit status."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import aicoverage.cli
import aicoverage.runs.work
from aicoverage.cli import main
from tests.conftest import SEEDS

DATA = Path(__file__).parent / "data" / "adapters"
ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "aicoverage", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=ROOT,
    )


def test_extract_prints_one_json_object_per_article(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEEDS), "--json", "-j", "1"]) == 0
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 5
    first = records[0]
    for key in ("source", "language", "published", "title", "url", "outlet", "author", "body", "comments"):
        assert key in first
    assert first["source"]["path"].endswith("000_e63b7c2e4d28263f.txt")
    assert first["published"] == "2025-01-30T11:52:43"
    assert len(records[4]["comments"]) == 48
    [summary] = err.splitlines()
    assert summary.startswith("aicoverage: 5 articles, 0 errors, ")
    assert summary.endswith(" s")


def test_a_bad_file_is_one_line_on_stderr_and_the_others_come_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "ok.txt").write_text("The chip ban was loosened on Monday.", "utf-8")
    assert main(["extract", str(tmp_path), "--json", "-q"]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1
    assert json.loads(out)["body"] == "The chip ban was loosened on Monday."
    assert err.splitlines() == [f"aicoverage: {tmp_path / 'empty.txt'}: the file holds no text"]


def test_problems_are_summarised_by_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for n in range(8):
        (tmp_path / f"e{n}.txt").write_bytes(b"")
    (tmp_path / "ok.txt").write_text("Nvidia sold 5 million chips.", "utf-8")
    assert main(["extract", str(tmp_path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len([line for line in err if "holds no text" in line]) == 5
    assert "aicoverage: ... and 3 more problems not shown (-v lists them all)" in err
    assert err[-1].startswith("aicoverage: 1 article, 8 errors (8 EmptySourceError), 1 claim, 0 quotes in ")
    assert main(["extract", str(tmp_path), "-v"]) == 1
    assert len([line for line in capsys.readouterr().err.splitlines() if "holds no text" in line]) == 8


def test_no_article_read_is_a_failure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(tmp_path)]) == 1
    assert "aicoverage: no article was read" in capsys.readouterr().err
    assert main(["compare", str(tmp_path), "-q"]) == 1
    assert capsys.readouterr().err == "aicoverage: no article was read\n"


def test_a_bad_format_is_reported_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text("text", "utf-8")
    assert main(["extract", str(tmp_path), "--format", "nonsense"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("nonsense") == 1
    assert err.startswith("aicoverage: error: --format 'nonsense': no such format; known: ")


def test_format_option_forces_the_adapter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "page.txt"
    path.write_text("<p>Looks like markup but read as text.</p>", "utf-8")
    assert main(["extract", str(path), "--format", "text"]) == 0
    assert json.loads(capsys.readouterr().out)["source"]["format"] == "text"


def test_version_and_help_speak_to_users(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.startswith("aicoverage ")
    for command in ("extract", "compare"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        text = capsys.readouterr().out
        assert "examples:" in text
        assert "--jobs" in text
        assert "No logic of its own" not in text
        assert ":func:" not in text


def test_jobs_give_the_same_lines_in_the_same_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for n, seed in enumerate(sorted(SEEDS.iterdir()) * 2):
        (tmp_path / f"{n:02d}_{seed.name}").write_bytes(seed.read_bytes())
    (tmp_path / "bad.txt").write_bytes(b"")
    assert main(["extract", str(tmp_path), "-j", "1", "-q"]) == 1
    one = capsys.readouterr()
    assert main(["extract", str(tmp_path), "-j", "2", "-q"]) == 1
    two = capsys.readouterr()
    assert one.out == two.out
    assert one.err == two.err
    assert len(one.out.splitlines()) == 10


def test_the_cache_replays_unchanged_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, cache = tmp_path / "corpus", tmp_path / "cache"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Nvidia sold 5 million chips.", "utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    assert main(["extract", str(corpus), "--cache", str(cache), "-j", "1", "-q"]) == 1
    first = capsys.readouterr()
    assert len(list(cache.rglob("*.jsonl"))) == 2

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("extracted again")

    monkeypatch.setattr(aicoverage.runs.work, "extract", refuse)
    assert main(["extract", str(corpus), "--cache", str(cache), "-j", "1", "-q"]) == 1
    assert capsys.readouterr() == first
    moved = tmp_path / "moved"
    corpus.rename(moved)
    assert main(["extract", str(moved), "--cache", str(cache), "-j", "1", "-q"]) == 1
    again = capsys.readouterr()
    assert json.loads(again.out)["source"]["path"] == str(moved / "a.txt")
    assert str(moved / "empty.txt") in again.err
    (moved / "a.txt").write_text("Nvidia sold 6 million chips.", "utf-8")
    with pytest.raises(AssertionError, match="extracted again"):
        main(["extract", str(moved), "--cache", str(cache), "-j", "1", "-q"])


def test_a_cache_replay_parses_only_the_counts_not_the_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, cache = tmp_path / "corpus", tmp_path / "cache"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Nvidia sold 5 million chips. " * 40, "utf-8")
    assert main(["extract", str(corpus), "--cache", str(cache), "-j", "1"]) == 0
    first = capsys.readouterr()
    parsed: list[int] = []
    real = json.loads

    def loads(text: str | bytes, **kwargs: object) -> object:
        parsed.append(len(text))
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(aicoverage.runs.work.json, "loads", loads)
    assert main(["extract", str(corpus), "--cache", str(cache), "-j", "1"]) == 0
    again = capsys.readouterr()
    assert again.out == first.out
    assert again.err.splitlines()[-1].split(" in ")[0] == first.err.splitlines()[-1].split(" in ")[0]
    assert parsed
    assert max(parsed) < len(first.out) // 4  # the counts, never the whole record


def test_map_passes_a_field_map_to_load_many(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[object] = []
    real = aicoverage.runs.work.load_many

    def load_many(paths: object, *, format: object = None, field_map: object = None) -> object:
        seen.append(field_map)
        return real(paths, format=format)  # type: ignore[arg-type]

    monkeypatch.setattr(aicoverage.runs.work, "load_many", load_many)
    (tmp_path / "a.txt").write_text("Nvidia sold 5 million chips.", "utf-8")
    assert main(["extract", str(tmp_path), "-j", "1", "--map", "published=publishedAt, text=content"]) == 0
    assert seen == [{"published": ["publishedAt"], "text": ["content"]}]
    assert main(["extract", str(tmp_path), "-j", "1", "--map", "published"]) == 2
    err = capsys.readouterr().err
    assert "--map 'published':" in err
    assert "write FIELD=KEY pairs" in err


def test_lone_surrogates_are_escaped_on_stdout(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl"
    good = '{"title": "ok", "text": "Nvidia sold 5 million chips."}'
    path.write_text(
        good + '\n{"title": "x", "text": "Nvidia sold 6 million chips \\ud83d today."}\n', "utf-8"
    )
    done = run_cli("extract", str(path), "-q")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 2
    assert "\ud83d" in json.loads(lines[1])["body"]
    done = run_cli("compare", str(path), "--json", "-q")
    assert done.returncode == 0, done.stderr
    facts = json.loads(done.stdout)["facts"]
    assert sum(len(f["claims"]) for f in facts) == 2


def test_piping_into_head_exits_quietly(tmp_path: Path) -> None:
    for n in range(30):
        (tmp_path / f"{n}.txt").write_text(f"Nvidia sold {n + 1} million chips. " * 50, "utf-8")
    cmd = [sys.executable, "-m", "aicoverage", "extract", str(tmp_path), "-j", "2"]
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT) as proc:
        assert proc.stdout is not None
        assert proc.stderr is not None
        proc.stdout.readline()
        proc.stdout.close()
        err = proc.stderr.read().decode()
        code = proc.wait(timeout=120)
    assert "Traceback" not in err
    assert code == 141


def test_python_dash_m_runs_the_same_command() -> None:
    done = run_cli("extract", str(DATA / "records.jsonl"), "--json")
    assert done.returncode == 1
    assert len(done.stdout.splitlines()) == 3
    assert "records.jsonl#3: not a JSON object: Expecting value: line 1 column 1 (char 0)" in done.stderr
