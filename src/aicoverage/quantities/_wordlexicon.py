"""The number words of a language as patterns and tokens, from ``data/numerals/<language>.toml``.

:mod:`._words` evaluates what this module cuts a run of words into: each word becomes a token with
a kind ("num", "scale", "frac", "join", ...) and a value. A tens word hyphenated to a unit ordinal
is one ordinal ("twenty-fifth" is 25th, not twenty and a fifth).

>>> [(t.kind, str(t.value)) for t in tokens("three twenty-fifths", "en")]
[('num', '3'), ('frac', '25')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from attrs import frozen

from aicoverage._scripts import ALPHABETIC_LETTER
from aicoverage._tables import read_table
from aicoverage._wordtrie import trie_pattern
from aicoverage.quantities._magnitudes import magnitude_of, magnitude_words
from aicoverage.quantities._wordsplit import SplitRules, WordToken, cardinal_of, split_word

_LETTER = ALPHABETIC_LETTER
_TEN = Decimal(10)
_SEP = r"(?:[ \u00a0]+|[ \u00a0]*[-‐][ \u00a0]*)"
_HYPHEN = re.compile(r"[ \u00a0]*[-‐][ \u00a0]*")


@frozen
class WordLexicon:
    """What the reader needs of a language's number words."""

    kinds: dict[str, tuple[str, Decimal]]
    stems: tuple[tuple[str, tuple[str, Decimal]], ...]
    weak: frozenset[str]
    alone: frozenset[str]
    of: frozenset[str]  # "two thirds of a million": the fraction of the number after it
    fraction_and: bool
    token: re.Pattern[str]
    pattern: str
    split: SplitRules
    """How one written word is cut into number words ("dreiundzwanzig", "cinquième")."""
    units_before_tens: bool
    """German "fünfundzwanzig": a unit, "und", then the tens it adds to."""
    teens_after: frozenset[Decimal]
    """Tens that a teen completes (French vigesimal "soixante-onze" = 71, "quatre-vingt-quinze")."""
    unit_multipliers: frozenset[str] = frozenset()
    """Multiplier words that multiply only a unit, 2 to 9 (French "deux cents"; "quarante-cinq
    cents" are cents)."""
    articles: frozenset[str] = frozenset()
    """The indefinite article read as "one", only where :func:`_article` lets it ("within a decade")."""


def _normalise(word: str) -> str:
    return " ".join(word.casefold().replace("-", " ").split())


def _guarded(words: list[str]) -> str:
    return f"(?<!{_LETTER})(?:{trie_pattern(words)})(?!{_LETTER})" if words else "(?!)"


