"""A match put together from parts answers as the regex match it stands for."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from aicoverage.quantities._partmatch import PartMatch


@given(st.text(alphabet="ab ", max_size=12))
def test_it_answers_as_the_regex_match(text: str) -> None:
    m = re.compile(r"(?P<x>a*)(?P<y>b+)?").match(text)
    assert m is not None
    p = PartMatch.of(m)
    assert (p.start(), p.end(), p.group()) == (m.start(), m.end(), m.group())
    for name in ("x", "y"):
        assert (p.group(name), p.start(name), p.end(name)) == (m.group(name), m.start(name), m.end(name))
    assert p.groupdict() == {k: v for k, v in m.groupdict().items() if v is not None}


def test_more_groups_widen_it() -> None:
    m = re.compile("to").match("5 to USD", 2)
    assert m is not None
    p = PartMatch.of(m, cur=(5, 8))
    assert (p.group(), p.group("cur"), p.group("pct"), p.start("pct")) == ("to USD", "USD", None, -1)
