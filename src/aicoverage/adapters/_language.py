"""Which language an article is in: detected from the text, the stated one kept unless the text
clearly contradicts it.

Scripts decide first, because they are certain and free: kana means Japanese, Han without kana
Chinese, Cyrillic Russian (our only Cyrillic language; Ukrainian letters say Ukrainian), and
every other script (Hangul, Arabic, Greek, Hebrew, Thai, Devanagari...) is counted too, so a
Korean page is not taken for English because of its few Latin names. Latin-script text goes to
lingua (``lingua-language-detector``), built lazily on first use, over the supported Latin-script
languages of ``data/languages.toml`` plus the common Latin-script languages we do not support
(Indonesian, Dutch, Turkish...): an Indonesian page is then *unsupported*, not English. A language
we do not support is never labelled with one we do: :func:`identify_language` names it, and
:func:`detect_language` gives None.

lingua runs in its low-accuracy mode (trigram models: 0.2 s and 57 MB to load instead of 1 s and
190 MB, the same answers on article-length text; see benchmarks/README.md); a sample shorter than
``_SHORT_SAMPLE`` letters goes to the full models of the supported languages only (too short to
tell an unsupported language reliably), built only if such a text comes.

>>> detect_language("Генеральный директор Anthropic Дарио Амодеи (Dario Amodei) недоволен")
'ru'
>>> detect_language("美国AI初创公司Anthropic首席执行官")
'zh'
>>> detect_language("O mundo da inteligência artificial foi descascado na semana passada")
'pt'
>>> identify_language("삼성전자는 오늘 새로운 AI 칩을 공개했다고 밝혔다")
(None, 'ko')
>>> normalise_language("pt-BR"), normalise_language("klingon")
('pt', None)

:func:`resolve_language` chooses between the stated language and the text: the stated one wins
unless the text clearly contradicts it (another script, or at least ``_CLEAR_SAMPLE`` letters that
lingua gives to another language while giving the stated one almost no chance); either way a
:class:`~aicoverage.model.Problem` says what happened.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from aicoverage._scripts import CYRILLIC, HAN, KANA
from aicoverage._tables import check_language, supported_languages
from aicoverage.errors import UnsupportedLanguageError
from aicoverage.model import Problem

_SAMPLE = 4000
_SHORT_SAMPLE = 120
_LATIN_SAMPLE = 1500  # letters given to lingua: its time grows with them, its answer settles long before
_CLEAR_SAMPLE = 300
_NO_CHANCE = 0.05
_KANA = re.compile(f"[{KANA}]")
_HAN = re.compile(f"[{HAN}]")
_CYRILLIC = re.compile(f"[{CYRILLIC}]")
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LATIN_LOWER_WORD = re.compile(r"(?<![\w])[a-z\u00df-\u00ff\u0100-\u024f][A-Za-z\u00c0-\u024f]*")
_LATIN_RUNS = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’ \-]*")
# Scripts of languages we do not support, with the language (or script) they tell, and how many
# Latin letters one of their characters is worth (a Hangul syllable holds two or three sounds).
_OTHER_SCRIPTS = (
    ("ko", re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]"), 2.5),
    ("Arabic script", re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]"), 1.0),
    ("he", re.compile(r"[\u0590-\u05ff]"), 1.0),
    ("el", re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]"), 1.0),
    ("th", re.compile(r"[\u0e00-\u0e7f]"), 1.0),
    ("Devanagari script", re.compile(r"[\u0900-\u097f]"), 1.0),
    ("Bengali script", re.compile(r"[\u0980-\u09ff]"), 1.0),
    ("ka", re.compile(r"[\u10a0-\u10ff]"), 1.0),
    ("hy", re.compile(r"[\u0530-\u058f]"), 1.0),
)
_ANY_OTHER_SCRIPT = re.compile("|".join(pattern.pattern for _, pattern, _ in _OTHER_SCRIPTS))
# Languages told apart by script alone; lingua handles the rest.
_BY_SCRIPT = {"ja", "zh", "ru"}
# Latin-script languages we do not support, given to lingua so that it can say "none of ours".
_UNSUPPORTED_LATIN = (
    "af", "ca", "cs", "da", "et", "fi", "hr", "hu", "id", "lt", "lv", "ms", "nb", "nl", "pl", "ro",
    "sk", "sl", "sq", "sv", "sw", "tl", "tr", "vi",
)  # fmt: skip


def normalise_language(value: object) -> str | None:
    """A supported ISO 639-1 code from a stated language (``"ru-RU"``, ``"pt_BR"``), else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return check_language(value.strip())
    except UnsupportedLanguageError:
        return None


