"""The last words of a word list: a quick, exact test that none of the list ends at a position.

Most numerals have nothing of interest before them ("o futuro 5", "统一"), yet telling that takes
every pattern of :meth:`~._readings.Lexicon.read_before`, a currency lookup among a thousand words
first. One word of the text settles it: a phrase read backwards from the number starts with its own
last word, so when the word before the number is the last word of no phrase, nothing is read there.

A word's last word is its last run of letters of the alphabets ("dollars" of "us dollars", "fach"
of "x-fach"), a stem's with its ``*``; a word ending in anything else ("R$", "约", "approx.")
gives its last character. Read through the same guarded pattern as the phrases (the word's guard
on its end side is the last word's), every match of a phrase at a position is a match of its last
word there: the test never says "nothing" where a phrase stands.

>>> last_words(["us dollars", "R$", "x-fach", "приближа* к", "cost*", "约"])
['dollars', '$', 'fach', 'к', 'cost*', '约']
"""

from __future__ import annotations

from collections.abc import Iterable

from aicoverage.quantities._wordset import is_letter


def last_word(word: str) -> str:
    """The last word of one phrase (see the module's docstring); ``*`` kept on a stem."""
    word = " ".join(word.split())
    stem = word.endswith("*")
    body = word[:-1] if stem else word
    start = len(body)
    while start > 0 and is_letter(body[start - 1]):
        start -= 1
    last = body[-1:] if start == len(body) else body[start:]
    return last + "*" if stem else last


def last_words(words: Iterable[str]) -> list[str]:
    """The distinct last words of ``words``, in their first order (empty words left out)."""
    return [w for w in dict.fromkeys(map(last_word, words)) if w.strip("*")]
