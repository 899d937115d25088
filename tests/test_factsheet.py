"""compare.factsheet: the user's fact sheet and the errors a bad one gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from aicoverage.compare.factsheet import load_fact_sheet, parse_fact_sheet
from aicoverage.errors import DataTableError


def test_keywords_per_language_or_for_any() -> None:
    (spec,) = parse_fact_sheet('[[fact]]\nid = "a"\nlabel = "A"\nkeywords = ["cost"]\n', path="f.toml")
    assert spec.words("fr") == ("cost",)


@pytest.mark.parametrize(
    ("text", "path", "message"),
    [
        # bugs caught (issue 13/15): a string silently became single letters
        ('[[fact]]\nid = "a"\nlabel = "A"\nkeywords = {en = "training"}\n', "f.toml", "list of words"),
        ('[[fact]]\nid = "a"\nlabel = "A"\nkeywords = {en = [1, 2]}\n', "f.toml", "list of words"),
        ("[" * 100_000, "f.json", "nested too deeply"),
        (
            '{"fact": [{"id": "a", "label": "A", "subject": ' + "[" * 5000 + "]" * 5000 + "}]}",
            "f.json",
            "f.json",
        ),
    ],
)
def test_bad_fact_sheets_name_the_file(text: str, path: str, message: str) -> None:
    with pytest.raises(DataTableError, match=message) as err:
        parse_fact_sheet(text, path=path)
    assert path in str(err.value)


def test_a_fact_sheet_that_is_not_utf8_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "facts.toml"
    path.write_bytes('[[fact]]\nid = "a"\nlabel = "Coût"\n'.encode("latin-1"))
    with pytest.raises(DataTableError, match="UTF-8") as err:
        load_fact_sheet(path)
    assert str(path) in str(err.value)