def _guarded_head(words: list[str], initials: set[str]) -> str:
    """:func:`_guarded` for the first word of a run, where the scanner's lookahead has already
    limited the first character to ``initials``.

    Each branch of the trie opens with a case-sensitive class of the initials its first letter
    matches, so ``re`` skips a branch on one character test; a case-insensitive literal first
    makes it enter every branch in turn (about 40 % of the scan of a Russian text).
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        word = " ".join(word.split())
        if word:
            groups.setdefault(word[0], []).append(word)
    branches = []
    for ch in sorted(groups):  # the trie's own order: the branches are tried one after another
        branch = trie_pattern(groups[ch])  # that character's branch of the whole trie
        if ch not in "* ":
            first = sorted(c for c in initials if re.fullmatch(f"(?i:{re.escape(ch)})", c))
            if not first:
                continue  # no initial: the lookahead never lets it start
            branch = f"(?-i:[{''.join(map(re.escape, first))}])" + branch[len(re.escape(ch)) :]
        branches.append(branch)
    trie = "|".join(branches) or "(?!)"
    return f"(?<!{_LETTER})(?:{trie})(?!{_LETTER})"


def _not_after(entries: Iterable[str]) -> str:
    """Guards for ``[words.syntax] not_after``: "A B" keeps B right after A from being a number (the
    second word of a percent sign, "por ciento", "pour cent"); "A" alone, every word after A."""
    out = []
    for entry in entries:
        first, _, second = entry.partition(" ")
        if second:
            # the second word first, then the look behind: most positions fail on one letter
            pair = f"{re.escape(first)} {re.escape(second)}"
            out.append(f"(?!{re.escape(second)}(?![^\\W\\d_])(?<={pair}))")
        else:
            out.append(f"(?<!{re.escape(first)} )")
    return "".join(out)


@functools.cache
def word_lexicon(language: str) -> WordLexicon | None:
    """The number words of ``language`` (None if its table has none)."""
    table: dict[str, Any] = read_table("numerals", language)
    words = table.get("words")
    if not words:
        return None
    kinds: dict[str, tuple[str, Decimal]] = {}
    surfaces: set[str] = set()  # as written, hyphens kept: "soixante-dix", "multi-billion"

    def add(kind: str, entries: dict[str, Any] | list[str], value: Decimal = Decimal(0)) -> None:
        items = entries.items() if isinstance(entries, dict) else ((w, value) for w in entries)
        for word, v in items:
            kinds.setdefault(_normalise(word), (kind, Decimal(str(v))))
            surfaces.update((word, word.replace("-", " ")))

    syntax = words.get("syntax", {})
    vague = table.get("vague", {})
    add("half", syntax.get("and_half", []), Decimal("0.5"))
    add("point", syntax.get("point", []))
    add("neg", syntax.get("negative", []))
    add("over", syntax.get("over", []))
    add("few", vague.get("few", []), Decimal(1))
    add("order", vague.get("orders", {}))
    for word in vague.get("plurals", []):
        value = magnitude_of(word, language)
        if value is not None and _normalise(word) not in kinds:
            kinds[_normalise(word)] = ("plural", value)
            surfaces.add(word)
    vague_stems: dict[str, Decimal] = {}
    for word, v in vague.get("amounts", {}).items():  # "multibillion", "многомиллиардн*"
        if "*" in word:
            vague_stems[word] = Decimal(int(Decimal(str(v))))
        else:
            kinds.setdefault(_normalise(word), ("plural", Decimal(int(Decimal(str(v))))))
            surfaces.update((word, word.replace("-", " ")))
    add("phrase", words.get("phrases", {}))
    add("num", words.get("numbers", {}))
    add("mult", words.get("multipliers", {}))
    add("frac", words.get("fractions", {}))
    add("ordunit", words.get("ordinal_units", {}))
    mags = magnitude_words(language)
    scale_words = [w for w in mags.loose if "*" not in w and (w[-1].isalpha() or w.endswith("."))]
    add("scale", {w: v for w, v in mags.loose.items() if w in scale_words})
    stems = [w for w in mags.loose if "*" in w] + list(vague_stems)
    joiners = list(syntax.get("joiners", [])) + list(vague.get("joiners", []))
    plain = [w for w in surfaces if "*" not in w]
    word = "(?:" + _guarded(plain + stems) + ")"
    join = _guarded(joiners) + _SEP if joiners else ""
    not_after = _not_after(syntax.get("not_after", []))
    # a comma may follow a scale word inside one number ("one thousand, two hundred")
    head = "(?:" + _guarded_head(plain + stems, _initials(kinds)) + _article(syntax) + ")"
    pattern = f"{not_after}{head}(?:(?:{_SEP}|,[ \u00a0]+)(?:{join})?{word})*"
    token = re.compile(f"{word}|(?P<join>{_guarded(joiners)})|(?P<comma>,)", re.IGNORECASE)
    stem_kinds = [(_normalise(w.split("*")[0]), ("scale", v)) for w, v in mags.loose.items() if "*" in w]
    stem_kinds += [(_normalise(w.split("*")[0]), ("plural", v)) for w, v in vague_stems.items()]
    weak = frozenset(_normalise(w) for w in syntax.get("weak", []))
    alone = frozenset(_normalise(w) for w in syntax.get("alone", []))
    of = frozenset(_normalise(w) for w in syntax.get("fraction_of", []))
    fraction_and = bool(syntax.get("fraction_after_and", False))
    split = _split_rules(kinds, surfaces, words, syntax)
    articles = frozenset(_normalise(w) for w in syntax.get("article", []))
    for article in articles:  # after the split rules: an article is never a piece of a word
        kinds.setdefault(article, ("num", Decimal(1)))
    compound = _compound_pattern(split)
    if compound:
        word = f"(?:{word}|{compound})"
        pattern = f"{not_after}(?:{head}|{compound})(?:(?:{_SEP}|,[ \u00a0]+)(?:{join})?{word})*"
        token = re.compile(f"(?P<join>{_guarded(joiners)})|{word}|(?P<comma>,)", re.IGNORECASE)
    return WordLexicon(
        kinds,
        tuple(stem_kinds),
        weak | articles,
        alone,
        of,
        fraction_and,
        token,
        pattern,
        split,
        bool(syntax.get("units_before_tens", False)),
        frozenset(Decimal(str(v)) for v in syntax.get("teens_after", [])),
        frozenset(_normalise(w) for w in syntax.get("unit_multipliers", [])),
        articles,
    )


def _article(syntax: dict[str, Any]) -> str:
    """A branch (with its leading "|") for the article as a number, or "" if the language has none.

    The article is "one" only before a duration (``article_units``) and, where the table lists
    them, after one of ``article_after`` ("within a decade", "more than a year") or with one of
    ``article_then`` after the unit ("a month ago"): elsewhere "a" is no number, and no candidate
    to read.
    """
    articles, units = syntax.get("article", []), syntax.get("article_units", [])
    if not articles or not units:
        return ""
    unit = f"[ \u00a0]+(?:{trie_pattern(units)})(?!{_LETTER}|[-‐])"
    after, then = syntax.get("article_after", []), syntax.get("article_then", [])
    branches = []
    for article in articles:  # the article and the unit first: most places fail there at once
        word = f"(?<!{_LETTER}){re.escape(article)}(?={unit})"
        if not after and not then:
            branches.append(word)
            continue
        # one fixed-width look behind per word before the article (the inner one keeps it whole)
        context = [f"(?<=(?<!{_LETTER}){re.escape(w)}[ \u00a0]{re.escape(article)})" for w in after]
        # the whole text is the article and the unit: "a decade" (parsed alone)
        context.append(f"(?<![\\s\\S]{{{len(article) + 1}}})(?={unit}\\s*\\Z)")
        if then:
            context.append(f"(?={unit}[ \u00a0]+(?:{trie_pattern(then)})(?!{_LETTER}))")
        branches.append(f"{word}(?:{'|'.join(context)})")
    return "|" + "|".join(branches)


def _split_rules(
    kinds: dict[str, tuple[str, Decimal]], surfaces: set[str], words: dict[str, Any], syntax: dict[str, Any]
) -> SplitRules:
    pieces = {k: v for k, v in kinds.items() if " " not in k and v[0] in _PIECE_KINDS}
    for w in surfaces:  # as written too: "dreißig" (casefolded "dreissig")
        if _normalise(w) in pieces and " " not in w:
            pieces.setdefault(w.lower(), pieces[_normalise(w)])
    joiners = syntax.get("compound_joiners", [])
    pieces.update({_normalise(j): ("join", Decimal(bool(syntax.get("fraction_after_and")))) for j in joiners})
    stems = {_normalise(k): ("num", Decimal(str(v))) for k, v in words.get("stems", {}).items()}
    suffixes = {_normalise(s): 1 for s in syntax.get("ordinal_suffixes", [])}
    return SplitRules(
        pieces,
        stems,
        suffixes,
        compound=bool(syntax.get("compound", False)),
        elide=bool(syntax.get("elide_final_vowel", False)),
    )


_PIECE_KINDS = frozenset({"num", "mult", "scale", "plural", "half", "frac", "join", "phrase"})
_VOWEL_END = re.compile("[aeiouàèéìòù]$")


def _compound_pattern(rules: SplitRules) -> str:
    """A regex (no groups) for one word made of several number words, or "" if the language has none."""
    if not (rules.compound or rules.suffixes):
        return ""
    parts = set(rules.pieces) | set(rules.stems)
    if rules.elide:
        parts |= {p[:-1] for p in rules.pieces if _VOWEL_END.search(p) and len(p) > 2}
    piece = f"(?:{trie_pattern(sorted(parts))})"
    suffix = f"(?:{trie_pattern(sorted(rules.suffixes))})" if rules.suffixes else "(?!)"
    body = f"{piece}+(?:{suffix})?" if rules.compound else f"{piece}{suffix}"
    # the lookahead bounds the search: no number is a word of more than 80 letters
    return f"(?<!{_LETTER})(?={_LETTER}{{2,80}}(?!{_LETTER})){body}(?!{_LETTER})"


def words_regex(language: str) -> str:
    """A regex (no groups) matching a run of number words of ``language``; ``(?!)`` if it has none.

    It opens with a lookahead on the words' first letters: most positions of a text fail there at
    once, which keeps the scan fast.
    """
    lex = word_lexicon(language)
    return f"{first_letters(lex.kinds)}(?i:{lex.pattern})" if lex else "(?!)"


def first_letters(words: Iterable[str]) -> str:
    """A lookahead for the first characters of ``words`` in either case."""
    chars = _initials(words)
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])" if chars else "(?!)"


def _initials(words: Iterable[str]) -> set[str]:
    return {c for w in words if w for c in (w[0].lower(), w[0].upper())}


def words_initials(language: str) -> str:
    """Every character a number word (or a negative word) of ``language`` can start with."""
    lex = word_lexicon(language)
    syntax = read_table("numerals", language).get("words", {}).get("syntax", {})
    words = [*lex.kinds, *(stem for stem, _ in lex.stems)] if lex else []
    return "".join(sorted(_initials(words) | _initials(syntax.get("negative", []))))


def syntax_regex(language: str, key: str) -> str:
    """A regex (no groups) for the words of ``[words.syntax]`` ``key`` of ``language``.

    "point": the decimal point said in words ("point", "ponto", "точка"); "and_half": "and a half"
    after a number ("e meio", "с половиной"); "joiners" and "fraction_joiners": the words between a
    scale and what it is followed by ("and", "e", "com").
    """
    words = read_table("numerals", language).get("words", {}).get("syntax", {}).get(key, [])
    return f"(?i:{_guarded(list(words))})"


def syntax_start(language: str, key: str) -> str:
    """A lookahead for the first letters of :func:`syntax_regex` ``key``, as case-insensitive as
    it: a cheap test before the trie after every number ("2024 году" is no "2024 точка 5")."""
    words = read_table("numerals", language).get("words", {}).get("syntax", {}).get(key, [])
    firsts = {" ".join(w.split())[:1] for w in words} - {""}
    return f"(?=(?i:[{''.join(re.escape(c) for c in sorted(firsts))}]))" if firsts else "(?!)"


def negative_regex(language: str) -> str:
    """A regex (no groups) for the words that make the next number negative ("minus", "минус")."""
    table = read_table("numerals", language)
    words = list(table.get("words", {}).get("syntax", {}).get("negative", []))
    signs = list(table.get("cjk", {}).get("negative", []))  # "负": no word boundary in CJK
    branches = ([_guarded(words)] if words else []) + ([trie_pattern(signs)] if signs else [])
    return f"{first_letters(words + signs)}(?i:{'|'.join(branches)})" if branches else "(?!)"


def _kind_of(lex: WordLexicon, surface: str) -> tuple[str, Decimal] | None:
    key = _normalise(surface)
    if key in lex.kinds:
        return lex.kinds[key]
    found = [(len(stem), kind) for stem, kind in lex.stems if key.startswith(stem)]
    return max(found)[1] if found else None


def tokens(text: str, language: str) -> list[WordToken]:
    """The words of a run matched by :func:`words_regex`, with hyphenated ordinals as one."""
    lex = word_lexicon(language)
    assert lex is not None
    if lex.articles and _normalise(text) in lex.articles:  # the scanner found it before a duration
        return [WordToken(0, len(text), "num", Decimal(1), _normalise(text))]
    out: list[WordToken] = []
    for m in lex.token.finditer(text):
        key = _normalise(m.group())
        if m.group("comma") is not None:
            out.append(WordToken(m.start(), m.end(), "comma", Decimal(0), ","))
            continue
        if m.group("join") is not None:
            out.append(WordToken(m.start(), m.end(), "join", Decimal(lex.fraction_and), key))
            continue
        kind = lex.kinds.get(key)
        if kind is None:
            pieces = split_word(m.group(), lex.split)
            if pieces is not None and len(pieces) > 1:
                out.extend(_piece_tokens(pieces, m.start(), lex))
                continue
            kind = _kind_of(lex, m.group())
        if kind is None:
            continue
        prev = out[-1] if out else None
        if kind[0] == "mult" and key in lex.unit_multipliers and _trailing_sum(out) >= _TEN:
            break  # "quarante-cinq cents" is no 4500: the number ends before the word
        if (
            kind[0] in ("frac", "ordunit")
            and kind[1] < 10
            and prev is not None
            and prev.kind == "num"
            and 20 <= prev.value < 100
            and prev.value % 10 == 0
            and (kind[0] == "ordunit" or _HYPHEN.fullmatch(text, prev.end, m.start()))
        ):  # "twenty-fifth", "twenty firsts": one ordinal ("first" is never a fraction alone)
            out[-1] = WordToken(prev.start, m.end(), "frac", prev.value + kind[1], f"{prev.key} {key}")
            continue
        out.append(WordToken(m.start(), m.end(), kind[0], kind[1], key))
    return _vigesimal(out, lex) if lex.teens_after else out


def _trailing_sum(out: list[WordToken]) -> Decimal:
    """The value of the plain numbers at the end of ``out`` ("quarante", "cinq" -> 45)."""
    total = Decimal(0)
    for t in reversed(out):
        if t.kind != "num":
            break
        total += t.value
    return total


def _piece_tokens(pieces: list[WordToken], offset: int, lex: WordLexicon) -> list[WordToken]:
    """The tokens of one word cut into pieces: an ordinal suffix makes the whole word one ordinal
    ("venticinquesimo" is the 25th, a denominator), "fünfundzwanzig" one number."""
    if pieces[-1].kind == "ordsuf":
        value = cardinal_of(pieces[:-1])
        if value is None or not value:
            return []
        key = "".join(p.key for p in pieces)
        return [WordToken(offset + pieces[0].start, offset + pieces[-1].end, "frac", value, key)]
    out = [WordToken(offset + p.start, offset + p.end, p.kind, p.value, p.key) for p in pieces]
    if lex.units_before_tens:
        out = _units_before_tens(out)
    return out


def _units_before_tens(out: list[WordToken]) -> list[WordToken]:
    """ "fünf", "und", "zwanzig" -> 25: the unit comes first, the tens after the joiner."""
    merged: list[WordToken] = []
    i = 0
    while i < len(out):
        a = out[i]
        if (
            i + 2 < len(out)
            and a.kind == "num"
            and 0 < a.value < 10
            and out[i + 1].kind == "join"
            and out[i + 2].kind == "num"
            and 20 <= out[i + 2].value < 100
            and out[i + 2].value % 10 == 0
        ):
            c = out[i + 2]
            merged.append(WordToken(a.start, c.end, "num", a.value + c.value, f"{a.key}und{c.key}"))
            i += 3
            continue
        merged.append(a)
        i += 1
    return merged


def _vigesimal(out: list[WordToken], lex: WordLexicon) -> list[WordToken]:
    """ "soixante" (+ "et") + "onze" -> 71, "quatre-vingt-quinze" -> 95: a teen completes these tens."""
    merged: list[WordToken] = []
    for t in out:
        prev = merged[-1] if merged else None
        before = merged[-2] if len(merged) > 1 else None
        if t.kind == "num" and 10 <= t.value < 20 and t.value == t.value.to_integral_value():
            if prev is not None and prev.kind == "num" and prev.value in lex.teens_after:
                merged[-1] = WordToken(prev.start, t.end, "num", prev.value + t.value, f"{prev.key} {t.key}")
                continue
            if (
                prev is not None
                and prev.kind == "join"
                and before is not None
                and before.kind == "num"
                and before.value in lex.teens_after
            ):
                merged[-2:] = [
                    WordToken(before.start, t.end, "num", before.value + t.value, f"{before.key} {t.key}")
                ]
                continue
        merged.append(t)
    return merged
