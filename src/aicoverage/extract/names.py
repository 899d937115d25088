"""Names the gazetteer lacks, found in the text, typed from the words around them.

One mechanism for facts and speakers: capitalised sequences of Latin or Cyrillic words
(:data:`NAME_SEQUENCE`, also what :mod:`._speakers` reads candidate speakers from), names in quote
marks («Старгейт», “Stargate”), and CJK or katakana names beside a title or a company suffix
(孙正义先生, ソフトバンクグループ, 腾讯公司). A sentence's first word is a name only if it also
stands capitalised elsewhere, and in German (where every noun is capitalised) a single word is one
only beside a title or suffix, or written in capitals or camel case. The words around a name give
its type (``person`` after or before a title, ``company`` with a suffix, ``organization`` with an
institution word, ``product`` beside "project", else ``unknown``); the tables are
``data/names/<language>.toml``. Spellings of one name in other scripts share a key
(:func:`~._translit.name_key`) and, where a Latin spelling is in the text, its canonical form.

>>> found = discover_names("The analyst Jane Roe of Vexo Labs said «Старгейт» (Stargate) works.")
>>> [(m.text, m.type, m.canonical) for m in found]  # doctest: +NORMALIZE_WHITESPACE
[('Jane Roe', 'person', 'Jane Roe'), ('Vexo Labs', 'company', 'Vexo Labs'),
 ('Старгейт', 'unknown', 'Stargate'), ('Stargate', 'unknown', 'Stargate')]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from attrs import frozen

from aicoverage._scripts import HAN, KANA
from aicoverage.extract._marks import find_quoted
from aicoverage.extract._namerules import NameRules, name_rules, office_complement, strip_ending
from aicoverage.extract._sentences import find_paragraphs
from aicoverage.extract._translit import latin, name_key
from aicoverage.model import EntityMention

_LATIN_WORD = "[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-'’][A-Za-zÀ-ÖØ-öø-ÿ]+)*"
_CYRILLIC_WORD = "[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё]+)*"
_SEP = "[ \u00a0]+(?:(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|bin|ibn|al|la|le)[ \u00a0]+)?"
NAME_SEQUENCE = re.compile(  # the look ahead first lets the regex engine skip to a capital
    f"(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])(?<![\\w-])(?:{_LATIN_WORD}(?:{_SEP}{_LATIN_WORD})*|{_CYRILLIC_WORD}(?:{_SEP}{_CYRILLIC_WORD})*)(?![\\w-])"
)
"""Two or more capitalised words of one script (a name), or one (a name only in context)."""
# a word in capitals or camel case, or with digits: "NVIDIA", "SoftBank", "xAI", "GPT4"
_MARKED = re.compile(r"(?<![\w-])(?:[A-Z][a-z]*[A-Z][A-Za-z]*|[A-Z]{3,}|[A-Za-z]+\d+[A-Za-z\d]*)(?![\w-])")
_WORD = re.compile(r"\S+")
_KATAKANA = re.compile("[\u30a1-\u30fa\u30fc・]{3,}")
_HAN = re.compile(f"[{HAN}]")
_KANA = re.compile(f"[{KANA}]")
_CJK_ANY = re.compile(f"[{HAN}{KANA}]")
_DOTTED = re.compile(f"[{HAN}]{{1,6}}[·・•‧][{HAN}]{{1,8}}")
_LATIN_LETTER = re.compile("[A-Za-zÀ-ÿ]")
_INITIAL_AFTER = frozenset(".!?…:;\"'«»“”„「」—–-。！？")
_CONTEXT = 40
_HAN_NAME = 4
_QUOTED_WORDS = 4
_CJK_MAX = 12
_HAN_QUOTED = 5
_HAN_AFTER_TITLE = 3
_NUMERAL_HAN = "〇零一二三四五六七八九十百千万萬亿億兆两兩"
_MARKED_MIN = 3  # "IA", "AI", "US": too short to tell a name from an abbreviation


def _initial(text: str, start: int, lo: int) -> bool:
    """Whether ``text[start]`` begins a sentence (or a quote, a paragraph, the range)."""
    i = start
    while i > lo and text[i - 1] in " \t\u00a0":
        i -= 1
    return i == lo or text[i - 1] in _INITIAL_AFTER or text[i - 1] in "\n\r"


def _type(text: str, s: int, e: int, words: Sequence[str], rules: NameRules) -> str:
    """The type the words in and around ``text[s:e]`` give the name."""
    folded = [w.casefold().rstrip(".,") for w in words]
    if folded[-1] in rules.suffixes or folded[0] in rules.suffixes or rules.suffix_after.match(text, e):
        return "company"
    if any(w in rules.org_words or strip_ending(w, rules) in rules.org_words for w in folded):
        return "organization"
    before = text[max(0, s - _CONTEXT) : s]
    if _ends_in(rules.title_end, rules.title_before, before) or rules.title_after.match(text, e):
        return "person"
    if _ends_in(rules.product_end, rules.product_before, before) or rules.product_after.match(text, e):
        return "product"
    return "unknown"


def _complement_type(word: str, rules: NameRules) -> str:
    """The type of an office's complement ("Минфина"): an institution word says organisation."""
    folded = word.casefold()
    return "organization" if {folded, strip_ending(folded, rules)} & rules.org_words else "unknown"


