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
from aicoverage.model import Bound, Claim, EntityMention, Kind, QuantityMention, Quote, TextSpan
from aicoverage.quantities import find_quantities

_DIGIT = re.compile(r"\d")
_LARGE = 1000
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


def _clause(text: str, sentence: TextSpan, pos: int) -> tuple[int, int]:
    lo = sentence.start
    for m in _CLAUSE.finditer(text, sentence.start, pos):
        lo = m.end()
    nxt = _CLAUSE.search(text, pos, sentence.end)
    return lo, nxt.start() if nxt else sentence.end


def _subject(
    text: str, sentence: TextSpan, start: int, end: int, entities: Sequence[EntityMention]
) -> str | None:
    lo, hi = _clause(text, sentence, start)
    best: tuple[int, int, int, int] | None = None
    name = None
    for m in entities:
        if m.start < sentence.start or m.end > sentence.end or m.type not in _SUBJECT_TYPES:
            continue
        if m.start < end and start < m.end:
            continue
        same_clause = 0 if lo <= m.start and m.end <= hi else 1
        after = 0 if m.end <= start else 1
        distance = start - m.end if not after else m.start - end
        key = (same_clause, _SUBJECT_TYPES[m.type], after, distance)
        if best is None or key < best:
            best, name = key, m.canonical
    return name


def is_claim(mention: QuantityMention) -> bool:
    """Whether a quantity is worth a claim: any number written in digits; spelled out, an amount of
    money (with a currency), a percentage, or a large definite count ("two million users"). Small or
    vague counts only in words ("двумя странами", "一项", "millions of chips") are prose, not figures
    sources are compared on.

    >>> from aicoverage import find_quantities
    >>> text = "двумя странами, 50 тысяч чипов, два миллиона пользователей"
    >>> [is_claim(m) for m in find_quantities(text, language="ru")]
    [False, True, True]
    """
    if _DIGIT.search(mention.text):
        return True
    q = mention.quantity
    if q.kind is Kind.MONEY:
        return q.currency is not None
    return q.kind is Kind.PERCENT or (q.bound is not Bound.VAGUE and q.low >= _LARGE)


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
        mentions = [m for m in find_quantities(text[span.start : span.end], language=language) if is_claim(m)]
        if not mentions:
            continue
        sentences = find_sentences(text, span.start, span.end)
        sentence_starts = [s.start for s in sentences]
        topics_of: dict[int, tuple[str, ...]] = {}
        for mention in mentions:
            start, end = span.start + mention.start, span.start + mention.end
            i = max(0, bisect.bisect_right(sentence_starts, start) - 1)
            j = i
            while j + 1 < len(sentences) and sentences[j].end < end:
                j += 1
            sentence = TextSpan(sentences[i].start, max(sentences[j].end, end)) if sentences else span
            a, b = bisect.bisect_left(starts, sentence.start), bisect.bisect_right(starts, sentence.end)
            if sentence.start not in topics_of:
                found = find_topics(text, sentence.start, sentence.end, language=language)
                topics_of[sentence.start] = tuple(dict.fromkeys(t for _, t in found))
            k = bisect.bisect_right(quote_starts, start) - 1
            quote = quotes[k] if k >= 0 and quotes[k].end >= end else None
            speaker = None
            if quote is not None and quote.speaker is not None:
                speaker = quote.speaker.canonical or quote.speaker.name
            out.append(
                Claim(
                    start=start,
                    end=end,
                    text=text[start:end],
                    quantity=mention.quantity,
                    sentence=text[sentence.start : sentence.end],
                    sentence_start=sentence.start,
                    subject=_subject(text, sentence, start, end, ordered[a:b]),
                    speaker=speaker,
                    topics=topics_of[sentence.start],
                )
            )
    return out
