"""Numeric claims in context: each quantity with its sentence, subject, speaker and topics.

Quantities come from :func:`aicoverage.find_quantities`, run over each body span. The subject is
the known entity the claim is about: one in the same clause (between commas) first; a company or
model rather than a person, a person rather than a chip; before the number rather than after it;
never an outlet that reports it. The speaker is whoever says the quote the number stands in. Topics are the
language-independent ids of ``data/topics.toml`` whose words occur in the sentence.

>>> from aicoverage.extract.entities import find_entities
>>> text = "Nvidia fell 17%, Bloomberg says."
>>> [(c.text, c.subject, c.topics) for c in find_claims(text, language="en",
...                                                      entities=find_entities(text))]
[('17%', 'Nvidia', ('market_value',))]
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence

from aicoverage._tables import read_table
from aicoverage._wordtrie import words_pattern
from aicoverage.extract._sentences import find_sentences
from aicoverage.extract.measures import is_unit_of_price, read_measure, read_part, read_period
from aicoverage.model import Bound, Claim, EntityMention, Kind, QuantityMention, Quote, TextSpan
from aicoverage.quantities import find_quantities

_DIGIT = re.compile(r"\d")
_LARGE = 1000
_FEW = 2
_WINDOW = "window"
_CLAUSE = re.compile(r"[,;:，；：]")
# Who a number is about, best first: a chip is more often what is counted than what is described.
_SUBJECT_TYPES = {"company": 0, "model": 0, "organization": 0, "place": 1, "person": 1, "chip": 2}


@functools.cache
def _topic_patterns(language: str | None) -> tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str]], ...]]:
    """One pattern for every topic word, and each topic's own pattern to tell which one matched."""
    topics = read_table("topics")["topics"]
    per_topic = []
    every: list[str] = []
    for topic, by_language in topics.items():
        words = [
            w.casefold()
            for code, ws in by_language.items()
            if language is None or code == language
            for w in ws
        ]
        if words:
            every += words
            per_topic.append((topic, re.compile(words_pattern(words), re.IGNORECASE)))
    return re.compile(words_pattern(every), re.IGNORECASE), tuple(per_topic)


def find_topics(
    text: str, start: int = 0, end: int | None = None, *, language: str | None = None
) -> list[tuple[int, str]]:
    """(offset, topic id) of every topic word in ``text[start:end]``, in order.

    >>> find_topics("обучение обошлось в 6 млн", language="ru")
    [(0, 'training'), (9, 'cost')]
    """
    combined, per_topic = _topic_patterns(language)
    out = []
    for m in combined.finditer(text, start, len(text) if end is None else end):
        word = m.group()
        for topic, rx in per_topic:
            if rx.fullmatch(word):
                out.append((m.start(), topic))
                break
    return out


_NEAREST = 8
_APPOSITION = 3
"""At most this many characters before the number in its clause make it an apposition ("a", "um")."""
"""Entities considered on each side of a number: keeps the work per claim bounded."""
_KEEP = 160
"""Characters of the sentence kept on each side of the claim (the sentence text is a window)."""
# Whose quantity a number is, best first: a company, model or project holds values more than a person.
_HOLDER_TYPES = {
    "company": 0,
    "model": 0,
    "organization": 0,
    "project": 0,
    "product": 0,
    "place": 2,
    "person": 2,
}


def _clause(
    marks: Sequence[int], sentence: TextSpan, start: int, end: int, text: str = ""
) -> tuple[int, int]:
    """The clause (between commas, semicolons, colons) of ``text[start:end]``, from ``marks``,
    the sorted offsets of every clause mark. A clause that opens with the number ("Stargate, a
    $500 billion project"; "the total investment, $1B in hardware") is an apposition: the clause
    before it is part of it."""
    k = bisect.bisect_left(marks, start) - 1
    lo = marks[k] + 1 if k >= 0 and marks[k] >= sentence.start else sentence.start
    if lo > sentence.start and len(text[lo:start].strip()) <= _APPOSITION:
        lo = marks[k - 1] + 1 if k >= 1 and marks[k - 1] >= sentence.start else sentence.start
    n = bisect.bisect_left(marks, end)
    hi = marks[n] if n < len(marks) and marks[n] < sentence.end else sentence.end
    return lo, hi


def _near(
    ordered: Sequence[EntityMention], starts: Sequence[int], sentence: TextSpan, start: int, end: int
) -> list[EntityMention]:
    """The few entities of the sentence nearest the number, on each side."""
    a, b = bisect.bisect_left(starts, sentence.start), bisect.bisect_right(starts, sentence.end)
    k = bisect.bisect_left(starts, start, a, b)
    return [m for m in ordered[max(a, k - _NEAREST) : min(b, k + _NEAREST)] if m.end <= sentence.end]


def _subject(near: Sequence[EntityMention], clause: tuple[int, int], start: int, end: int) -> str | None:
    lo, hi = clause
    best: tuple[int, int, int, int] | None = None
    name = None
    for m in near:
        if m.type not in _SUBJECT_TYPES or (m.start < end and start < m.end):
            continue
        same_clause = 0 if lo <= m.start and m.end <= hi else 1
        after = 0 if m.end <= start else 1
        distance = start - m.end if not after else m.start - end
        key = (same_clause, _SUBJECT_TYPES[m.type], after, distance)
        if best is None or key < best:
            best, name = key, m.canonical
    return name


