"""WordPress REST posts, complete and truncated, and the salvage of cut-off JSON."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from aicoverage.adapters import load, load_text
from aicoverage.adapters._salvage import salvage_strings
from aicoverage.errors import FormatError
from tests.test_adapters import check_offsets

DATA = Path(__file__).parent / "data" / "adapters"


def test_full_post_maps_every_field() -> None:
    art = load(DATA / "wordpress.json")
    check_offsets(art)
    assert (art.source.format, art.source.derived) == ("wordpress", True)
    assert art.title == "DeepSeek — экспортные ограничения"
    assert art.published == dt.datetime(2025, 1, 30, 11, 52, 43)
    assert art.url == "https://blog.example.org/2025/01/deepseek-export-controls/"
    assert (art.author, art.outlet, art.language) == ("Иван Петров", "Example Blog", "ru")
    assert [s.title for s in art.sections] == ["Что дальше?"]
    assert [(a.reason, a.text) for a in art.set_aside][1] == ("caption", "Фото: Reuters")
    assert "50\u00a0тысяч" in art.body
    assert "Фото" not in art.body
    assert art.problems == ()


def test_truncated_post_is_salvaged_and_says_so() -> None:
    art = load(DATA / "wordpress_truncated.json")
    check_offsets(art)
    assert art.title == "DeepSeek — экспортные ограничения"
    assert art.body == "Дарио Амодеи опубликовал эссе о п"
    assert [p.code for p in art.problems] == ["truncated_json"]
    assert "title.rendered, content.rendered, date" in art.problems[0].message


def test_a_post_without_title_or_content_is_a_format_error() -> None:
    with pytest.raises(FormatError, match=r"without title\.rendered or content\.rendered"):
        load_text('{"title": {"rendered": ""}, "content": {"rendered": ""}}', format="wordpress")


def test_date_gmt_is_used_when_there_is_no_local_date() -> None:
    art = load_text(
        '{"date_gmt": "2025-01-30T08:52:43", "title": {"rendered": "T"}, "content": {"rendered": "x"}}'
    )
    assert art.published == dt.datetime(2025, 1, 30, 8, 52, 43, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "fields", "complete"),
    [
        ('{"a": "b"}', {"a": "b"}, True),
        ('{"a": {"b": "c"}, "d": ["e", {"f": "g"}]}', {"a.b": "c", "d": "e", "d.f": "g"}, True),
        ('{"a": "caf\\u00e9', {"a": "café"}, False),
        ('{"a": "x\\u00', {"a": "x"}, False),
        ('{"a": "x\\', {"a": "x"}, False),
        ('{"a": 1, "b": tr', {}, False),
        ("", {}, True),
    ],
)
def test_salvage_rows(text: str, fields: dict[str, str], complete: bool) -> None:
    assert salvage_strings(text) == (fields, complete)
