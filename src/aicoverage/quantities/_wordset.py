"""Which table words start at a position, found by lookup rather than by a compiled pattern.

A language's currency words are over a thousand (every CLDR name, plural form and symbol, its own
and English's). As a regex alternation they cost tens of milliseconds to compile, several times per
language, and the first call of the day paid for it. A :class:`WordSet` answers the same question
(which of these words stand at ``pos``?) from a set of prefixes, one step per character, and costs a
few milliseconds to build.

It reads words as :func:`aicoverage.quantities._lexicon._guarded` patterns do: case does not
matter, except in ISO codes (capitals only); a space in a word stands for any run of whitespace; a
word that starts (ends) with a letter of an alphabet never continues one on that side; a ``*`` at
the end stands for any further letters (a stem: ``dollar*``). The matches come in the order such a
pattern tries them, so a reading built on them is the one the pattern would give.

>>> ws = WordSet.of(["dollar", "dollars", "us$", "dollar*"], codes=["USD"])
>>> text = "5 dollars or 6 USD, 7 usd"
>>> ws.ends(text, 2), ws.ends(text, 15), ws.ends(text, 22)
([9], [18], [])
>>> WordSet.of(["uae dirham"]).ends("7 UAE\\u00a0 dirhams", 2)
[]
>>> WordSet.of(["uae dirham"]).ends("7 UAE\\u00a0 dirham.", 2)
[13]
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from attrs import Factory, field, frozen

from aicoverage._scripts import ALPHABETIC, ALPHABETIC_LETTER, LETTERS
from aicoverage._wordtrie import trie_pattern

_PREFIX = 6
"""Beginnings of words kept for the lookups to stop early (more costs more to build than it saves)."""
_LAST = "\U0010ffff"
"""Sorts after every character: a word's end is tried after the longer words it begins."""
_STEM = "\U0010fffe"
"""Sorts after every character but :data:`_LAST`: a stem's letters are tried after the longer words
that continue the stem, as :func:`aicoverage._wordtrie.trie_pattern` tries them."""


is_letter = LETTERS.__contains__
"""Whether a character is a letter of an alphabet (``ALPHABETIC``)."""


def _fold_char(ch: str) -> str:
    """A character's lookup key: its lower case, unless that is longer ("İ" stays)."""
    lower = ch.lower()
    return lower if len(lower) == 1 else ch


def _fold(word: str) -> str:
    """One lookup key per character, so that ``text[i]`` maps to ``key[i]``."""
    lower = word.lower()
    return lower if len(lower) == len(word) else "".join(map(_fold_char, word))


def _stem_letter(ch: str) -> bool:
    """A character of ``[^\\W\\d_]``, what a stem's ``*`` stands for."""
    return ch.isalnum() and not ch.isdecimal()


def _branch(word: str) -> int:
    """The order in which a guarded pattern tries the word's kind (1-4): it groups words by whether
    they start and end with a letter, as written (read backwards too)."""
    return 2 * (not is_letter(word[:1])) + (not is_letter(word[-1:])) + 1


def _code_sizes(words: WordSet) -> tuple[int, ...]:
    return tuple(sorted({len(c) for c in words.codes}, reverse=True))


def _heads(words: WordSet) -> frozenset[str]:
    """The first two characters of every word and forward stem, or the whole when shorter."""
    stems = () if words.backwards else words.stems
    return frozenset(w[:2] for w in (*words.words, *stems))


def _initials(words: WordSet) -> frozenset[str]:
    """The first character of every head: a lookup turned down on one character."""
    return frozenset(h[:1] for h in words.heads)


def _code_initials(words: WordSet) -> frozenset[str]:
    return frozenset(c[:1] for c in words.codes)


_STEM_RUN = re.compile(r"[^\W\d_]*")
"""What a stem's ``*`` stands for, as the stem patterns read it."""
_ALPHABETIC_RUN = re.compile(f"[{ALPHABETIC}]*")


