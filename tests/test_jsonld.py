"""JSON-LD fields: lenient parsing, bounded walks, salvage of broken or endless blocks."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aicoverage.adapters._jsonld import read_jsonld


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (
            '{"headline": "H", "datePublished": "2025-01-02"}',
            {"headline": "H", "datePublished": "2025-01-02"},
        ),
        ('{"keywords": ["a", "b", ], "headline": "Trailing comma"}', {"headline": "Trailing comma"}),
        ('{"headline": "Raw\nnewline"}', {"headline": "Raw\nnewline"}),
        ('<!--{"headline": "In a comment"}-->', {"headline": "In a comment"}),
        (
            '{"@graph": [{"@type": "WebPage"}, {"headline": "G", "author": {"name": "A"}}]}',
            {"headline": "G", "author": "A"},
        ),
        (
            '{"mainEntity": {"headline": "Nested", "publisher": [{"name": "P"}]}}',
            {"headline": "Nested", "publisher": "P"},
        ),
        (
            '{"headline": "Broken", "datePublished": "2019-11-19" oops',
            {"headline": "Broken", "datePublished": "2019-11-19"},
        ),
        ('{"headline": "Esc\\u00e9", "x": }', {"headline": "Escé"}),
        ("not json at all", {}),
    ],
)
def test_jsonld_rows(block: str, expected: dict[str, str]) -> None:
    assert read_jsonld([block]) == expected


def test_a_block_nested_past_any_limit_keeps_its_flat_fields() -> None:
    deep = '{"headline": "Deep", "datePublished": "2020-02-02", "x": ' + "[" * 200_000 + "]" * 200_000 + "}"
    assert read_jsonld([deep]) == {"headline": "Deep", "datePublished": "2020-02-02"}


def test_an_article_below_the_depth_limit_is_not_searched_for() -> None:
    block = {"a": {"b": {"c": {"d": {"e": {"f": {"g": {"headline": "Too deep"}}}}}}}}
    assert read_jsonld([json.dumps(block)]) == {}


@settings(max_examples=200, deadline=None)
@given(
    st.recursive(
        st.none() | st.text(max_size=5) | st.integers(),
        lambda c: st.lists(c) | st.dictionaries(st.text(max_size=10), c),
        max_leaves=30,
    )
)
def test_any_json_value_gives_string_fields(value: object) -> None:
    out = read_jsonld([json.dumps(value)])
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in out.items())
