"""Language: stated wins when supported; otherwise script first, lingua for Latin-script text."""

from __future__ import annotations

import pytest

from aicoverage.adapters import load_text
from aicoverage.adapters._language import (
    detect_language,
    identify_language,
    normalise_language,
    resolve_language,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Генеральный директор Anthropic Дарио Амодеи (Dario Amodei) недоволен", "ru"),
        ("NVIDIA H200, AMD MI300 и Google TPU: что дальше", "ru"),
        ("美国AI初创公司Anthropic首席执行官", "zh"),
        ("DeepSeekの新しいモデルは注目を集めている", "ja"),
        ("O mundo da inteligência artificial foi descascado", "pt"),
        ("Las acciones de Nvidia cayeron un 17% el lunes.", "es"),
        ("Les ventes de puces vers la Chine ont repris.", "fr"),
        ("Die Aktien von Nvidia fielen am Montag deutlich.", "de"),
        ("Le azioni di Nvidia sono crollate lunedì.", "it"),
        ("Nvidia shares fell on Monday.", "en"),
        ("12345 -- 67", None),
        ("", None),
    ],
)
def test_detection_rows(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("stated", "expected"),
    [("ru-RU", "ru"), ("pt_BR", "pt"), ("EN", "en"), ("zh-Hans", "zh"), ("xx", None), ("", None), (3, None)],
)
def test_stated_language_rows(stated: object, expected: str | None) -> None:
    assert normalise_language(stated) == expected


def test_stated_language_wins_over_detection() -> None:
    art = load_text('{"title": "T", "body": "Nvidia shares fell on Monday.", "language": "de"}')
    assert art.language == "de"


def test_unsupported_stated_language_is_recorded_and_detection_used() -> None:
    art = load_text('{"title": "T", "body": "Nvidia shares fell on Monday.", "language": "nl"}')
    assert art.language == "en"
    assert [p.code for p in art.problems] == ["language_unsupported"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("삼성전자는 오늘 새로운 AI 칩 HBM4를 공개했다고 Nvidia 측이 밝혔다", (None, "ko")),
        ("Η κυβέρνηση ανακοίνωσε νέους κανόνες για τα τσιπ της Nvidia", (None, "el")),
        ("أعلنت الحكومة عن قواعد جديدة لتصدير رقائق Nvidia", (None, "Arabic script")),
        ("Уряд оголосив нові правила експорту чипів, і ці правила діють з понеділка", (None, "uk")),
        (
            "Pemerintah mengumumkan bahwa larangan ekspor chip canggih akan dilonggarkan mulai bulan depan, "
            "kata para pejabat kepada wartawan di Jakarta pada hari Senin.",
            (None, "id"),
        ),
        (
            "De regering heeft maandag aangekondigd dat het exportverbod op geavanceerde chips "
            "wordt versoepeld, zeiden ambtenaren tegen verslaggevers.",
            (None, "nl"),
        ),
        ("Nvidia shares fell on Monday.", ("en", None)),  # short: supported languages only
        ("", (None, None)),
    ],
)
def test_identification_names_unsupported_languages(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert identify_language(text) == expected


_LONG_EN = (
    "The export ban on advanced chips was loosened on Monday, officials in Washington said. Companies "
    "will be allowed to sell older accelerators to approved buyers under a new licence, and analysts "
    "expect the change to lift quarterly sales by several hundred million dollars. Shares of the largest "
    "chip makers rose in early trading."
)


@pytest.mark.parametrize(
    ("stated", "text", "language", "codes"),
    [
        ("en", _LONG_EN, "en", []),
        ("de", _LONG_EN, "en", ["language_contradicted"]),
        ("de", "Nvidia shares fell on Monday.", "de", []),  # too short to contradict
        ("ru", _LONG_EN, "en", ["language_contradicted"]),  # another script
        ("zh", "DeepSeekの新しいモデルは注目を集めている。" * 20, "zh", []),  # kana in Chinese: quoted names
        (
            None,
            "삼성전자는 오늘 새로운 인공지능 칩을 공개했다고 밝혔다." * 10,
            None,
            ["language_unsupported"],
        ),
        (
            "ko",
            "삼성전자는 오늘 새로운 인공지능 칩을 공개했다고 밝혔다." * 10,
            None,
            ["language_unsupported"],
        ),
    ],
)
def test_resolve_language_rows(stated: str | None, text: str, language: str | None, codes: list[str]) -> None:
    got, problems = resolve_language(stated, text)
    assert (got, [p.code for p in problems]) == (language, codes)
