"""The speech tables (``data/speech/<language>.toml``) compiled into the patterns quotes need.

With no language (or one without a table) the tables of every supported language are merged.

>>> speech = speech_patterns("ru")
>>> speech.cue.search("— сказала она").group()
'сказала'
>>> bool(speech.pronoun.fullmatch("Она"))
True
"""

from __future__ import annotations

import functools
import re

from attrs import frozen

from aicoverage._scripts import HAN, KATAKANA
from aicoverage._tables import languages_of, read_table
from aicoverage._wordtrie import words_pattern

_HAN_NAME = f"[{HAN}·]{{2,6}}?"
_CJK_NAME = f"[{HAN}{KATAKANA}・·]{{2,16}}?"


@frozen
class Speech:
    """Compiled cue verbs, pronouns, function words and CJK name suffixes of one language (or all)."""

    cue: re.Pattern[str]
    according: re.Pattern[str]
    back: re.Pattern[str]
    particle: re.Pattern[str]
    implicit_subject: bool
    """Whether a speech verb may stand without its subject ("dijo", "表示"): then the speaker is
    the person named last before it."""
    """Particles right after a closing mark that say a cue follows in the sentence (Japanese と)."""
    """Words that point back at a quote before them, right before a cue ("こう語った": said so)."""
    """Words that attribute a quote only before it ("according to X, ...")."""
    pronoun: re.Pattern[str]
    function_words: frozenset[str]
    cjk_name: re.Pattern[str] | None
    """A name before a name suffix (山田氏): group 1."""
    titled_name: re.Pattern[str] | None
    """A Chinese name after a title, up to a stop word or verb (发言人毛宁表示): group 1."""
    title: re.Pattern[str]
    """Words next to quote marks that make the quoted stretch a title, name or term."""
    describer: re.Pattern[str]
    """Words that describe a speaker without naming them ("spokesperson", "analysts", "関係者")."""
    plural_pronoun: re.Pattern[str]
    """Plural pronouns ("they"): they stand for the organisation named last."""
    generic_holder: re.Pattern[str]
    """Words for an organisation named earlier ("the company", "同社")."""
    listener: re.Pattern[str]
    """Speech verbs whose object is the listener ("told"): a name right after one did not speak."""
    dialogue: bool
    """Whether a paragraph opened by a dash may be speech (ru, es, fr)."""
    complement: re.Pattern[str]
    """A preposition right before a name ("presidente de X"): the name is a complement, not a speaker."""


@functools.cache
def speech_patterns(language: str | None = None) -> Speech:
    """The compiled speech patterns of ``language`` (all languages merged when None or unknown)."""
    verbs: list[str] = []
    according: list[str] = []
    back: list[str] = []
    particles: list[str] = []
    implicit = False
    titles_before: list[str] = []
    stops: list[str] = []
    pronouns: list[str] = []
    function_words: set[str] = set()
    suffixes: list[str] = []
    titles: list[str] = []
    describers: list[str] = []
    plurals: list[str] = []
    holders: list[str] = []
    complements: list[str] = []
    dialogue = False
    listeners: list[str] = []
    # lower(), not casefold(), for words matched as patterns: casefold turns "ß" into "ss"
    for code in languages_of(language):
        table = read_table("speech", code)
        verbs += [w.lower() for w in table.get("verbs", ())]
        according += [w.lower() for w in table.get("according", ())]
        back += [w.lower() for w in table.get("back_references", ())]
        particles += table.get("quote_particles", ())
        implicit = implicit or bool(table.get("implicit_subject", False))
        titles_before += table.get("name_titles", ())
        stops += table.get("name_stops", ())
        pronouns += [w.lower() for w in table.get("pronouns", ())]
        function_words.update(w.casefold() for w in table.get("function_words", ()))
        suffixes += table.get("name_suffixes", ())
        titles += [w.lower() for w in table.get("title_words", ())]
        describers += [w.lower() for w in table.get("speaker_nouns", ())]
        plurals += [w.lower() for w in table.get("plural_pronouns", ())]
        holders += [w.lower() for w in table.get("generic_holders", ())]
        complements += [w.lower() for w in table.get("complement_words", ())]
        dialogue = dialogue or bool(table.get("dialogue_dashes", False))
        listeners += [w.lower() for w in table.get("listener_verbs", ())]
    cjk = re.compile(f"({_CJK_NAME})(?:{words_pattern(suffixes)})") if suffixes else None
    titled = None
    if titles_before:
        ends = words_pattern([*stops, *verbs])
        starts = words_pattern(stops) if stops else "(?!)"
        titled = re.compile(f"(?:{words_pattern(titles_before)})(?!{starts})({_HAN_NAME})(?={ends}|$)")
    return Speech(
        cue=re.compile(words_pattern(verbs), re.IGNORECASE),
        according=re.compile(words_pattern(according), re.IGNORECASE),
        back=re.compile(words_pattern(back), re.IGNORECASE),
        particle=re.compile(words_pattern(particles)),
        implicit_subject=implicit,
        pronoun=re.compile(words_pattern(pronouns), re.IGNORECASE),
        function_words=frozenset(function_words),
        cjk_name=cjk,
        titled_name=titled,
        title=re.compile(words_pattern(titles), re.IGNORECASE),
        describer=re.compile(words_pattern(describers), re.IGNORECASE),
        plural_pronoun=re.compile(words_pattern(plurals), re.IGNORECASE),
        generic_holder=re.compile(words_pattern(holders), re.IGNORECASE),
        dialogue=dialogue,
        listener=re.compile(words_pattern(listeners), re.IGNORECASE),
        # the preposition, then the spaces up to the name: matched as ending where the name starts
        complement=re.compile(f"(?:{words_pattern(complements)})[ \u00a0]*$", re.IGNORECASE),
    )
