"""Language: stated wins when supported; otherwise script first, lingua for Latin-script text."""

from __future__ import annotations

import pytest

from aicoverage.adapters import load_text
from aicoverage.adapters._language import detect_language, normalise_language


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
