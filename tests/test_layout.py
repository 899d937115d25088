"""Layout rules of plain text: lines, cue tables, comment blocks, bylines, dates, body and set-aside."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aicoverage._tables import read_table, supported_languages
from aicoverage.adapters._byline import match_byline, match_date_marker, split_name
from aicoverage.adapters._comments import find_comments
from aicoverage.adapters._cues import LINE_KINDS, PHRASE_KINDS, load_cues
from aicoverage.adapters._dates import parse_date
from aicoverage.adapters._layout import analyse_layout
from aicoverage.adapters._lines import ends_sentence, is_shouting, split_lines
from aicoverage.adapters._markup import fold_words
from tests.strategies import source_texts

# --- cue tables ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", supported_languages())
def test_every_language_has_a_boilerplate_table_with_the_known_keys(language: str) -> None:
    table = read_table("boilerplate", language)
    known = {*LINE_KINDS, *PHRASE_KINDS, "date_markers", "source_markers", "bylines", "reply_markers"}
    known.add("outlet_suffixes")
    known.add("edit_markers")
    assert table
    assert set(table) <= known
    assert all(isinstance(w, str) and w.strip() for words in table.values() for w in words)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("loading", "navigation"),
        ("Загрузка...", "navigation"),
        ("• Share:", "share"),
        ("复制链接", "share"),
        ("Читайте также", "related"),
        ("Comments (48)", "comments"),
        ("网友评论", "comments"),
        ("Share this", "share"),
        ("Shares fell by 10%", None),
        ("Loading the ship took weeks.", None),
    ],
)
def test_whole_line_cue_rows(line: str, kind: str | None) -> None:
    assert load_cues().line_kind(line) == kind


def test_phrase_cues_respect_word_boundaries_in_cased_scripts() -> None:
    cues = load_cues()
    assert cues.find_phrase("paywall", "Please Subscribe now to read more") == 7
    assert cues.find_phrase("paywall", "the unsubscribed nowhere") is None
    assert cues.find_phrase("credits", "Anthropic首席执行官达里奥·阿莫迪维基百科") == 21


# --- lines --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("Он сказал: «Да.»", True),
        ("创新。”", True),
        ("Что случилось?", True),
        ("Heading", False),
        ("", False),
    ],
)
def test_ends_sentence_rows(line: str, ends: bool) -> None:
    assert ends_sentence(line) is ends


def test_shouting_needs_a_long_capitalised_line() -> None:
    assert is_shouting("НАСТОЯЩИЙ МАТЕРИАЛ ПРОИЗВЕДЕН ИНОСТРАННЫМ АГЕНТОМ THE BELL. 18+")
    assert not is_shouting("NVIDIA AMD TSMC")


@settings(max_examples=200, deadline=None)
@given(source_texts)
def test_lines_are_exact_and_trimmed(text: str) -> None:
    for ln in split_lines(text):
        assert text[ln.start : ln.end] == ln.text == ln.text.strip() != ""


# --- dates, date markers, bylines ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-01-30T11:52:43", dt.datetime(2025, 1, 30, 11, 52, 43)),
        ("2025-01-30 11:52", dt.datetime(2025, 1, 30, 11, 52)),
        ("2025-01-30T08:52:43Z", dt.datetime(2025, 1, 30, 8, 52, 43, tzinfo=dt.UTC)),
        ("2026-01-21", dt.date(2026, 1, 21)),
        ("21.01.2026", dt.date(2026, 1, 21)),
        (dt.date(2025, 2, 1), dt.date(2025, 2, 1)),
        ("2007", None),
        ("2007–2008 годов", None),
        ("2025-02-30", None),
        ("yesterday", None),
        (20250130, None),
    ],
)
def test_parse_date_rows(value: object, expected: object) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (" date 2026-01-21 Генеральный", dt.date(2026, 1, 21)),
        ("Дата: 21.01.2026\n", dt.date(2026, 1, 21)),
        ("Published 2025-01-30 11:52 Text", dt.datetime(2025, 1, 30, 11, 52)),
        ("发布时间 2025-01-30 正文", dt.date(2025, 1, 30)),
        ("В 2007 году", None),
        ("date of the meeting", None),
    ],
)
def test_date_marker_rows(text: str, published: object) -> None:
    m = match_date_marker(text, 0)
    assert (m.published if m else None) == published


@pytest.mark.parametrize(
    ("text", "author", "outlet"),
    [
        ("[文/观察者网熊超然]连日来", "熊超然", "观察者网"),
        ("【文/环球网 李明】据报道", "李明", "环球网"),
        ("By Jane Doe", "Jane Doe", None),
        ("By Jane Doe, Reuters", "Jane Doe", "Reuters"),
        ("Автор: Иван Петров", "Иван Петров", None),
        ("by the way, this is text.", None, None),
        ("Por outro lado, a empresa", None, None),
    ],
)
def test_byline_rows(text: str, author: str | None, outlet: str | None) -> None:
    b = match_byline(text, 0)
    assert ((b.author, b.outlet) if b else (None, None)) == (author, outlet)


@pytest.mark.parametrize(
    ("text", "title", "published", "outlet", "author"),
    [
        (
            "2025-01-31 10:32:15 来源：观察者网\n美国商务部周一宣布放宽出口限制。\n分析人士表示可能被推翻。",
            None,
            dt.datetime(2025, 1, 31, 10, 32, 15),
            "观察者网",
            None,
        ),
        (
            "Chips rules loosened\n\nJanuary 27, 2025\n\nBy Jane Doe\n\nThe export ban was loosened today.",
            "Chips rules loosened",
            dt.date(2025, 1, 27),
            None,
            "Jane Doe",
        ),
        (
            "27 января 2025, 10:32\n\nИсточник: Интерфакс\n\nВласти разрешили продажу чипов в Китай.",
            None,
            dt.datetime(2025, 1, 27, 10, 32),
            "Интерфакс",
            None,
        ),
        ("Источник в правительстве сообщил, что запрет снимут.", None, None, None, None),
        ("27 января стало известно, что запрет снимут.", None, None, None, None),
    ],
)
def test_date_lines_bylines_and_sources_at_the_top(
    text: str, title: str | None, published: object, outlet: str | None, author: str | None
) -> None:
    lay = analyse_layout(text)
    assert (lay.title, lay.published, lay.outlet, lay.author) == (title, published, outlet, author)
    assert "".join(text[s.start : s.end] for s in lay.body_spans).endswith(text.rsplit("\n", 1)[-1])


def test_a_known_outlet_name_splits_a_glued_byline() -> None:
    assert split_name("BloombergJohn Smith") == ("John Smith", "Bloomberg")


# --- comments -----------------------------------------------------------------------------------


def test_two_pairs_without_a_header_are_not_a_comment_block() -> None:
    lines = split_lines("A body sentence ends here.\nann\nGreat!\nbob\nNo.")
    assert find_comments(lines) == (len(lines), [])


def test_a_header_makes_even_one_pair_a_comment_block() -> None:
    lines = split_lines("A body sentence ends here.\nComments\nann\nGreat!")
    first, comments = find_comments(lines)
    assert first == 1
    assert [(c.author, c.text) for c in comments] == [("ann", "Great!")]


def test_a_closing_bullet_list_is_not_a_comment_block() -> None:
    text = (
        "Body sentence of the article.\nKey points:\n- cost\n- chips\n- export rules\n- sales\n- bans\n- fees"
    )
    assert find_comments(split_lines(text)) == (8, [])


def test_a_comments_header_early_in_the_text_is_not_a_comment_block() -> None:
    text = "Comments\nFirst line of the story.\nSecond line.\nThird line.\nFourth line.\nFifth."
    assert find_comments(split_lines(text))[1] == []


def test_blank_line_between_heading_and_paragraph_is_no_comment_pair() -> None:
    text = (
        "Intro paragraph, long enough.\n\nHeading one\n\nPara one.\n\nHeading two\n\nPara two.\n\nH3\n\nP3."
    )
    assert find_comments(split_lines(text))[1] == []


# --- layout -------------------------------------------------------------------------------------


def test_caption_inside_the_body_splits_it_into_two_spans() -> None:
    text = "First paragraph of the story.\nФото: Reuters\nSecond paragraph of the story."
    lay = analyse_layout(text)
    assert [text[s.start : s.end] for s in lay.body_spans] == [
        "First paragraph of the story.",
        "Second paragraph of the story.",
    ]
    assert [a.reason for a in lay.set_aside] == ["caption"]


def test_markdown_title_and_headings() -> None:
    text = "# The title\n\nIntro sentence of the post.\n\n## A section\n\nMore text of the post."
    lay = analyse_layout(text)
    assert lay.title == "The title"
    assert [s.title for s in lay.sections] == ["A section"]
    assert [a.reason for a in lay.set_aside] == ["title", "heading_marker"]


def test_share_line_before_any_paragraph_does_not_end_the_article() -> None:
    text = "Share\n\nShort title\n\nFirst paragraph of the story, long enough.\n\nSecond one."
    lay = analyse_layout(text)
    assert lay.title == "Short title"
    assert [text[s.start : s.end] for s in lay.body_spans] == [
        "First paragraph of the story, long enough.\n\nSecond one."
    ]


def test_outlet_named_in_the_page_furniture() -> None:
    text = "The story, a sentence long enough.\n\nReuters newsletters are now paid. Subscribe!"
    assert analyse_layout(text).outlet == "Reuters"


def test_comment_triplets_with_the_time_on_its_own_line() -> None:
    text = (
        "Власти разрешили продажу чипов в Китай, сообщает агентство.\n\nКомментарии\n"
        "Иван Петров\n27 января 2025, 10:32\nЭто ошибка.\nМария\n11:00\nСогласна.\nОлег ответ\n12:15\nНет."
    )
    first, comments = find_comments(split_lines(text))
    assert first == 1
    assert [(c.author, c.posted, c.text, c.is_reply) for c in comments] == [
        ("Иван Петров", "27 января 2025, 10:32", "Это ошибка.", False),
        ("Мария", "11:00", "Согласна.", False),
        ("Олег", "12:15", "Нет.", True),
    ]


# --- the end of the article: evidence, not tripwires --------------------------------------------

_PARA = "The regulator said on Monday that the export rules would be reviewed again next year."


def _body(text: str, **kwargs: object) -> str:
    lay = analyse_layout(text, **kwargs)  # type: ignore[arg-type]
    return "\n\n".join(text[s.start : s.end] for s in lay.body_spans)


@pytest.mark.parametrize(
    "heading",
    [
        "VOLKSWAGEN ID SPACE VIZZION CONCEPT",
        "WILL SOMEONE STAND UP FOR THE ESTABLISHMENT?",
        "ПОЧЕМУ ЭТО ВАЖНО",
    ],
)
def test_a_line_in_capitals_between_paragraphs_is_a_subheading_not_the_end(heading: str) -> None:
    text = f"{_PARA}\n\n{heading}\n\n{_PARA} More.\n\nLAST ONE\n\n{_PARA} End."
    lay = analyse_layout(text)
    assert _body(text).endswith("End.")
    assert heading in [s.title for s in lay.sections]
    assert not lay.set_aside


def test_a_legal_sentence_in_capitals_at_the_end_is_a_disclaimer() -> None:
    legal = "THIS MATERIAL WAS PRODUCED AND DISTRIBUTED BY A FOREIGN AGENT AND CONCERNS ITS ACTIVITY."
    text = f"{_PARA}\n\n{_PARA} Two.\n\n{legal}"
    lay = analyse_layout(text)
    assert _body(text).endswith("Two.")
    assert [a.reason for a in lay.set_aside] == ["disclaimer"]


@pytest.mark.parametrize(
    "line",
    [
        "An even better deal is the bundle: you pay only $12.99 a month for the three services, while if "
        "you were to subscribe to all three separately you would pay around $18.",
        "Die Nutzer, die sich entschieden haben, den Dienst zu abonnieren, zahlen seit Januar deutlich mehr, "
        "und wer jetzt abonnieren will, wartet.",
    ],
)
def test_a_paywall_word_deep_in_a_long_line_is_article_text(line: str) -> None:
    text = f"{_PARA}\n\n{line}\n\n{_PARA} Last."
    assert _body(text) == f"{_PARA}\n\n{line}\n\n{_PARA} Last."


def test_a_short_paywall_line_mid_article_is_set_aside_alone() -> None:
    text = f"{_PARA}\n\nSubscribe now to our newsletter\n\n{_PARA} Two.\n\n{_PARA} Three.\n\n{_PARA} Four."
    lay = analyse_layout(text)
    assert _body(text).endswith("Four.")
    assert [(a.reason, a.text) for a in lay.set_aside] == [("paywall", "Subscribe now to our newsletter")]


def test_a_paywall_line_followed_only_by_teasers_ends_the_article() -> None:
    text = f"{_PARA}\n\n{_PARA} Two.\n\nAbonnez-vous pour lire la suite\n\nUn autre titre\n\nUn autre chapeau"
    lay = analyse_layout(text)
    assert _body(text).endswith("Two.")
    assert [a.reason for a in lay.set_aside] == ["paywall", "teaser", "teaser"]


def test_read_also_with_the_linked_headline_is_set_aside_and_the_article_goes_on() -> None:
    headline = "I robot diventeranno un film: lo faranno i produttori?"
    text = f"{_PARA}\n\nLeggi anche\n\n{headline}\n\nTornando alla notizia, {_PARA}\n\n{_PARA} Fine."
    lay = analyse_layout(text, links=frozenset({"leggi anche", fold_words(headline)}))
    assert _body(text).endswith("Fine.")
    assert [(a.reason, a.text) for a in lay.set_aside] == [("teaser", "Leggi anche"), ("teaser", headline)]


def test_read_also_followed_by_links_only_ends_the_article() -> None:
    links = ["Lesen Sie auch", "Der Chip-Streit geht weiter", "Was Nvidia jetzt plant"]
    text = f"{_PARA}\n\n{_PARA} Zwei.\n\n" + "\n\n".join(links)
    lay = analyse_layout(text, links=frozenset(map(fold_words, links)))
    assert _body(text).endswith("Zwei.")
    assert [a.text for a in lay.set_aside] == links


def test_lines_wholly_a_link_are_set_aside_when_in_capitals_or_in_a_run() -> None:
    inline = "SEAN SPICER ELIMINATED FROM THE SHOW"
    run = ["- 15 Amazing Images of Stars", "- Facts About Our Milky Way Galaxy"]
    single = "Beachbody Performance Energize"
    text = (
        f"{_PARA}\n\n{inline}\n\n{_PARA} Two.\n\n{run[0]}\n{run[1]}\n\n{_PARA} 3.\n\n{single}\n\n{_PARA} End."
    )
    lay = analyse_layout(text, links=frozenset(map(fold_words, [inline, *run, single])))
    assert [a.text for a in lay.set_aside] == [inline, *run]
    assert single in _body(text, links=frozenset(map(fold_words, [inline, *run, single])))


@pytest.mark.parametrize(
    ("line", "aside"),
    [
        ("Read more: Alibaba poised to launch a record listing", True),
        ("Leia também: Nvidia perde US$ 600 bilhões", True),
        ("SEE MORE: Hong Kong protests go on at the university", True),
        ("Аккаунт: @someone", False),  # one word after the label: a handle, not a headline
        ("Pro tip: Get more meal ideas here!", False),  # a sentence
    ],
)
def test_a_short_label_before_a_linked_headline_is_a_teaser(line: str, aside: bool) -> None:
    rest = line.partition(":")[2]
    text = f"{_PARA}\n\n{line}\n\n{_PARA} End."
    lay = analyse_layout(text, links=frozenset({fold_words(rest)}))
    assert bool(lay.set_aside) is aside


def test_numbering_is_kept_in_the_body_when_asked() -> None:
    text = f"{_PARA}\n\n1) Prima cosa da sapere\n\n{_PARA} Due."
    lay = analyse_layout(text, keep_numbering=True)
    assert "1) Prima cosa da sapere" in _body(text, keep_numbering=True)
    assert [s.title for s in lay.sections] == ["1) Prima cosa da sapere"]
    assert [a.reason for a in analyse_layout(text).set_aside] == ["heading_marker"]


def test_list_items_led_by_linked_headlines_are_teasers() -> None:
    items = [
        "- Pochettino fired by Tottenham The coach took the club to the final",
        "- Maradona out as coach The coach is free",
    ]
    links = frozenset({fold_words("Pochettino fired by Tottenham"), fold_words("Maradona out as coach")})
    text = f"{_PARA}\n\n{items[0]}\n{items[1]}\n\n{_PARA} End."
    lay = analyse_layout(text, links=links)
    assert [a.text for a in lay.set_aside] == items


def test_a_line_of_links_between_separators_is_navigation() -> None:
    tags = ["stock car 2018", "stock car brasil", "interlagos", "corrida"]
    text = f"{_PARA}\n\n{', '.join(tags)}\n\n{_PARA} End."
    lay = analyse_layout(text, links=frozenset(tags))
    assert [a.reason for a in lay.set_aside] == ["navigation"]
    assert not analyse_layout(text).set_aside  # without the markup's links: text


@settings(max_examples=150, deadline=None)
@given(source_texts, st.data())
def test_layout_with_any_links_keeps_exact_disjoint_offsets(text: str, data: st.DataObject) -> None:
    lines = [ln.text for ln in split_lines(text)]
    linked = data.draw(st.lists(st.sampled_from(lines), max_size=8)) if lines else []
    lay = analyse_layout(
        text, links=frozenset(map(fold_words, linked)), keep_numbering=data.draw(st.booleans())
    )
    pieces = sorted([(s.start, s.end) for s in lay.body_spans] + [(a.start, a.end) for a in lay.set_aside])
    assert all(a.text == text[a.start : a.end] for a in lay.set_aside)
    assert all(0 <= s < e <= len(text) for s, e in pieces)
    assert all(e1 <= s2 for (_, e1), (s2, _) in itertools.pairwise(pieces))
