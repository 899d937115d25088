"""What can be read from JSON that is cut off: the string values it holds, by dotted key path.

A tokenizer walks the text (one compiled pattern, one step per token), keeps the path of object
keys it is in, and records every string value up to the cut, the last one possibly unterminated.
Array elements add no path segment; the first value of a path wins.

>>> fields, complete = salvage_strings('{"title": {"rendered": "Hi"}, "content": {"rendered": "<p>Half a sen')
>>> fields["title.rendered"], fields["content.rendered"], complete
('Hi', '<p>Half a sen', False)
"""

from __future__ import annotations

import json
import re

_TOKEN = re.compile(
    r"""\s*(?:(?P<string>"[^"\\]*(?:\\.[^"\\]*)*")|(?P<open_string>"[^"\\]*(?:\\.[^"\\]*)*\\?\Z)"""
    r"""|(?P<punct>[{}\[\]:,])"""
    r"""|(?P<atom>-?\d[\d.eE+\-]*|true|false|null))""",
    re.S,
)


def salvage_strings(text: str) -> tuple[dict[str, str], bool]:
    """``(string values by key path, whether the JSON was complete)``."""
    fields: dict[str, str] = {}
    # Each frame: [kind, path, pending key, expecting a key].
    stack: list[list[object]] = []
    pos = 0
    key: str | None = None
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None or m.end() == pos:
            break
        pos = m.end()
        frame = stack[-1] if stack else None
        in_object = frame is not None and frame[0] == "obj"
        path = str(frame[1]) if frame else ""
        if m["string"] is not None or m["open_string"] is not None:
            value = _decode(m["string"] or m["open_string"])
            if in_object and frame is not None and frame[3]:
                key, frame[3] = value, False
            elif value is not None:
                fields.setdefault(_join(path, key if in_object else None), value)
        elif m["punct"] in ("{", "["):
            child = _join(path, key if in_object else None)
            stack.append(["obj" if m["punct"] == "{" else "arr", child, None, m["punct"] == "{"])
            key = None
        elif m["punct"] in ("}", "]"):
            if stack:
                stack.pop()
            key = None
        elif m["punct"] == "," and in_object and frame is not None:
            frame[3] = True
    complete = not stack and not text[pos:].strip()
    return fields, complete


def _join(path: str, key: str | None) -> str:
    if key is None:
        return path
    return f"{path}.{key}" if path else key


def _decode(literal: str | None) -> str | None:
    """A JSON string literal's value; an unterminated one is closed (a cut escape dropped)."""
    if literal is None:
        return None
    if len(literal) >= 2 and literal.endswith('"') and not literal.endswith('\\"'):
        candidates = [literal]
    else:
        body = literal.rstrip("\\")
        candidates = [body[: len(body) - cut] + '"' for cut in range(0, 6)]
    for candidate in candidates:
        try:
            value = json.loads(candidate)
        except ValueError:
            continue
        return value if isinstance(value, str) else None
    return None