def resolve_language(stated: object, text: str) -> tuple[str | None, tuple[Problem, ...]]:
    """The article's language from a ``stated`` one (or None) and its ``text``, with the problems
    met: a stated language we do not support, a text in one we do not support, a stated language
    the text clearly contradicts (the text's wins).

    >>> resolve_language("de", "Nvidia shares fell on Monday.")
    ('de', ())
    >>> resolve_language(None, "삼성전자는 오늘 새로운 AI 칩을 공개했다고 밝혔다")[1][0].code
    'language_unsupported'
    """
    code = normalise_language(stated)
    problems: list[Problem] = []
    if stated not in (None, "") and code is None:
        problems.append(Problem("language_unsupported", f"stated language {stated!r} is not supported"))
    detected, other = identify_language(text)
    if code is not None and not _contradicts(code, detected, other, text):
        return code, ()
    if code is not None:
        found = detected or other
        problems.append(
            Problem("language_contradicted", f"stated language {stated!r}, but the text is in {found}")
        )
    elif other is not None and not problems:
        problems.append(Problem("language_unsupported", f"the text is in {other}, which is not supported"))
    return detected, tuple(problems)


def _contradicts(code: str, detected: str | None, other: str | None, text: str) -> bool:
    found = detected or other
    if found is None or found == code:
        return False
    cjk = {"ja", "zh"}
    if code in cjk and found in cjk:
        return False  # kana in a Chinese text are quoted names more often than a Japanese text
    sample = text[:_SAMPLE]
    script, score = _main_script(sample)
    if score < _CLEAR_SAMPLE / 2:
        return False
    if code in _BY_SCRIPT or script != "latin":
        return True  # another script altogether
    runs = " ".join(_LATIN_RUNS.findall(sample))[:_LATIN_SAMPLE]
    if len(runs) < _CLEAR_SAMPLE:
        return False
    detector = _latin_detector(short=False)
    if detector is None:  # pragma: no cover - lingua is a dependency
        return False
    from lingua import IsoCode639_1, Language

    language = Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
    return float(detector.compute_language_confidence(runs, language)) <= _NO_CHANCE


def detect_language(text: str) -> str | None:
    """The supported language ``text`` is written in, or None when it has no letters to tell or
    is in a language we do not support."""
    return identify_language(text)[0]


def identify_language(text: str) -> tuple[str | None, str | None]:
    """``(supported language, None)``, or ``(None, what it is)`` for a language we do not support
    (an ISO 639-1 code, or a script's name where the script does not tell the language), or
    ``(None, None)`` for a text without letters."""
    sample = text[:_SAMPLE]
    script, score = _main_script(sample)
    if score == 0:
        return None, None
    if script == "cjk":
        kana, han = len(_KANA.findall(sample)), len(_HAN.findall(sample))
        return ("ja" if kana >= 0.05 * (kana + han) and "ja" in supported_languages() else "zh"), None
    if script == "cyrillic":
        ukrainian = len(_UKRAINIAN.findall(sample))
        return (None, "uk") if ukrainian >= 0.01 * score else ("ru", None)
    if script != "latin":
        return None, script
    return _detect_latin(" ".join(_LATIN_RUNS.findall(sample))[:_LATIN_SAMPLE])


def _main_script(sample: str) -> tuple[str, float]:
    # Capitalised Latin words (NVIDIA, Google, DeepSeek) are names any language borrows; words in
    # lowercase say which language the text is written in.
    latin = len("".join(_LATIN_LOWER_WORD.findall(sample))) or 0.1 * len(_LATIN.findall(sample))
    # A Han character carries about as much as two or three Latin letters.
    scores = {
        "cjk": 2.5 * (len(_KANA.findall(sample)) + len(_HAN.findall(sample))),
        "cyrillic": float(len(_CYRILLIC.findall(sample))),
        "latin": latin,
    }
    others = _ANY_OTHER_SCRIPT.search(sample) is not None  # most texts have none: one scan, not nine
    for name, pattern, weight in _OTHER_SCRIPTS:
        scores[name] = weight * len(pattern.findall(sample)) if others else 0.0
    script = max(scores, key=lambda k: scores[k])
    return script, scores[script]


def _detect_latin(sample: str) -> tuple[str | None, str | None]:
    detector = _latin_detector(short=len(sample) < _SHORT_SAMPLE)
    if detector is None:  # pragma: no cover - lingua is a dependency
        return "en", None
    found = detector.detect_language_of(sample)
    if found is None:
        return None, None
    code = str(found.iso_code_639_1.name.lower())
    if code in supported_languages():
        return code, None
    return None, code


@functools.cache
def _latin_detector(*, short: bool) -> Any:
    """lingua's detector for the Latin-script languages, or None without lingua: for ``short``
    samples the full models of the supported ones, otherwise the low-accuracy models of the
    supported and the unsupported ones."""
    try:
        from lingua import IsoCode639_1, Language, LanguageDetectorBuilder
    except ImportError:  # pragma: no cover - lingua is a dependency
        return None
    codes = [c for c in supported_languages() if c not in _BY_SCRIPT]
    if not short:
        codes += _UNSUPPORTED_LATIN
    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in codes]
    builder = LanguageDetectorBuilder.from_languages(*languages)
    return (builder if short else builder.with_low_accuracy_mode()).build()
