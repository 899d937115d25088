"""Who says a quote: candidates around the attribution cue, ranked, and pronouns resolved.

Candidates in a stretch of text, best first: a person the gazetteer knows; a name written as two or
more capitalised words (one script at a time, so "Bloomberg Вейзерн Лин" holds the name "Вейзерн
Лин"), or a run of Han/katakana before a Japanese name suffix (氏, さん); a pronoun, resolved to the
nearest fully named person before it; a known company or outlet ("пишет Wired"), never a model,
chip or product (those are talked about); a single capitalised word right next to the cue (a
bare surname, resolved to the full name seen before).
A rank is worth a few characters of distance to the cue: the nearest of two close ranks wins.

>>> from aicoverage.extract._speech import speech_patterns
>>> text = "сказал Bloomberg Вейзерн Лин из Union Bancaire Privee"
>>> people = People(text, [], speech_patterns("ru"))
>>> people.speaker(0, len(text), cue_at=0).name
'Вейзерн Лин'
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from attrs import frozen

from aicoverage._scripts import HAN, KANA
from aicoverage.extract._descriptions import find_descriptions
from aicoverage.extract._namerules import name_rules
from aicoverage.extract._speech import Speech
from aicoverage.extract.names import NAME_SEQUENCE, trim_dotted
from aicoverage.model import EntityMention, Speaker

_NAME = NAME_SEQUENCE  # the one name mechanism: the same sequences entity discovery reads
_WORD = re.compile(r"\S+")
# a transliterated foreign name: parts joined by an interpunct (萨蒂亚·纳德拉, シェルドン・フェルナンデス)
_DOTTED = re.compile(
    f"([{HAN}]{{1,6}}[·・•‧][{HAN}]{{1,8}}|[\u30a1-\u30fa\u30fc]{{2,}}・[\u30a1-\u30fa\u30fc]{{2,}})"
)
_PERSON, _NAMED, _PRONOUN, _ORG, _SINGLE = range(5)
_NEXT_TO_CUE = 3
_LOOK_BACK = 1500
# One rank down is worth this many characters nearer the cue: "mientras que The New York Times
# asegura" beats an unknown name farther back, "Bloomberg Вейзерн Лин" still gives the name.
_RANK_WEIGHT = 15
_COMPLEMENT_REACH = 12


@frozen
class _Candidate:
    rank: int
    start: int
    end: int
    name: str
    canonical: str | None
    kind: str = ""
    """``described`` (a description, its holder as canonical) or ``plural`` (a plural pronoun)."""


_CJK_TEXT = re.compile(f"[{KANA}{HAN}]")
_HOLDER_TYPES = frozenset({"company", "organization", "outlet"})
_THINGS = frozenset({"model", "chip", "product"})
"""Entity types that never speak (a place may: "Beijing said" is its government)."""


def _after_quote(text: str, s: int) -> bool:
    """Whether the word at ``s`` follows a closing quote mark ("”, Son said"): no sentence start."""
    i = s
    while i > 0 and text[i - 1] in " \u00a0,—–":
        i -= 1
    return i > 0 and text[i - 1] in '”»"’」』'


def _last_before(people: Sequence[tuple[int, str, str]], pos: int) -> tuple[int, str, str] | None:
    """The last of ``people`` (sorted by offset) named before ``pos``."""
    i = bisect.bisect_left(people, (pos,)) - 1
    return people[i] if i >= 0 else None


class People:
    """The people of one text: known mentions, and names found as speakers, to resolve pronouns."""

    def __init__(self, text: str, entities: Sequence[EntityMention], speech: Speech) -> None:
        self.text = text
        self.speech = speech
        # names found in the text are read here from the same sequences, ranked by how they are written
        self.entities = sorted((m for m in entities if m.origin != "text"), key=lambda m: m.start)
        self._starts = [m.start for m in self.entities]
        persons = [(m.start, m.text, m.canonical) for m in self.entities if m.type == "person"]
        self.persons: list[tuple[int, str, str]] = persons
        self._written: list[tuple[int, int, str]] | None = None
        # organisations, known or found in the text: what descriptions and "they" stand for
        self.holders = sorted((m for m in entities if m.type in _HOLDER_TYPES), key=lambda m: m.start)
        self._holder_starts = [m.start for m in self.holders]
        self.named = sorted((m for m in entities if m.type != "person"), key=lambda m: m.start)
        self._organisations = {(m.start, m.end) for m in self.holders}
        self._found = {(m.start, m.end): m.canonical for m in entities if m.origin == "text"}
        self._found_ends = {m.end: m for m in entities if m.origin == "text"}
        # people whose names the text shows (no gazetteer's): a pronoun may stand for the last one
        self._found_persons = sorted(
            (m.start, m.text, m.canonical) for m in entities if m.origin == "text" and m.type == "person"
        )
        self._named_starts = [m.start for m in self.named]

    def _entities_in(self, lo: int, hi: int) -> list[EntityMention]:
        i = bisect.bisect_left(self._starts, lo)
        out = []
        while i < len(self.entities) and self.entities[i].start < hi:
            if self.entities[i].end <= hi:
                out.append(self.entities[i])
            i += 1
        return out

    def _candidates(self, lo: int, hi: int, cue_at: int, cue_end: int) -> list[_Candidate]:
        text = self.text
        out: list[_Candidate] = []
        known = self._entities_in(lo, hi)
        for k in known:
            if k.type in _THINGS:
                continue  # "cost “a few $10M's,” Claude 3.5 Sonnet": a model is talked about
            rank = _PERSON if k.type == "person" else _ORG
            out.append(_Candidate(rank, k.start, k.end, k.text, k.canonical))
        taken = [(k.start, k.end) for k in known]  # a thing's name is no person's name either
        for words in self._name_runs(lo, hi, taken):
            while words and words[0].group().casefold() in self.speech.function_words:
                words.pop(0)
            while words and words[-1].group().casefold() in self.speech.function_words:
                words.pop()
            if not words:
                continue
            s, e = words[0].start(), words[-1].end()
            if self.speech.cue.fullmatch(text, s, e):
                continue
            if len(words) >= 2:
                out.append(_Candidate(_NAMED, s, e, text[s:e], None))
            elif (
                self._next_to(s, e, cue_at, cue_end)
                and not self.speech.pronoun.fullmatch(text, s, e)
                and (text[lo:s].strip() or _after_quote(text, s))  # else a sentence's first word
            ):
                out.append(_Candidate(_SINGLE, s, e, text[s:e], None))
        for rx in (self.speech.cjk_name, self.speech.titled_name, _DOTTED):
            if rx is None:
                continue
            for m in rx.finditer(text, lo, hi):
                s, e = trim_dotted(text, *m.span(1), name_rules()) if rx is _DOTTED else m.span(1)
                if self.speech.cue.match(text, s):
                    continue  # 发言人表示: the verb after a title is no name
                if not any(a < e and s < b for a, b in taken):
                    out.append(_Candidate(_NAMED, s, e, text[s:e], None))
        for m in self.speech.pronoun.finditer(text, lo, hi):
            out.append(_Candidate(_PRONOUN, m.start(), m.end(), m.group(), None))
        for m in self.speech.plural_pronoun.finditer(text, lo, hi):
            out.append(_Candidate(_PRONOUN, m.start(), m.end(), m.group(), None, "plural"))
        return self._with_descriptions(out, lo, hi, cue_at, cue_end)

    def _with_descriptions(
        self, cands: list[_Candidate], lo: int, hi: int, cue_at: int, cue_end: int
    ) -> list[_Candidate]:
        """Add the descriptions of ``text[lo:hi]``; the candidates inside one become its holder.

        A description next to a person's name ("analyst Jane Doe", "Analystin Petra Wolf") is
        only that person's title: the name stays the candidate.
        """
        text = self.text
        for s, e in find_descriptions(text, lo, hi, self.speech, cue_at=cue_at, cue_end=cue_end):
            cands = [u for u in (self._untitled(c) for c in cands) if u is not None]
            named = [
                c
                for c in cands
                if c.rank in (_PERSON, _NAMED)
                and s <= c.start <= e + 2
                and (c.start, c.end) not in self._organisations
            ]
            # "Elena Varga, analista de Solano Capital": the description is the name's apposition
            named += [
                c
                for c in cands
                if c.rank in (_PERSON, _NAMED) and c.end <= s and text[c.end : s].strip() == ","
            ]
            if named:
                continue
            cands = [c for c in cands if not (s <= c.start and c.end <= e)]
            cands.append(_Candidate(_NAMED, s, e, text[s:e], self._holder(s, e), "described"))
        return cands

    def _untitled(self, c: _Candidate) -> _Candidate | None:
        """A found name without the describing word it starts with ("Analystin Petra Wolf" ->
        "Petra Wolf"); None when it is all description ("関係者", "同社の広報担当者")."""
        if c.rank != _NAMED or c.kind:
            return c
        last = None
        for m in self.speech.describer.finditer(c.name):
            last = m
        if last is None:
            return c
        if _CJK_TEXT.search(c.name):
            return None if last.end() == len(c.name) else c
        if last.start() != 0:
            return c
        rest = c.name[last.end() :]
        s = c.start + last.end() + len(rest) - len(rest.lstrip())
        return _Candidate(c.rank, s, c.end, self.text[s : c.end], c.canonical) if rest.strip() else None

    def _holder(self, s: int, e: int) -> str | None:
        """The organisation a description names, or the one named last for "the company"."""
        i = bisect.bisect_left(self._named_starts, s)
        inside = [m for m in self.named[i : i + 4] if m.start < e and m.end <= e][:1]
        if inside:
            return inside[0].canonical
        if self.speech.generic_holder.search(self.text, s, e):
            return self._holder_before(s)
        for m in _NAME.finditer(self.text, s, e):  # a name no table knows: "Jefferies analysts"
            if not self.speech.describer.fullmatch(m.group()):
                return m.group()
        return None

    def _holder_before(self, pos: int) -> str | None:
        i = bisect.bisect_left(self._holder_starts, pos) - 1
        if i >= 0 and pos - self.holders[i].start <= _LOOK_BACK:
            return self.holders[i].canonical
        return None

    def _name_runs(self, lo: int, hi: int, taken: list[tuple[int, int]]) -> list[list[re.Match[str]]]:
        """The words of each capitalised sequence, split around known names ("Reuters Elena Varga"
        holds the name "Elena Varga")."""
        runs: list[list[re.Match[str]]] = []
        for m in _NAME.finditer(self.text, lo, hi):
            run: list[re.Match[str]] = []
            for w in _WORD.finditer(self.text, m.start(), m.end()):
                if any(a < w.end() and w.start() < b for a, b in taken):
                    if run:
                        runs.append(run)
                    run = []
                else:
                    run.append(w)
            if run:
                runs.append(run)
        return runs

    @staticmethod
    def _next_to(s: int, e: int, cue_at: int, cue_end: int) -> bool:
        return (cue_at - _NEXT_TO_CUE <= e <= cue_at) or (cue_end <= s <= cue_end + _NEXT_TO_CUE)

    def speaker(
        self, lo: int, hi: int, *, cue_at: int, cue_end: int | None = None, by_rank: bool = False
    ) -> Speaker | None:
        """The best speaker named in ``text[lo:hi]`` for a cue at ``cue_at``, or None.

        ``by_rank``: the cue is only a colon, so nearness to it says little; rank alone decides.
        """
        cue_end = cue_at if cue_end is None else cue_end
        cands = self._candidates(lo, hi, cue_at, cue_end)
        if not cands:
            return None

        aside = self._aside(lo, cue_at)
        inside = [c for c in cands if aside[0] <= c.start < aside[1]]
        # "Jane Doe, an analyst at Foo Capital, said": the apposition's names rank below one as good
        # outside it; "El consejero de Nvidia, Jensen Huang, aseguró": the name in it still wins
        outside = min((c.rank for c in cands if c not in inside), default=len(cands) + 99)

        def distance(c: _Candidate) -> int:
            if c.start >= cue_end:
                return c.start - cue_end + self._complement(c, cue_end)
            aside_penalty = 10_000 if c in inside and c.rank >= outside else 0
            return max(0, cue_at - c.end) + aside_penalty + self._complement(c, cue_end)

        weight = 1_000_000 if by_rank else _RANK_WEIGHT
        best = min(cands, key=lambda c: (c.rank * weight + distance(c), c.end - c.start))
        if best.kind == "described":
            return Speaker(name=best.name, canonical=best.canonical, start=best.start, end=best.end)
        if best.kind == "plural":  # "they": the organisation named last, else nobody named
            holder = self._holder_before(best.start)
            return (
                Speaker(name=best.name, canonical=holder, start=best.start, end=best.end) if holder else None
            )
        if best.rank == _PRONOUN:
            person = self.nearest_before(best.start, written=True)
            if person is None:
                return None
            return Speaker(name=best.name, canonical=person[1], start=best.start, end=best.end)
        canonical = best.canonical or self._found.get((best.start, best.end))
        inner = self._found_ends.get(best.end)
        if (
            canonical is None
            and inner is not None
            and best.start < inner.start
            and self.text[inner.start - 1].isspace()
        ):
            # "Commerce Secretary Laura Whitfield": the name found without its title speaks
            best = _Candidate(best.rank, inner.start, inner.end, inner.text, inner.canonical)
            canonical = inner.canonical
        if best.rank == _SINGLE:
            canonical = self._full_name(best.name, best.start) or canonical
        if best.rank in (_NAMED, _PERSON):
            self.add(best.start, best.name, canonical or best.name)
        return Speaker(name=best.name, canonical=canonical, start=best.start, end=best.end)

    def _complement(self, c: _Candidate, cue_end: int) -> int:
        """A penalty of two ranks for a name after a preposition ("el presidente de Estados
        Unidos, Donald Trump"): it is what a title belongs to, not who speaks."""
        if c.kind:
            return 0
        if 0 <= c.start - cue_end <= 1:  # right after the cue: the speaker, unless it is a listener
            told = self.speech.listener.search(self.text, max(0, cue_end - _COMPLEMENT_REACH), cue_end)
            return 2 * _RANK_WEIGHT if told and told.end() == cue_end else 0
        m = self.speech.complement.search(self.text, max(0, c.start - _COMPLEMENT_REACH), c.start)
        return 2 * _RANK_WEIGHT if m and (m.start() >= cue_end or c.start < cue_end) else 0

    def _aside(self, lo: int, cue_at: int) -> tuple[int, int]:
        """The apposition right before a cue ("X, an analyst at Y, said"): its names rank last."""
        head = self.text[lo:cue_at].rstrip()
        if not head.endswith((",", "，")):
            return (0, 0)
        before = max(head.rfind(",", 0, len(head) - 1), head.rfind("，", 0, len(head) - 1))
        return (lo + before, lo + len(head)) if before >= 0 else (0, 0)

    def add(self, pos: int, name: str, canonical: str) -> None:
        """Record a person named at ``pos`` (a speaker found outside the gazetteer)."""
        bisect.insort(self.persons, (pos, name, canonical))

    def nearest_before(
        self, pos: int, *, within: int | None = None, written: bool = False, found: bool = False
    ) -> tuple[str, str] | None:
        """(name, canonical) of the nearest person named before ``pos`` (known, or found as a speaker).

        With ``written`` (a pronoun stands for a person; a colon does not say one speaks), a person
        the text names also counts, the later one winning ("Dermot Farrell promised ... «...», he
        said" after Niamh Kelly spoke: he is Farrell), and a name written out in capitals the
        gazetteer lacks when no person is in reach. With ``found``, only the people the text names.
        """
        reach = _LOOK_BACK if within is None else within
        pools = (self.persons, self._found_persons) if written or found else (self.persons,)
        last = max((p for p in (_last_before(pool, pos) for pool in pools) if p), default=None)
        if last is not None and pos - last[0] <= reach:
            return last[1], last[2]
        if not written:
            return None
        named = self._last_written_name(max(0, pos - reach), pos)
        return (named[1], named[1]) if named else None

    def _written_names(self) -> list[tuple[int, int, str]]:
        """(start, end, name) of every name of two or more capitalised words the gazetteer lacks."""
        if self._written is None:
            self._written = []
            for m in _NAME.finditer(self.text):
                words = [w.group() for w in _WORD.finditer(m.group())]
                while words and words[0].casefold() in self.speech.function_words:
                    words.pop(0)
                if len(words) >= 2 and not self._entities_in(m.start(), m.end()):
                    self._written.append((m.start(), m.end(), " ".join(words)))
        return self._written

    def _last_written_name(self, lo: int, hi: int) -> tuple[int, str] | None:
        """The last name of two or more capitalised words in ``text[lo:hi]`` the gazetteer lacks."""
        written = self._written_names()
        i = bisect.bisect_left(written, (hi,)) - 1
        while i >= 0 and written[i][0] >= lo:
            if written[i][1] <= hi:
                return written[i][0], written[i][2]
            i -= 1
        return None

    def _full_name(self, surname: str, pos: int) -> str | None:
        """The full name a bare surname stands for: a known person or a name written out before."""
        key = surname.casefold()
        i = bisect.bisect_left(self.persons, (pos,)) - 1
        while i >= 0:
            _, name, canonical = self.persons[i]
            if key in (name.split()[-1].casefold(), canonical.split()[-1].casefold()):
                return canonical
            i -= 1
        written = self._written_names()
        j = bisect.bisect_left(written, (pos,)) - 1
        while j >= 0 and pos - written[j][0] <= _LOOK_BACK:
            if written[j][2].split()[-1].casefold() == key:
                return written[j][2]
            j -= 1
        return None