def _stem_initial(words: WordSet) -> re.Pattern[str] | None:
    """Read backwards, the first letters of the stems (the last character a stem match reads), as the
    stem patterns compare them (case-insensitively); None when a stem holds a character that is no
    letter, so that a match might reach past the letters (no shortcut then)."""
    if not words.backwards or not words.stems:
        return None
    if not all(_STEM_RUN.fullmatch(s) for s in words.stems):
        return None
    return re.compile("[" + "".join(sorted({re.escape(s[-1]) for s in words.stems})) + "]", re.I)


def _back_stems(words: WordSet) -> tuple[tuple[int, re.Pattern[str]], ...]:
    if not words.backwards:
        return ()
    out = []
    for branch in sorted(set(words.stems.values())):
        stems = trie_pattern((s for s, b in words.stems.items() if b == branch), literal=True)
        out.append((branch, re.compile(f"[^\\W\\d_]*(?P<stem>{stems})(?!{ALPHABETIC_LETTER})", re.I)))
    return tuple(out)


@frozen
class WordSet:
    """Words to look up at a position of a text (see the module's docstring)."""

    words: dict[str, int]
    """Folded word (a space for any whitespace) -> its branch (1-4: the order it is tried in)."""
    prefixes: frozenset[str]
    """The words' beginnings up to :data:`_PREFIX` characters: most lookups stop at the first."""
    longest: int
    stems: dict[str, int]
    """Folded stems of the ``*`` words -> branch."""
    codes: frozenset[str]
    """Case-sensitive codes, tried first."""
    backwards: bool = False
    """Words are read reversed, for text read backwards from a number."""
    code_sizes: tuple[int, ...] = field(init=False, default=Factory(_code_sizes, takes_self=True))
    heads: frozenset[str] = field(init=False, default=Factory(_heads, takes_self=True))
    initials: frozenset[str] = field(init=False, default=Factory(_initials, takes_self=True))
    code_initials: frozenset[str] = field(init=False, default=Factory(_code_initials, takes_self=True))
    back_stems: tuple[tuple[int, re.Pattern[str]], ...] = field(
        init=False, default=Factory(_back_stems, takes_self=True)
    )
    """Read backwards, the stems of each branch as one pattern: letters, then a stem."""
    stem_initial: re.Pattern[str] | None = field(init=False, default=Factory(_stem_initial, takes_self=True))
    """The stems' first letters (see :func:`_stem_initial`): most words before a number begin none."""

    @classmethod
    def of(cls, words: Iterable[str], *, codes: Iterable[str] = (), backwards: bool = False) -> WordSet:
        step = -1 if backwards else 1
        literal: dict[str, int] = {}
        stems: dict[str, int] = {}
        for raw in words:
            word = " ".join(raw.split())
            if not word:
                continue
            if "*" in word[:-1] or (word.endswith("*") and " " in word):
                raise ValueError(f"a stem has one '*', at its end, and no space: {raw!r}")
            if word.endswith("*"):
                stems.setdefault(_fold(word[:-1][::step]), _branch(word))
            else:
                literal.setdefault(_fold(word[::step]), _branch(word))
        stepped = [*literal, *(() if backwards else stems)]
        prefixes = {w[:i] for w in stepped for i in range(1, min(len(w), _PREFIX) + 1)}
        longest = max(map(len, stepped), default=0)
        codes = frozenset(c[::step] for c in codes)
        return cls(literal, frozenset(prefixes), longest, stems, codes, backwards)

    def ends(self, text: str, pos: int, stop: int | None = None) -> list[int]:
        """Where the words that stand at ``text[pos:]`` end, in the order a pattern tries them:
        codes, then by branch; in a branch, as its trie's branches are tried (a longer word
        before its prefix, the characters of the next step in code-point order, then ``*``)."""
        stop = len(text) if stop is None else stop
        if pos >= stop:
            return []
        walk, coded = self._may_walk(text, pos, stop), text[pos] in self.code_initials
        if not (walk or coded or self.back_stems):  # most places of a text: turned down at once
            return []
        found = self._walk(text, pos, stop) if walk else []
        if self.back_stems:
            found += self._stems_backwards(text, pos, stop)
        codes = self._code_ends(text, pos, stop) if coded else []
        if not found:
            return codes
        ends = [end for *_, end in sorted(found) if self._closed(text, end, stop)]
        return list(dict.fromkeys(codes + ends))

    def _may_walk(self, text: str, pos: int, stop: int) -> bool:
        """Whether a word or a stem may begin at ``pos``: its first two characters are those of one
        (most places of a text begin none), and it does not continue a word."""
        ch = text[pos]
        one = ch.lower()
        if len(one) != 1:
            one = ch
        if one not in self.initials or (pos > 0 and ch in LETTERS and text[pos - 1] in LETTERS):
            return False
        if one in self.heads:
            return True
        if pos + 1 >= stop:
            return False
        nxt = text[pos + 1]
        return one + (" " if nxt.isspace() else _fold_char(nxt)) in self.heads

    def first_end(self, text: str, pos: int, stop: int | None = None) -> int | None:
        ends = self.ends(text, pos, stop)
        return ends[0] if ends else None

    def _closed(self, text: str, end: int, stop: int) -> bool:
        """A word ending with a letter is not followed by one (a stem's letters run to their end)."""
        return end >= stop or not (is_letter(text[end - 1]) and is_letter(text[end]))

    def _code_ends(self, text: str, pos: int, stop: int) -> list[int]:
        out = []
        for size in self.code_sizes:
            end = pos + size
            inside = (pos > 0 and is_letter(text[pos - 1])) or (end < stop and is_letter(text[end]))
            if end <= stop and text[pos:end] in self.codes and not inside:
                out.append(end)
        return out

    def _walk(self, text: str, pos: int, stop: int) -> list[tuple[int, str, int, int]]:
        """(branch, trie order, 0, end) of every word at ``pos``, one character of the text per step;
        a stem's ``*`` takes the letters after it."""
        key, i, out = "", pos, []
        while True:
            if not self.backwards and key in self.stems:
                out.append((self.stems[key], key + _STEM, 0, _letters_end(text, i, stop)))
            if key in self.words:
                out.append((self.words[key], key + _LAST, 0, i))
            if i >= stop:
                break
            if text[i].isspace():
                key, i = key + " ", skip_space(text, i, stop)
            else:
                key, i = key + _fold_char(text[i]), i + 1
            if len(key) > self.longest or (len(key) <= _PREFIX and key not in self.prefixes):
                break
        return out

    def _stems_backwards(self, text: str, pos: int, stop: int) -> list[tuple[int, str, int, int]]:
        """Read backwards a stem's ``*`` comes first: letters, then the stem, which must open its
        word (no letter after it); the pattern tries the most letters first."""
        out = []
        for branch, pattern in self.back_stems:
            m = pattern.match(text, pos, stop)
            if m is not None:
                out.append((branch, "*", -m.start("stem"), m.end()))
        return out

    def _no_stem_backwards(self, text: str, pos: int, stop: int) -> bool:
        """Whether no stem can be read backwards at ``pos``, told without the stem patterns: in a run
        of letters of the alphabets a stem can only open the word, so that word's first letter must
        begin a stem. Other runs ("5万dollar") go to the patterns."""
        if self.stem_initial is None:
            return False
        run = _STEM_RUN.match(text, pos, stop).end()  # type: ignore[union-attr]
        if run == pos:
            return True
        if _ALPHABETIC_RUN.match(text, pos, run).end() != run:  # type: ignore[union-attr]
            return False
        if run < stop and text[run] in LETTERS:  # "×": no letter, yet of the alphabets' block
            return True
        return self.stem_initial.match(text, run - 1) is None


def _letters_end(text: str, pos: int, stop: int) -> int:
    while pos < stop and _stem_letter(text[pos]):
        pos += 1
    return pos


def skip_space(text: str, pos: int, stop: int) -> int:
    """Where the run of whitespace at ``pos`` ends (``pos`` when there is none)."""
    while pos < stop and text[pos].isspace():
        pos += 1
    return pos