def _ends_in(quick: re.Pattern[str] | None, full: re.Pattern[str], before: str) -> bool:
    """Whether ``before`` ends as ``full`` says, the ``quick`` necessary test tried first."""
    return (quick is None or quick.search(before) is not None) and full.search(before) is not None


@frozen
class _Found:
    start: int
    end: int
    type: str


def _after_titles(words: Sequence[re.Match[str]], rules: NameRules) -> int:
    """How many words of a name sequence are a title before the name ("Commerce Secretary Laura
    Whitfield", "Handelsministerin Laura Whitfield"): up to the last title word, if a name of two
    words or more follows it (a one-word rest may be the title of a company: "Secretary Corp")."""
    cut = 0
    for k, w in enumerate(words[:-2]):
        word = w.group().casefold()
        if word in rules.titles or (
            rules.nouns_capitalised and any(word.endswith(t) for t in rules.compound_titles)
        ):
            cut = k + 1
    return cut


def trim_dotted(text: str, s: int, e: int, rules: NameRules) -> tuple[int, int]:
    """An interpunct name ``text[s:e]`` without the title before it or the word after it:
    "联合创始人安娜·里贝罗表示" is "安娜·里贝罗" (a title may open before ``s``:
    "首席执行官萨蒂亚·纳德拉").
    """
    if not _HAN.match(text, s):
        return s, e  # kana names are whole words (シェルドン・フェルナンデス)
    dot = s + next((i for i, ch in enumerate(text[s:e]) if ch in "·・•‧"), 0)
    for m in rules.cjk_marker.finditer(text, max(0, s - _CJK_MAX), dot):
        s = max(s, m.end())
    stop = rules.cjk_stops.search(text, dot + 1, e)
    return s, stop.start() if stop else e


