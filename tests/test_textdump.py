"""Text dumps of news pages: the head (labels, names, repeated titles, datelines, edit stamps),
month-only date headers, captions and credits, footnote markers, and what is no reader comment.
Every text here is written for the test, in several languages."""

from __future__ import annotations

import datetime as dt

import pytest

from aicoverage.adapters import load_text
from aicoverage.adapters._datelines import search_date
from aicoverage.adapters._head import find_dateline, is_edit_stamp, is_label_line, is_name_line
from aicoverage.model import Extraction
from aicoverage.serialize import dumps

EN = "The chip export rules were loosened this week, officials in Washington said on Monday."
FR = "Les règles d'exportation des puces ont été assouplies cette semaine, selon les autorités."
ZH = "美国官员周一表示,本周芯片出口规则有所放宽,英伟达的股价随即上涨了百分之五。"
RU = "Правила экспорта чипов на этой неделе смягчили, заявили в понедельник чиновники."


# -- month-only date headers ----------------------------------------------------------------------


@pytest.mark.parametrize("body", [EN, FR, RU])
def test_a_month_only_date_header_is_a_partial_date(body: str) -> None:
    art = load_text(f" date 2025-01 {body}")
    assert (art.published, art.published_precision) == (dt.date(2025, 1, 1), "month")
    assert art.body == body
    assert '"published": "2025-01"' in dumps(Extraction(art))


def test_a_full_date_header_has_no_partial_precision() -> None:
    art = load_text(f" date 2025-01-29 {EN}")
    assert (str(art.published), art.published_precision) == ("2025-01-29", None)


def test_an_impossible_month_is_no_date() -> None:
    assert load_text(f" date 2025-13 {EN}").published is None


# -- datelines, edit stamps, times ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("时事 2025-01-28 09:17 四川", dt.datetime(2025, 1, 28, 9, 17)),
        ("Tech | 29 janvier 2025", dt.date(2025, 1, 29)),
        ("Politik, 29.01.2025, 10:32", dt.datetime(2025, 1, 29, 10, 32)),
        ("January 29, 2025 7:47 PM", dt.datetime(2025, 1, 29, 19, 47)),
        ("Он заявил 29 января 2025 года, что продажи упадут.", None),  # a sentence, not a dateline
        ("В 2007 году", None),
    ],
)
def test_datelines_in_every_languages_form(line: str, expected: object) -> None:
    assert find_dateline(line) == expected


def test_a_dateline_under_the_title_is_the_publication_date_and_set_aside() -> None:
    art = load_text(f"芯片出口新规出台\n时事 2025-01-28 09:17 四川\n{ZH}")
    assert (art.title, art.published, art.body) == ("芯片出口新规出台", dt.datetime(2025, 1, 28, 9, 17), ZH)


@pytest.mark.parametrize(
    "stamp",
    ["本帖于 2025-01-30 10:54:05 时间, 由普通用户 xyz 编辑", "Last edited 30 January 2025 by a moderator"],
)
def test_an_edit_stamp_is_set_aside_and_is_no_publication_date(stamp: str) -> None:
    assert is_edit_stamp(stamp)
    body = ZH if "本帖" in stamp else EN
    art = load_text(f"A title for the post here\n\n{stamp}\n\n{body}")
    assert art.published is None
    assert art.body == body


def test_twelve_am_and_pm_are_read_right() -> None:
    assert search_date("29 Jan 2025 12:05 AM")[2] == dt.datetime(2025, 1, 29, 0, 5)  # type: ignore[index]
    assert search_date("29 Jan 2025 12:05 PM")[2] == dt.datetime(2025, 1, 29, 12, 5)  # type: ignore[index]


# -- the head: labels, names, repeated titles, bios -----------------------------------------------


def test_a_repeated_title_with_its_caption_between_and_a_name_line_before() -> None:
    text = (
        " date 2025-01-29 Chips and policy\nJane Doe\n\nWashington loosens the chip export rules\n\n"
        "Image: an illustration prompted by the desk\nWashington loosens the chip export rules\n"
        "Jane covers trade policy for the site. She lives in Boston.\nsummary Summary\n\n" + EN
    )
    art = load_text(text)
    assert (art.title, art.author, str(art.published)) == (
        "Washington loosens the chip export rules",
        "Jane Doe",
        "2025-01-29",
    )
    assert art.body == EN


def test_a_breadcrumb_ending_in_the_title_a_byline_and_a_tag() -> None:
    title = "Les règles d'exportation des puces assouplies"
    art = load_text(f"Accueil Actualité{title}\n\n{title}\n\npar Marie\nÉtats-Unis\n\n{FR}")
    assert (art.title, art.author, art.body) == (title, "Marie", FR)


def test_a_section_label_before_the_title_is_not_the_title() -> None:
    art = load_text(f"Технологии\nСША смягчили правила экспорта чипов\n{RU}")
    assert (art.title, art.body) == ("США смягчили правила экспорта чипов", RU)


