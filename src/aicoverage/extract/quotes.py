"""Direct quotes and their speakers, in every mark style and attribution order.

Quote marks are paired per paragraph (:mod:`._marks`), then each quoted stretch is attributed:
a speech verb right after it (``«…», — заявил X``, ``“…”, dijo X``, ``“A”他宣称，“B”``), a dash
attribution inside the marks (``«A, — сказал X. — B»``, one quote), a verb or colon right before
it (``X said: “…”``, ``Il déclare : « … »``, ``X表示，“…”``, a paragraph ending in a colon before
a quoted paragraph), or a verb elsewhere in its sentence (a partial quote). Stretches without
attribution are quotes only when they read as speech (long, or a paragraph of their own); scare
quotes, terms, titles and names in marks are not quotes. Offsets exclude the marks.

>>> from aicoverage.extract.entities import find_entities
>>> text = "«Это ошибка, — сказал Bloomberg Иван Петров из банка. — Большая ошибка», — добавил он."
>>> [(q.text[:10], q.speaker.name, q.cue) for q in find_quotes(text, language="ru")]
[('Это ошибка', 'Иван Петров', 'сказал')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from attrs import frozen

from aicoverage._scripts import HAN, KANA
from aicoverage.extract._dialogue import find_dialogue
from aicoverage.extract._marks import Quoted, find_quoted
from aicoverage.extract._sentences import find_paragraphs, find_sentences, is_false_stop
from aicoverage.extract._speakers import People
from aicoverage.extract._speech import Speech, speech_patterns
from aicoverage.model import EntityMention, Quote, Speaker, TextSpan

_CJK = re.compile(f"[{KANA}{HAN}]")
_MARK = re.compile('[«»„“”‘’"「」『』]')
_STOP = re.compile(r"[.!?;。！？；]")
# a dash attribution inside the marks: "A, — сказал X. — B", "A —dijo X—, B"
_INNER_DASH = re.compile(r"(?:[,.!?…]\s*|\s)[—–]\s*")
_DASH_AFTER = re.compile(r"[,.]?\s*[—–]")
_SENTENCE_END = re.compile(r"[.!?…。！？](?!$)")
_AFTER_WINDOW = 120
_CUE_REACH = 90
_GAP_WORDS = 6  # words between a closing mark and its verb: "”, a spokesperson for the company said"
_TOKEN = re.compile(r"[^\W\d_]+")
_APPOSITION = re.compile(r",[^,]*,")
_CJK_CUE_REACH = 12  # characters: a name and a title (张湖月认为, 同社の広報担当者は)
_BEFORE_REACH = 50
_NEAR_PERSON = 1500
_TRAIL = " \t\u00a0\u202f\u3000"
_TITLE_REACH = 40
_CLAUSE_REACH = 400
_LEAD = " \t\u00a0,—–-"


def _words(text: str) -> float:
    if _CJK.search(text):
        return len(_CJK.findall(text)) / 2.5 + len(re.findall(r"[A-Za-z0-9]+", text)) * 0.5
    return len(text.split())


def _title_like(text: str) -> bool:
    """Title Case ("Export Controls and the Future of AI"): nearly every longer word capitalised."""
    words = [w for w in text.split() if w[0].isalpha()]
    if not words or len(words) > 20:
        return False
    if len(words) <= 6 and all(w[0].isupper() for w in words):
        return True
    long = [w for w in words if len(w) > 3]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


@frozen
class _Attribution:
    """How a quoted stretch is attributed: cue text, speaker, and whether the cue stands next to it."""

    cue: str | None
    speaker: Speaker | None
    adjacent: bool
    position: str | None = None
    """The attribution evidence (see :attr:`~aicoverage.model.Quote.attribution`)."""


class _Finder:
    def __init__(self, text: str, entities: Sequence[EntityMention], speech: Speech) -> None:
        self.text = text
        self.speech = speech
        self.people = People(text, entities, speech)
        self.entity_spans = {(m.start, m.end) for m in entities}

    # -- attribution ---------------------------------------------------------------------------
    def after(self, q: Quoted, para: TextSpan, clause_start: int) -> _Attribution | None:
        text = self.text
        lo = q.after
        hi = min(para.end, lo + _AFTER_WINDOW)
        stop = next(
            (m for m in _STOP.finditer(text, lo, hi) if not is_false_stop(text, para.start, m.end())), None
        )
        mark = _MARK.search(text, lo, hi)
        hi = min(x.start() for x in (stop, mark) if x) if (stop or mark) else hi
        cue = self.speech.cue.search(text, lo, hi)
        if cue is None:
            return self._unspoken(lo, hi, stop is not None) or self._told_so(
                q, para, stop.end() if stop else None
            )
        gap = cue.start() - lo
        quotative = self.speech.particle.match(text, lo) is not None  # 「…」と、X氏は語った
        if gap > _CUE_REACH or (
            gap > _CJK_CUE_REACH and not quotative and _CJK.search(text, lo, cue.start())
        ):
            return None
        between = _APPOSITION.sub(",", text[lo : cue.start()], count=1)  # ", who co-founded X,"
        if len(_TOKEN.findall(between)) > _GAP_WORDS:
            return None  # a clause of its own stands between ("”, indicando que o Ocidente ... alerta")
        # "”, Son said, adding that SoftBank ...": a second cue after a comma starts another clause
        then = next(
            (m for m in self.speech.cue.finditer(text, cue.end(), hi) if "," in text[cue.end() : m.start()]),
            None,
        )
        hi = then.start() if then else hi
        speaker = self.people.speaker(lo, hi, cue_at=cue.start(), cue_end=cue.end())
        position = self._position(speaker, cue)
        if speaker is None and clause_start < q.open_at:
            # the subject stands before the quote: アモデイ氏は「…」と述べた
            speaker = self.people.speaker(clause_start, q.open_at, cue_at=q.open_at)
            position = "before"
        return _Attribution(cue.group(), speaker, True, position)

    def _position(self, speaker: Speaker | None, cue: re.Match[str]) -> str:
        """``inverted`` ("”, said X"), ``apposition`` ("”, X, an analyst at Y, said") or ``after``."""
        if speaker is None or speaker.start is None or speaker.end is None:
            return "after"
        if speaker.start >= cue.end():
            return "inverted"
        between = self.text[speaker.end : cue.start()]
        return "apposition" if between.lstrip().startswith((",", "，")) else "after"

    def _unspoken(self, lo: int, hi: int, sentence_ends: bool) -> _Attribution | None:
        """No verb after the quote, but "», selon X" or "», Donald Trump." (a name ending the sentence)."""
        text = self.text
        start = lo
        while start < hi and text[start] in _LEAD:
            start += 1
        if start == lo and lo < hi:
            return None  # glued to the closing mark: the sentence goes on
        according = self.speech.according.match(text, start, hi)
        if according is not None:
            speaker = self.people.speaker(
                according.end(), hi, cue_at=according.start(), cue_end=according.end()
            )
            return _Attribution(according.group(), speaker, True, "according") if speaker else None
        if not sentence_ends or start >= hi:
            return None
        speaker = self.people.speaker(start, hi, cue_at=start)
        if speaker is None or speaker.start != start or speaker.end is None:
            return None
        rest = text[speaker.end : hi].strip()
        if rest and not rest.startswith((",", "，")):
            return None  # "», Donald Trump a ajouté ..." is a sentence of its own
        return _Attribution(None, speaker, True, "apposition" if rest else "after")

    def _told_so(self, q: Quoted, para: TextSpan, next_start: int | None) -> _Attribution | None:
        """A quote ended by a full stop, then "X said so" (「…」。孫会長はこう語った。)."""
        if next_start is None or next_start - q.after > 2:
            return None
        text = self.text
        hi = min(para.end, next_start + _AFTER_WINDOW)
        stop = _STOP.search(text, next_start, hi)
        hi = stop.start() if stop else hi
        back = self.speech.back.search(text, next_start, hi)
        at = back.end() if back else hi
        while at < hi and text[at] in _TRAIL:
            at += 1
        cue = self.speech.cue.match(text, at, hi) if back else None
        if back is None or cue is None:
            return None
        speaker = self.people.speaker(next_start, hi, cue_at=back.start(), cue_end=cue.end())
        return _Attribution(cue.group(), speaker, True, "after")

    def inner(self, q: Quoted) -> _Attribution | None:
        text = self.text
        for dash in _INNER_DASH.finditer(text, q.start, q.end):
            cue = self.speech.cue.match(text, dash.end(), q.end)
            if cue is None:
                continue
            end_dash = _DASH_AFTER.search(text, cue.end(), q.end)
            stop = _STOP.search(text, cue.end(), q.end)
            hi = min(x.start() for x in (end_dash, stop) if x) if (end_dash or stop) else q.end
            speaker = self.people.speaker(cue.end(), hi, cue_at=cue.start(), cue_end=cue.end())
            return _Attribution(cue.group(), speaker, True, "inner")
        return None

    def before(self, q: Quoted, clause_start: int, prev_para: TextSpan | None) -> _Attribution | None:
        text = self.text
        end = q.open_at
        while end > clause_start and text[end - 1] in _TRAIL:
            end -= 1
        if end == clause_start and prev_para is not None and text[prev_para.end - 1] in ":：":
            sentences = find_sentences(text, prev_para.start, prev_para.end)
            lo = sentences[-1].start if sentences else prev_para.start
            return self._colon(lo, prev_para.end - 1)
        if end == clause_start:
            return None
        last = text[end - 1]
        if last in ":：":
            return self._colon(clause_start, end - 1)

        def close_by(m: re.Match[str]) -> bool:
            return m.end() == end or (last in ",，、—–-" and end - m.end() <= _BEFORE_REACH)

        def leads(m: re.Match[str]) -> bool:
            """'Pour X, «…»' / 'Xによると、「…」': the word opens its clause or ends right at the mark."""
            head = text[clause_start : m.start()].rstrip()
            return not head or head[-1] in ",;:，；：" or not text[m.end() : end].strip(" ,，、")

        verbs = list(self.speech.cue.finditer(text, clause_start, end))
        according = [
            m for m in self.speech.according.finditer(text, clause_start, end) if close_by(m) and leads(m)
        ]
        found = verbs[-1:] + according[-1:]
        if not found:
            return None
        cue = max(found, key=lambda m: (close_by(m), m.start()))
        adjacent = close_by(cue)
        # far from the quote, what follows the verb is its object ("noted DeepSeek's success could
        # ..."): the speaker is the subject before it; next to the quote the name may follow the
        # verb ("заявил глава компании Иван Петров: «…»")
        hi = end if adjacent else cue.start()
        speaker = self.people.speaker(clause_start, hi, cue_at=cue.start(), cue_end=cue.end())
        if speaker is None and not adjacent:
            return None  # a verb somewhere in the sentence, but nobody saying it
        if speaker is None and self.speech.implicit_subject:
            speaker = self.nearest(cue.start())
        position = "according" if self.speech.according.fullmatch(cue.group()) else "before"
        return _Attribution(cue.group(), speaker, adjacent, position)

    def _colon(self, lo: int, colon: int) -> _Attribution:
        cues = list(self.speech.cue.finditer(self.text, lo, colon))
        cue_at, cue_end = (cues[-1].start(), cues[-1].end()) if cues else (colon, colon)
        speaker = self.people.speaker(lo, colon, cue_at=cue_at, cue_end=cue_end, by_rank=not cues)
        speaker = speaker or self.nearest(lo)
        return _Attribution(cues[-1].group() if cues else self.text[colon], speaker, True, "colon")

    def nearest(self, pos: int, *, within: int = _NEAR_PERSON, found: bool = False) -> Speaker | None:
        """The person named last before ``pos``; with ``found``, also one the text names that has
        not spoken yet (a verb with no subject: "Para o analista X, ... “…”, disse.")."""
        person = self.people.nearest_before(pos, within=within, found=found)
        return Speaker(name=person[0], canonical=person[1]) if person else None

    # -- decision ------------------------------------------------------------------------------
    def is_titled(self, q: Quoted, clause_start: int) -> bool:
        """Whether a title word stands right before the opening mark or right after the closing one."""
        text = self.text
        if text[clause_start : q.open_at].rstrip().endswith((":", "：")):
            return False
        lo = max(clause_start, q.open_at - _TITLE_REACH)
        before = [m for m in self.speech.title.finditer(text, lo, q.open_at) if m.end() >= q.open_at - 2]
        after = self.speech.title.match(text, q.after) if q.closed else None
        return bool(before or after)

    def is_speech(self, q: Quoted, how: _Attribution | None, para: TextSpan) -> bool:
        body = self.text[q.start : q.end]
        words = _words(body)
        if (q.start, q.end) in self.entity_spans:
            return False
        if how is not None and how.adjacent:
            return words >= 2
        if _title_like(body) and not _CJK.search(body):
            return False
        if how is not None:
            return words >= 3
        if q.open_at == para.start and q.after >= para.end - 1:
            return words >= 3
        return words >= 8 or (words >= 5 and bool(_SENTENCE_END.search(body)))


def _merge(text: str, quoted: list[Quoted], para: TextSpan, speech: Speech) -> list[Quoted]:
    """Join a paragraph-leading quote cut in two by a flipped inner pair (“A” b “C” -> one quote)."""
    if len(quoted) < 2:
        return quoted
    first, second = quoted[0], quoted[1]
    lead = first.open_at == para.start or text[para.start : first.open_at].rstrip().endswith((":", "："))
    gap = text[first.after : second.open_at]
    if (
        lead
        and first.closed
        and text[first.end - 1].isalnum()
        and len(gap) <= 60
        and any(ch.isalpha() for ch in gap)  # a word between: “A” b “C”, not a list “A”, “C”
        and not _STOP.search(gap)
        and not speech.cue.search(gap)
    ):
        joined = Quoted(first.start, second.end, first.open_at, second.close_at)
        return [joined, *quoted[2:]]
    return quoted


def find_quotes(
    text: str,
    spans: Iterable[TextSpan] | None = None,
    *,
    entities: Sequence[EntityMention] | None = None,
    language: str | None = None,
) -> list[Quote]:
    """Direct quotes in ``text`` (only inside ``spans`` when given), with speakers, in text order.

    ``entities`` (from :func:`~aicoverage.extract.entities.find_entities`, found here when None)
    name known speakers; ``language`` picks the speech table (all tables are used when None).
    """
    speech = speech_patterns(language)
    if entities is None:
        from aicoverage.extract.entities import find_entities

        entities = find_entities(text, spans)
    finder = _Finder(text, entities, speech)
    out: list[Quote] = []
    prev_para: TextSpan | None = None  # across spans: a heading set aside may stand between
    for span in spans if spans is not None else [TextSpan(0, len(text))]:
        for para in find_paragraphs(text, span.start, span.end):
            quoted = _merge(text, find_quoted(text, para.start, para.end), para, speech)
            dialogue = None if quoted else find_dialogue(text, para.start, para.end, speech)
            if dialogue is not None:
                out.extend(_paragraph_quotes(finder, [dialogue], para, prev_para, dialogue=True))
            elif quoted:
                out.extend(_paragraph_quotes(finder, quoted, para, prev_para))
            prev_para = para
    return out


def _paragraph_quotes(
    finder: _Finder,
    quoted: list[Quoted],
    para: TextSpan,
    prev_para: TextSpan | None,
    *,
    dialogue: bool = False,
) -> list[Quote]:
    """The quotes of one paragraph; a ``dialogue`` stretch is one only where a speech verb follows."""
    text = finder.text
    sentences = find_sentences(text, para.start, para.end)
    starts = [s.start for s in sentences]
    out: list[Quote] = []
    prev_end = para.start
    last_speaker: Speaker | None = None
    for q in quoted:
        i = bisect.bisect_right(starts, q.open_at) - 1
        clause_start = max(starts[i] if i >= 0 else para.start, prev_end, q.open_at - _CLAUSE_REACH)
        found = [finder.inner(q), finder.after(q, para, clause_start)]
        if not any(a and a.speaker for a in found):
            found.append(finder.before(q, clause_start, prev_para if q.open_at == para.start else None))
        ways = [a for a in found if a is not None]
        how = next((a for a in ways if a.speaker), ways[0] if ways else None)
        prev_end = q.after
        follows = how is None and last_speaker is not None and q.open_at == clause_start
        speech = finder.is_speech(q, how, para) or (follows and _words(text[q.start : q.end]) >= 3)
        if not speech or finder.is_titled(q, clause_start):
            continue
        if dialogue and (how is None or how.cue is None):
            continue
        speaker = how.speaker if how else None
        position = ("dash" if dialogue else how.position) if how and speaker else None
        if speaker is None:
            standalone = q.open_at == para.start and q.after >= para.end - 1
            position = "continued" if last_speaker is not None else "nearest"
            if last_speaker is not None:
                speaker = last_speaker
            elif how is not None and (finder.speech.implicit_subject or how.cue in (":", "：")):
                # "“…”, dijo." has its speaker in the sentences before; "they said" names nobody
                speaker = finder.nearest(q.open_at, found=how.cue not in (":", "："))
            elif standalone:  # a quoted paragraph: someone named in the paragraph before said it
                lo = prev_para.start if prev_para is not None else para.start
                speaker = finder.nearest(q.open_at, within=q.open_at - lo)
            else:  # unattributed speech: someone named earlier in its paragraph said it
                speaker = finder.nearest(q.open_at, within=q.open_at - para.start)
        last_speaker = speaker or last_speaker
        out.append(
            Quote(
                text=text[q.start : q.end],
                start=q.start,
                end=q.end,
                speaker=speaker,
                cue=how.cue if how else None,
                partial=bool(how and not how.adjacent),
                attribution=position if speaker else None,
            )
        )
    return out
