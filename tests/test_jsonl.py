"""JSON Lines (and JSON arrays) of article records: one article per record."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from aicoverage.adapters import load_many, load_text
from aicoverage.errors import FormatError
from aicoverage.model import Article
from tests.test_adapters import check_offsets

DATA = Path(__file__).parent / "data" / "adapters"


def test_records_map_their_fields_and_paths_carry_the_line_number() -> None:
    items = list(load_many([DATA / "records.jsonl"]))
    arts = [x for x in items if isinstance(x, Article)]
    for art in arts:
        check_offsets(art)
    assert [a.source.path.rsplit("/", 1)[-1] for a in arts] == [
        "records.jsonl#1",
        "records.jsonl#2",
        "records.jsonl#4",
    ]
    assert [a.language for a in arts] == ["en", "es", "zh"]
    assert arts[0].published == dt.date(2025, 1, 27)
    assert arts[0].url == "https://example.com/a"
    assert arts[1].published == dt.datetime(2025, 1, 27, 18, tzinfo=dt.UTC)
    assert (arts[2].title, arts[2].author, arts[2].body) == (
        "深度求索",
        "张三",
        "英伟达股价周一下跌17%。\n\n市值蒸发近6000亿美元。",
    )


def test_a_source_url_is_not_an_outlet() -> None:
    assert load_text('{"body": "Text of it.", "source": "https://e.com/x"}').outlet is None
    assert load_text('{"body": "Text of it.", "source": {"name": "Reuters"}}').outlet == "Reuters"


def test_a_json_array_of_records() -> None:
    art = load_text('[{"title": "T", "text": "One sentence of text."}]')
    assert (art.source.path, art.title, art.body) == ("<text>#1", "T", "One sentence of text.")


def test_records_without_text_or_not_objects_are_errors_for_that_record() -> None:
    items = list(load_many([DATA / "records.jsonl"], format="jsonl"))
    assert isinstance(items[2], FormatError)
    text = '{"body": "Fine record text."}\n{"url": "https://e.com/a"}\n[1, 2]\n'
    from aicoverage.adapters import jsonl
    from aicoverage.model import Source

    out = list(jsonl.read(text, Source("r.jsonl", "jsonl")))
    assert isinstance(out[0], Article)
    assert str(out[1]).startswith("r.jsonl#2: the record has no text field (body, text, content,")
    assert str(out[2]) == "r.jsonl#3: a record must be an object, not list"


def test_a_record_with_only_a_title_is_read_as_its_title_with_a_problem() -> None:
    from aicoverage.adapters import jsonl
    from aicoverage.model import Source

    (art,) = jsonl.read('{"title": "Nvidia loses 17% in a day"}\n', Source("r.jsonl", "jsonl"))
    assert isinstance(art, Article)
    assert (art.body, [p.code for p in art.problems]) == ("Nvidia loses 17% in a day", ["no_text"])


def test_a_title_repeated_as_the_first_body_line_is_set_aside() -> None:
    art = load_text('{"title": "Big news", "body": "Big news\\n\\nThe story itself, a sentence."}')
    assert art.body == "The story itself, a sentence."
    assert [a.reason for a in art.set_aside] == ["title"]
