"""Which language an article is in: the stated one if supported, else detected from the text.

Scripts decide first, because they are certain and free: kana means Japanese, Han without kana
Chinese, Cyrillic Russian (our only Cyrillic language). Latin-script text goes to lingua
(``lingua-language-detector``), restricted to the supported Latin-script languages of
``data/languages.toml`` and built lazily on first use: it is accurate on short and mixed texts,
where n-gram detectors trained on all languages are not. Mixed texts count letters per script, so
a Russian article full of English company names stays Russian.

>>> detect_language("Генеральный директор Anthropic Дарио Амодеи (Dario Amodei) недоволен")
'ru'
>>> detect_language("美国AI初创公司Anthropic首席执行官")
'zh'
>>> detect_language("O mundo da inteligência artificial foi descascado na semana passada")
'pt'
>>> normalise_language("pt-BR"), normalise_language("klingon")
('pt', None)
"""

from __future__ import annotations

import functools
import re
from typing import Any

from aicoverage._tables import check_language, supported_languages
from aicoverage.errors import UnsupportedLanguageError

_SAMPLE = 4000
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LATIN_LOWER_WORD = re.compile(r"(?<![\w])[a-z\u00df-\u00ff\u0100-\u024f][A-Za-z\u00c0-\u024f]*")
# Languages told apart by script alone; lingua handles the rest.
_BY_SCRIPT = {"ja", "zh", "ru"}


def normalise_language(value: object) -> str | None:
    """A supported ISO 639-1 code from a stated language (``"ru-RU"``, ``"pt_BR"``), else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return check_language(value.strip())
    except UnsupportedLanguageError:
        return None


def detect_language(text: str) -> str | None:
    """The supported language ``text`` is written in, or None when it has no letters to tell."""
    sample = text[:_SAMPLE]
    kana = len(_KANA.findall(sample))
    han = len(_HAN.findall(sample))
    cyrillic = len(_CYRILLIC.findall(sample))
    # Capitalised Latin words (NVIDIA, Google, DeepSeek) are names any language borrows; words in
    # lowercase say which language the text is written in.
    latin = sum(len(w) for w in _LATIN_LOWER_WORD.findall(sample)) or 0.1 * len(_LATIN.findall(sample))
    # A Han character carries about as much as two or three Latin letters.
    scores = {"cjk": 2.5 * (kana + han), "ru": cyrillic, "latin": latin}
    script = max(scores, key=lambda k: scores[k])
    if scores[script] == 0:
        return None
    if script == "cjk":
        return "ja" if kana >= 0.05 * (kana + han) and "ja" in supported_languages() else "zh"
    if script == "ru":
        return "ru"
    return _detect_latin(" ".join(_LATIN_RUNS.findall(sample)))


_LATIN_RUNS = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’ \-]*")


def _detect_latin(sample: str) -> str | None:
    detector = _latin_detector()
    if detector is None:
        return "en"
    found = detector.detect_language_of(sample)
    if found is None:
        return None
    return str(found.iso_code_639_1.name.lower())


@functools.cache
def _latin_detector() -> Any:
    """lingua's detector for the supported Latin-script languages, or None if lingua is missing."""
    try:
        from lingua import IsoCode639_1, Language, LanguageDetectorBuilder
    except ImportError:  # pragma: no cover - lingua is a dependency
        return None
    languages = [
        Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
        for code in supported_languages()
        if code not in _BY_SCRIPT
    ]
    return LanguageDetectorBuilder.from_languages(*languages).build()