def _holder(
    near: Sequence[EntityMention], clause: tuple[int, int], word: int | None, start: int, end: int
) -> str | None:
    """The entity whose quantity the number is: the one of its clause nearest the word that tells
    the measure ("Nvidia's market value", "the market value of Nvidia"), else nearest the number;
    a company, model or project before a person; one named before the number (where the subject
    stands) before one after it ("Nvidia shares fell 17% as Microsoft cut spending"); None when the
    clause names none."""
    lo, hi = clause
    anchor = start if word is None else word
    best: tuple[int, int, int] | None = None
    name = None
    for m in near:
        if m.type not in _HOLDER_TYPES or m.start < lo or m.end > hi or (m.start < end and start < m.end):
            continue
        key = (_HOLDER_TYPES[m.type], 0 if m.end <= start else 1, abs(anchor - m.start))
        if best is None or key < best:
            best, name = key, m.canonical
    return name


def _window(sentence: TextSpan, start: int, end: int) -> TextSpan:
    """The part of ``sentence`` kept with a claim: at most ``_KEEP`` characters on each side."""
    return TextSpan(max(sentence.start, start - _KEEP), min(sentence.end, end + _KEEP))


_COUNTED = 3
"""A count in words of a known noun from three on is a figure ("three new data centres", "五座数据
中心"); "two countries", "двумя странами" are prose."""


def is_claim(mention: QuantityMention) -> bool:
    """Whether a quantity is worth a claim: any number written in digits; spelled out, an amount of
    money (with a currency), a percentage, a duration of two units or more or with a half ("six
    months", "nine to twelve months", "un an et demi"), a multiple ("multiplied by four"), a large
    definite count ("two million users"), a count of a known noun from three on ("three new data
    centres") or a large vague count of something ("millions of chips"). Smaller counts only in
    words ("двумя странами", "一项") and vague amounts of nothing are prose, not figures sources are
    compared on.

    >>> from aicoverage import find_quantities
    >>> text = "двумя странами, 50 тысяч чипов, два миллиона пользователей, миллионы чипов, пять серверов"
    >>> [is_claim(m) for m in find_quantities(text, language="ru")]
    [False, True, True, True, True]
    """
    if _DIGIT.search(mention.text):
        return True
    q = mention.quantity
    if q.kind is Kind.MONEY:
        return q.currency is not None
    if q.bound is Bound.VAGUE:
        return q.unit is not None and q.low >= _LARGE  # "millions of chips" counts something
    if q.kind is Kind.DURATION:  # "six months", "nine to twelve months", "un an et demi" (not "a year")
        return q.unit is not None and (q.high >= _FEW or q.high != q.high.to_integral_value())
    if q.kind in (Kind.PERCENT, Kind.MULTIPLE):  # "cinco por ciento", "multiplied by four"
        return True
    return q.low >= _LARGE or (q.unit is not None and q.low >= _COUNTED)


def _price_unit(text: str, offset: int, mention: QuantityMention, language: str) -> bool:
    """A magnitude in words after "per" is the unit of a price, no count: "$3 per million tokens"."""
    q = mention.quantity
    return (
        q.kind is Kind.COUNT
        and not _DIGIT.search(mention.text)
        and is_unit_of_price(text, offset + mention.start, language=language)
    )


def find_claims(
    text: str,
    spans: Iterable[TextSpan] | None = None,
    *,
    language: str,
    quotes: Sequence[Quote] = (),
    entities: Sequence[EntityMention] = (),
) -> list[Claim]:
    """Numeric claims of ``text`` (only inside ``spans`` when given), in text order."""
    ordered = sorted(entities, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    quote_starts = [q.start for q in quotes]
    out: list[Claim] = []
    for span in spans if spans is not None else [TextSpan(0, len(text))]:
        mentions = [
            m
            for m in find_quantities(text[span.start : span.end], language=language)
            if is_claim(m) and not _price_unit(text, span.start, m, language)
        ]
        if not mentions:
            continue
        taken = [(span.start + m.start, span.start + m.end) for m in mentions]
        sentences = find_sentences(text, span.start, span.end)
        sentence_starts = [s.start for s in sentences]
        marks = [m.start() for m in _CLAUSE.finditer(text, span.start, span.end)]
        topics_of: dict[int, tuple[str, ...]] = {}
        for mention in mentions:
            start, end = span.start + mention.start, span.start + mention.end
            i = max(0, bisect.bisect_right(sentence_starts, start) - 1)
            j = i
            while j + 1 < len(sentences) and sentences[j].end < end:
                j += 1
            sentence = TextSpan(sentences[i].start, max(sentences[j].end, end)) if sentences else span
            if sentence.start not in topics_of:
                found = find_topics(text, sentence.start, sentence.end, language=language)
                topics_of[sentence.start] = tuple(dict.fromkeys(t for _, t in found))
            k = bisect.bisect_right(quote_starts, start) - 1
            quote = quotes[k] if k >= 0 and quotes[k].end >= end else None
            speaker = None
            if quote is not None and quote.speaker is not None:
                speaker = quote.speaker.canonical or quote.speaker.name
            near = _near(ordered, starts, sentence, start, end)
            clause = _clause(marks, sentence, start, end, text)
            measure, word = read_measure(text, *clause, start, end, mention.quantity, language=language)
            if measure == _WINDOW and not _DIGIT.search(mention.text):
                continue  # "over the last three years": the window a figure is looked at in, no figure
            kept = _window(sentence, start, end)
            out.append(
                Claim(
                    start=start,
                    end=end,
                    text=text[start:end],
                    quantity=mention.quantity,
                    sentence=text[kept.start : kept.end],
                    sentence_start=kept.start,
                    subject=_subject(near, clause, start, end),
                    speaker=speaker,
                    topics=topics_of[sentence.start],
                    holder=_holder(near, clause, word, start, end),
                    measure=measure,
                    period=read_period(text, sentence.start, sentence.end, start, end, taken=taken),
                    part=read_part(text, *clause, start, end, language=language),
                )
            )
    return out
