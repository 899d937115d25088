"""The Unicode script classes, defined once: bodies of regex character classes (``f"[{KANA}]"``).

Every module that asks "is this a letter of an alphabet, a kana, a Han character, an invisible
format character?" takes the answer from here, so that the classes agree everywhere.

>>> import re
>>> [bool(re.fullmatch(f"[{c}]", ch)) for c, ch in ((ALPHABETIC, "ж"), (KANA, "カ"), (HAN, "亿"))]
[True, True, True]
>>> bool(re.fullmatch(f"[{FORMAT}]", "\\u200b"))
True
"""

from __future__ import annotations

import re

ALPHABETIC = "A-Za-zÀ-ɏͰ-ϿЀ-ԯ"
"""Letters of the scripts written with spaces between words (Latin, Greek, Cyrillic)."""

ALPHABETIC_LETTER = f"(?-i:[{ALPHABETIC}])"
"""One such letter, as a pattern that case-insensitive patterns compile as it stands (the class holds
both cases already; a case-insensitive class costs the compiler the case variants of every letter,
each time it is compiled)."""

_ALPHABETIC = re.compile(f"[{ALPHABETIC}]")
LETTERS = frozenset(chr(c) for c in range(0x0530) if _ALPHABETIC.match(chr(c)))
"""The letters of :data:`ALPHABETIC`, for lookups one character at a time."""
_ALPHABET = sorted(LETTERS)
CAPITAL_LETTER = "(?-i:[" + "".join(c for c in _ALPHABET if c.isupper()) + "])"
"""One capital letter of those scripts ("a German noun's first letter"), case-sensitive."""
LOWERCASE_LETTER = "(?-i:[" + "".join(c for c in _ALPHABET if c.islower()) + "])"
"""One lowercase letter of those scripts, case-sensitive."""

HIRAGANA = "\u3041-\u309f"
KATAKANA = "\u30a0-\u30ff"
KANA = "\u3040-\u30ff"
"""Hiragana and katakana (with the prolonged sound mark and the middle dot)."""

HAN = "\u3400-\u9fff\uf900-\ufaff"
"""Han characters: CJK unified ideographs (extension A and the basic block) and compatibility ones."""

HANGUL = "\uac00-\ud7af"

CYRILLIC = "\u0400-\u04ff"
"""The basic Cyrillic block."""

UNSPACED = f"{KANA}{HAN}{HANGUL}"
"""Scripts written without spaces between words: a table word in them matches anywhere."""

CURRENCY_SIGN = (
    "$\u00a2-\u00a5\u058f\u060b\u07fe\u07ff\u09f2\u09f3\u09fb\u0af1\u0bf9\u0e3f\u17db"
    "\u20a0-\u20c0\ua838\ufdfc\ufe69\uff04\uffe0\uffe1\uffe5\uffe6"
)
"""The currency signs of the first 65,536 code points (Unicode category Sc): "$", "€", "₹", "₦"..."""

FORMAT_BMP = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
)
FORMAT_ASTRAL = (
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
)
FORMAT = FORMAT_BMP + FORMAT_ASTRAL
"""Invisible format characters (Unicode category Cf, soft hyphen included): zero-width space,
word joiner, direction marks, byte-order mark. Inside a number they are transparent. (Searched
for in two parts, the first 65,536 code points and the rest: a class with both is ten times slower.)"""
