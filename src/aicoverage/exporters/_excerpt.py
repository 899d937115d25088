"""A claim's sentence as a reader sees it: where extraction kept only a window of a long sentence
(:attr:`~aicoverage.model.Claim.sentence`), a word cut at either end is dropped and the cut is
marked with "…", so no excerpt starts or ends mid-word. The JSON and CSV output keep the window
as it is (its offsets index the article's text).

>>> text = "The board said the cost was $6 million over two years."
>>> excerpt(text[25:51], 25, text)
'… $6 million over two …'
>>> excerpt("成本约为560万美元", 3, "报道称成本约为560万美元。")
'…成本约为560万美元'
>>> excerpt("The board said.", 0, "The board said.")
'The board said.'
"""

from __future__ import annotations

ELLIPSIS = "…"
_SNAP = 30
"""Characters looked through for a space to cut at (scripts without spaces are cut where they are)."""


def excerpt(sentence: str, start: int, text: str | None) -> str:
    """``sentence`` (``text[start:start + len(sentence)]``) with its cut ends marked; as it is when
    ``text`` is unknown or does not hold it there."""
    end = start + len(sentence)
    if not sentence or text is None or text[start:end] != sentence:
        return sentence
    lo, hi = 0, len(sentence)
    head, tail = "", ""
    if _cut(text, start):
        space = sentence.find(" ", 0, _SNAP)
        lo, head = (space + 1, ELLIPSIS + " ") if space >= 0 else (0, ELLIPSIS)
    if _cut(text, end):
        space = sentence.rfind(" ", max(lo, len(sentence) - _SNAP))
        hi, tail = (space, " " + ELLIPSIS) if space >= lo else (hi, ELLIPSIS)
    kept = sentence[lo:hi].strip()
    return head + kept + tail if kept and (head or tail) else sentence


def _cut(text: str, at: int) -> bool:
    """True when ``at`` falls inside a word (or a run of CJK characters) of ``text``."""
    return 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum()