@pytest.mark.parametrize(
    ("line", "name", "label"),
    [
        ("Jane Doe", True, True),  # a name alone is label-shaped too; its place tells them apart
        ("María José Pérez", True, True),
        ("Иван Петров", True, True),
        ("芯片出口新规出台", False, False),
        ("时事", False, True),
        ("Nvidia loses 17 percent", False, False),
        ("AI in practice", False, True),
        ("summary Summary", False, True),
        ("The rules were loosened.", False, False),
    ],
)
def test_name_and_label_shapes(line: str, name: bool, label: bool) -> None:
    assert (is_name_line(line), is_label_line(line)) == (name, label)


def test_a_table_of_contents_does_not_make_a_title() -> None:
    lines = "\n".join(["The real title of the piece", "Contents", *[f"Part {c} of it all" for c in "ABCDE"]])
    text = lines + "\nPart A of it all\n" + EN
    art = load_text(text)
    assert art.title != "Part A of it all"
    assert art.body.startswith("The real title of the piece")


# -- inside the body: captions, credits, footnote markers, furniture ------------------------------


def test_a_caption_and_its_pipe_credit_are_set_aside() -> None:
    caption = "Officials speak to reporters outside the ministry in Paris on Jan. 21st, 2025."
    art = load_text(f"Chip rules loosened again\n{caption}\nJane Doe | Wire Photos\n{EN}")
    assert art.body == EN
    assert [a.reason for a in art.set_aside] == ["title", "caption", "caption"]


def test_footnote_markers_on_lines_of_their_own_are_set_aside_and_never_claims() -> None:
    from aicoverage.extract import extract

    text = "The rules were loosened for most buyers\n1\n. Nvidia sold 50,000 chips\n[2]\nlast year."
    art = load_text(EN + "\n" + text)
    assert [a.text for a in art.set_aside if a.reason == "footnote"] == ["1", "[2]"]
    assert [c.text for c in extract(art).claims] == ["50,000 chips"]


@pytest.mark.parametrize("line", ["Voir plus", "Ver más", "5 min read", "圖片", "Facebook", "Показать ещё"])
def test_furniture_lines_inside_the_body_are_set_aside(line: str) -> None:
    art = load_text(f"{EN}\n{line}\n{EN}")
    assert line not in art.body


# -- what is no reader comment --------------------------------------------------------------------


def test_lines_cut_at_link_anchors_are_not_reader_comments() -> None:
    text = (
        EN + "\nExport controls are one of\nour most powerful tools\nfor preventing this, and the idea that"
        "\nthe technology\n, having\nmore\nbang for the buck, is wrong."
    )
    art = load_text(text)
    assert art.comments == ()
    assert art.body.endswith("bang for the buck, is wrong.")


def test_subheadings_each_followed_by_a_paragraph_are_not_reader_comments() -> None:
    paragraphs = [
        ("見通し", "政府は輸出規制を強化する方針で、数カ月以内に新しい規則が発効する見込みだ。"),
        ("政策提言", "専門家は、規制が不十分であれば技術の軍事利用が進むと懸念している。"),
        ("今後の動向", "商務長官候補は公聴会で、技術が盗まれたと主張した。"),
    ]
    text = "規制の効果分析\n" + "\n".join(f"{h}\n{p}" for h, p in paragraphs)
    art = load_text("輸出規制は米国の優位性を確保するために重要だと述べた。\n" + text)
    assert art.comments == ()
    assert art.body.endswith(paragraphs[-1][1])


def test_a_headerless_comment_block_with_a_reply_time_is_still_read() -> None:
    comments = "\n张三\n好文章\n李四 回复 01-31 10:32\n同意\n王五\n不同意"
    art = load_text(ZH + comments)
    assert [c.author for c in art.comments] == ["张三", "李四", "王五"]


def test_a_name_over_a_dateline_under_the_title_is_the_byline() -> None:
    text = f"Les règles d'exportation des puces assouplies\nMarie Dupont\n9:37 AM CET · 29 janvier 2025\n{FR}"
    art = load_text(text)
    assert (art.author, art.published, art.body) == ("Marie Dupont", dt.date(2025, 1, 29), FR)


def test_a_byline_and_dateline_under_a_standfirst_are_set_aside() -> None:
    standfirst = "The chipmaker lost 17% on Monday, its worst day, after a start-up rattled markets."
    text = (
        f"Nvidia loses record value\n{standfirst}\nJane Doe\nUpdated 10:15 AM EST, Wed January 29, 2025\n{EN}"
    )
    art = load_text(text)
    assert art.published == dt.date(2025, 1, 29)
    assert art.body == f"{standfirst}\n\n{EN}"


def test_a_doubled_label_inside_the_body_is_set_aside() -> None:
    art = load_text(f"{EN}\nsummary Summary\n{EN}")
    assert "Summary" not in art.body


def test_the_bio_right_after_a_repeated_title_is_set_aside() -> None:
    title = "Washington loosens the chip export rules"
    bio = "The writer covers trade policy for the site and lives in Boston."
    art = load_text(f"{title}\nImage: the desk\n{title}\n{bio}\nsummary Summary\n{EN}")
    assert (art.title, art.body) == (title, EN)