class _Discovery:
    def __init__(self, text: str, rules: NameRules, taken: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.rules = rules
        # one byte per character, set where a name is: an overlap test costs the name's length
        self.taken = bytearray(len(text))
        for s, e in taken:
            self.taken[s:e] = b"\x01" * (e - s)
        self.found: list[_Found] = []

    def add(self, s: int, e: int, type_: str) -> None:
        if s < e and self.taken.find(1, s, e) == -1:
            self.found.append(_Found(s, e, type_))
            self.taken[s:e] = b"\x01" * (e - s)

    def sequences(self, lo: int, hi: int) -> None:
        text, rules = self.text, self.rules
        seen: list[tuple[int, int, list[re.Match[str]], bool, str]] = []
        later: Counter[str] = Counter()
        for m in NAME_SEQUENCE.finditer(text, lo, hi):
            one = " " not in m.group() and "\u00a0" not in m.group()  # words part only at these
            words = [m] if one else list(_WORD.finditer(text, m.start(), m.end()))
            while words and words[0].group().casefold() in rules.leading:
                words.pop(0)
            while words and words[-1].group().casefold() in rules.function_words:
                words.pop()
            words = words[_after_titles(words, rules) :]
            kind = ""
            if office_complement(text, words, rules):  # "Президент Франции Эмманюэль Макрон"
                seen.append((words[0].start(), words[0].end(), words[:1], False, "complement"))
                words, kind = words[1:], "titled"
            if not words:
                continue
            initial = _initial(text, words[0].start(), lo)
            if not initial:
                later[words[0].group()] += 1
            seen.append((words[0].start(), words[-1].end(), words, initial, kind))
        for s, e, words, initial, kind in seen:
            names = [w.group() for w in words]
            if all(n.casefold().rstrip(".") in rules.suffixes for n in names):
                continue  # "Group Corp." after a known name: part of it, not a name of its own
            if self.taken.find(1, s, e) != -1:
                continue  # part of a name already found: add() would refuse it whatever its type
            type_ = (
                _complement_type(names[0], rules) if kind == "complement" else _type(text, s, e, names, rules)
            )
            if kind == "titled" and type_ == "unknown":
                type_ = "person"  # the office phrase before its complement is the person's title
            if len(words) == 1 and type_ == "unknown":
                if initial and not later[names[0]]:
                    continue  # a sentence's first word, capitalised only for being first
                if rules.nouns_capitalised:
                    continue  # German: a capitalised word is a noun unless a title or suffix says more
            suffix = rules.suffix_after.match(text, e) if type_ == "company" else None
            self.add(s, suffix.end() if suffix else e, type_)  # "Kessel AG": the suffix is the name's
        for m in _MARKED.finditer(text, lo, hi):
            word = m.group().casefold()
            if (
                len(word) >= _MARKED_MIN
                and word not in rules.titles
                and word.rstrip("s") not in rules.titles
                and self.taken.find(1, m.start(), m.end()) == -1
            ):
                self.add(m.start(), m.end(), _type(text, m.start(), m.end(), [m.group()], rules))

    def cjk(self, lo: int, hi: int) -> None:
        text, rules = self.text, self.rules
        if not _CJK_ANY.search(text, lo, hi):
            return  # every rule below needs a Han or kana character in the range
        for m in _PAIRED.finditer(text, lo, hi):  # 星际之门（Stargate）: both are names
            s = self._cjk_start(m.start(), lo) if m.start() > lo and _HAN.match(text[m.start() - 1]) else None
            if s is not None:
                type_ = _type(text, s, m.end(), [text[s : m.start()]], rules)
                self.add(*m.span(1), type_)
                self.add(s, m.start(), type_)
        for m in _DOTTED.finditer(text, lo, hi):
            self.add(*trim_dotted(text, m.start(), m.end(), rules), "person")
        for m in rules.cjk_marker.finditer(text, lo, hi):
            s = self._cjk_start(m.start(), lo)
            if s is not None and self._plausible(s, m.start(), m.group()):
                type_ = _type(text, s, m.start(), [text[s : m.start()]], rules)
                self.add(s, m.end() if type_ == "company" else m.start(), type_)  # 蓝海科技, ミズホ証券
            if m.group() in rules.titles:
                self._after_title(m.end(), hi)
        for m in _KATAKANA.finditer(text, lo, hi):
            type_ = _type(text, m.start(), m.end(), [m.group()], rules)
            if type_ != "unknown":
                self.add(m.start(), m.end(), type_)

    def _plausible(self, s: int, e: int, marker: str) -> bool:
        """Whether Han ``text[s:e]`` before ``marker`` may be a name, not a common noun phrase.

        A marker word is no name of its own ("科技公司"); before a title, a person's name opens
        with a family name where the language lists them.
        """
        if not _HAN.match(self.text[s]):
            return True
        if self.rules.cjk_marker.fullmatch(self.text, s, e):  # "科技公司": a suffix is no name
            return False
        if marker.casefold() in self.rules.titles:
            return self._surname(s)
        return True

    def _surname(self, s: int) -> bool:
        surnames = self.rules.surnames
        return not surnames or self.text[s] in surnames or self.text[s : s + 2] in surnames

    def _after_title(self, start: int, hi: int) -> None:
        """A Chinese name right after a title, up to a word that cannot be in it (分析师王小明认为)."""
        text = self.text
        end = start
        while end < hi and end - start < _HAN_AFTER_TITLE and _HAN.match(text[end]):
            end += 1
        stop = self.rules.cjk_stops.search(text, start, end)
        end = stop.start() if stop else end
        if end - start >= 2 and self._surname(start):
            self.add(start, end, "person")

    def _cjk_start(self, end: int, lo: int) -> int | None:
        """Start of the name right before a CJK marker at ``end``: Han, katakana or Latin letters."""
        text = self.text
        i = end
        kind = "kana" if i > lo and "\u30a1" <= text[i - 1] <= "\u30fc" else "han"
        while i > lo and end - i < _CJK_MAX:
            ch = text[i - 1]
            ok = ("\u30a1" <= ch <= "\u30fc" or ch == "・") if kind == "kana" else bool(_HAN.match(ch))
            if not ok:
                break
            i -= 1
        if kind == "han":
            stops = list(self.rules.cjk_stops.finditer(text, i, end))
            i = stops[-1].end() if stops else i
            while i < end and i > 0 and text[i - 1].isdigit() and text[i] in _NUMERAL_HAN:
                i += 1  # "6710亿参数": a magnitude glued to digits belongs to the number
            i = max(i, end - _HAN_NAME)
        return i if end - i >= 2 else None

    def quoted(self, lo: int, hi: int) -> None:
        """Short names in quote marks: «Старгейт», “Stargate”, 「スターゲート」."""
        text = self.text
        for para in find_paragraphs(text, lo, hi):
            for q in find_quoted(text, para.start, para.end):
                body = text[q.start : q.end]
                if q.closed and _is_quoted_name(body):
                    self.add(q.start, q.end, _type(text, q.open_at, q.after, body.split(), self.rules))


def _is_quoted_name(body: str) -> bool:
    if any(ch in body for ch in ".,;:!?。、，！？"):
        return False
    if re.fullmatch("[\u30a1-\u30fc・]+", body):
        return len(body) <= _CJK_MAX
    if _HAN.search(body):
        return len(body) <= _HAN_QUOTED  # longer, it is a phrase quoted (“这应该为美国行业敲响警钟”)
    words = body.split()
    return 0 < len(words) <= _QUOTED_WORDS and all(w[0].isupper() for w in words)


def _canonicals(
    text: str, found: Sequence[_Found], rules: NameRules, known: Sequence[EntityMention]
) -> list[str]:
    """A canonical form per found name: the Latin spelling in the text its key shares, or its own."""
    by_key: dict[str, str] = {}
    for m in known:
        by_key.setdefault(name_key(m.text), m.canonical)
    keys = [name_key(text[f.start : f.end]) for f in found]
    for f, key in zip(found, keys, strict=True):
        written = " ".join(text[f.start : f.end].split())
        if len(key) >= 3 and _LATIN_LETTER.match(written):
            by_key.setdefault(key, written)
    out = []
    for f, key in zip(found, keys, strict=True):
        written = " ".join(text[f.start : f.end].split())
        if _LATIN_LETTER.match(written):
            out.append(by_key.get(key, written) if len(key) >= 3 else written)
        elif len(key) >= 3 and key in by_key:
            out.append(by_key[key])
        elif _HAN.search(written):
            out.append(_paired(text, f) or written)
        else:
            out.append(latin(written).title())
    return out


# the name ends in no space: "（A ）" is a letter and a space, no name
_PAIRED = re.compile(r"[ \u00a0]*[(（][ \u00a0]*([A-Z][\w .&-]{0,39}?[\w.&-])[ \u00a0]*[)）]")


def _paired(text: str, f: _Found) -> str | None:
    """The Latin name written in brackets right after a CJK one: 星际之门（Stargate）."""
    m = _PAIRED.match(text, f.end)
    return m.group(1) if m else None


def discover_names(
    text: str,
    ranges: Iterable[tuple[int, int]] | None = None,
    *,
    language: str | None = None,
    known: Sequence[EntityMention] = (),
) -> list[EntityMention]:
    """Names in ``text`` (inside ``ranges``) that no ``known`` mention covers, in text order.

    Each has ``origin == "text"``, a type from the words around it, and a canonical form.
    """
    rules = name_rules(language)
    finder = _Discovery(text, rules, [(m.start, m.end) for m in known])
    for lo, hi in ranges if ranges is not None else [(0, len(text))]:
        finder.quoted(lo, hi)
        finder.sequences(lo, hi)
        finder.cjk(lo, hi)
    found = sorted(finder.found, key=lambda f: f.start)
    canonicals = _canonicals(text, found, rules, known)
    return [
        EntityMention(
            text=text[f.start : f.end],
            start=f.start,
            end=f.end,
            canonical=canonical,
            type=f.type,
            origin="text",
            key=name_key(canonical if canonical.isascii() else text[f.start : f.end]),
        )
        for f, canonical in zip(found, canonicals, strict=True)
    ]
