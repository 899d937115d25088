"""Quotes and speakers: every mark style and attribution order, in the languages we are scored on."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aicoverage.extract._marks import find_quoted
from aicoverage.extract.entities import find_entities
from aicoverage.extract.quotes import find_quotes
from aicoverage.model import TextSpan


def quotes_of(text: str, language: str | None) -> list[tuple[str, str | None]]:
    found = find_quotes(text, entities=find_entities(text), language=language)
    for q in found:
        assert text[q.start : q.end] == q.text
    return [(q.text, q.speaker.canonical or q.speaker.name if q.speaker else None) for q in found]


# (language, text, [(quote, speaker canonical or name as written)]); a name found in the text has
# its Latin spelling as canonical
ATTRIBUTION = [
    # English: both orders, pronoun, continuation, bare surname
    (
        "en",
        "“We will not sell chips to China,” Amodei said on Tuesday.",
        [("We will not sell chips to China,", "Dario Amodei")],
    ),
    (
        "en",
        'Jane Doe, an analyst at Foo Capital, said: "The market overreacted badly."',
        [("The market overreacted badly.", "Jane Doe")],
    ),
    (
        "en",
        "Sam Altman spoke in Tokyo. “This is a wake-up call,” he said. “We need to move faster.”",
        [("This is a wake-up call,", "Sam Altman"), ("We need to move faster.", "Sam Altman")],
    ),
    (
        "en",
        "John Smith runs the fund. “Prices will fall a lot,” said Smith.",
        [("Prices will fall a lot,", "John Smith")],
    ),
    # Spanish and Portuguese: “…”, dijo X / segundo X
    (
        "es",
        "“Esto es una llamada de atención para la industria”, dijo Trump.",
        [("Esto es una llamada de atención para la industria", "Donald Trump")],
    ),
    (
        "es",
        "Según Jensen Huang, «la demanda de chips sigue siendo enorme».",
        [("la demanda de chips sigue siendo enorme", "Jensen Huang")],
    ),
    (
        "pt",
        "Segundo Amodei, “os controles de exportação estão funcionando bem”.",
        [("os controles de exportação estão funcionando bem", "Dario Amodei")],
    ),
    (
        "pt",
        "“A DeepSeek não gastou apenas 6 milhões”, afirmou a analista Maria Souza.",
        [("A DeepSeek não gastou apenas 6 milhões", "Maria Souza")],
    ),
    # French: guillemets with inner spaces, colon cue, pronoun
    (
        "fr",
        "Sam Altman était à Paris. Il déclare : « Nous allons livrer de meilleurs modèles. »",
        [("Nous allons livrer de meilleurs modèles.", "Sam Altman")],
    ),
    (
        "fr",
        "« C'est un moment Spoutnik pour l'IA », a déclaré Marc Andreessen.",
        [("C'est un moment Spoutnik pour l'IA", "Marc Andreessen")],
    ),
    # Russian: «…», — заявил X; attribution inside the marks; publication as speaker
    (
        "ru",
        "«Мы не считаем DeepSeek противником», — заявил Дарио Амодеи.",
        [("Мы не считаем DeepSeek противником", "Dario Amodei")],
    ),
    (
        "ru",
        "«Это была ошибка, — сказал Reuters Иван Петров из банка ВТБ. — Рынок переоценил риски»",
        [
            (
                "Это была ошибка, — сказал Reuters Иван Петров из банка ВТБ. — Рынок переоценил риски",
                "Ivan Petrov",
            )
        ],
    ),
    (
        "ru",
        "Сделка выглядела странно, замечает Wired: «это как если бы трейдер решил строить ИИ».",
        [("это как если бы трейдер решил строить ИИ", "Wired")],
    ),
    (
        "ru",
        "Генеральный директор Анна Смирнова выступила в Давосе. „Мы видим огромный спрос“, — сказала она.",
        [("Мы видим огромный спрос", "Anna Smirnova")],  # found in the text: its Latin spelling
    ),
    # Chinese: X表示，“…”; “A”他宣称，“B”
    ("zh", "特朗普称“这应该为美国行业敲响警钟”。", [("这应该为美国行业敲响警钟", "Donald Trump")]),
    (
        "zh",
        "阿莫迪发表了文章。“需要明确的是，它们不是逃避竞争的方式。”他宣称，“我们不应该将技术优势拱手让给中国。”",
        [
            ("需要明确的是，它们不是逃避竞争的方式。", "Dario Amodei"),
            ("我们不应该将技术优势拱手让给中国。", "Dario Amodei"),
        ],
    ),
    (
        "zh",
        "黄仁勋表示：“中国市场对英伟达非常重要，我们会继续投入。”",
        [("中国市场对英伟达非常重要，我们会继续投入。", "Jensen Huang")],
    ),
    # Japanese: 「…」と述べた
    (
        "ja",
        "アルトマン氏は「日本市場への投資を大幅に拡大する」と述べた。",
        [("日本市場への投資を大幅に拡大する", "Sam Altman")],
    ),
    (
        "ja",
        "山田氏は「この規制は効果がないと考えている」と語った。",
        [("この規制は効果がないと考えている", "山田")],
    ),
]


MORE_ATTRIBUTION = [
    # "according to" words attribute only before the quote
    (
        "fr",
        "Pour Sam Altman, « c'est un modèle impressionnant, surtout pour le prix ».",
        [("c'est un modèle impressionnant, surtout pour le prix", "Sam Altman")],
    ),
    (
        "pt",
        'De acordo com o analista Pedro Santos, "o mercado reagiu de forma exagerada".',
        [("o mercado reagiu de forma exagerada", "Pedro Santos")],
    ),
    ("pt", "O “ponto de cruzamento” para o mercado chegou.", []),
    # a sentence-initial word is no speaker; the named person before is
    (
        "es",
        "Jensen Huang habló en Davos. Además, señaló: «DeepSeek es un gran avance».",
        [("DeepSeek es un gran avance", "Jensen Huang")],
    ),
    # a quote, a full stop, then "X said so"
    (
        "ja",
        "「ディープシークの登場は衝撃的だった」。ソフトバンクグループの孫正義会長はこう語った。",
        [("ディープシークの登場は衝撃的だった", "Masayoshi Son")],
    ),
    (
        "ru",
        "«Рынок переоценил риски, и это очевидно». Так считает аналитик Иван Петров.",
        [("Рынок переоценил риски, и это очевидно", "Ivan Petrov")],
    ),
    # a cue farther than a name and title from a Chinese quote does not attribute it
    (
        "zh",
        "众议院“美中战略竞争特别委员会”主席、密歇根州共和党籍众议员约翰·莫莱纳尔发布声明,妄称它危险。",
        [],
    ),
    (
        "en",
        "“We have to be careful,” said Dr. Lisa Chen, a professor at Stanford.",
        [("We have to be careful,", "Lisa Chen")],
    ),
    (
        "en",
        '"DeepSeek R1 is AI\'s Sputnik moment," venture capitalist Marc Andreessen posted on X.',
        [("DeepSeek R1 is AI's Sputnik moment,", "Marc Andreessen")],
    ),
    ("ru", "В статье «Как DeepSeek обрушил американский рынок за один день» автор пишет о рынке.", []),
    # a list of quoted words is no quote; a known outlet next to the verb beats a name farther back
    (
        "es",
        'La prensa se ha hecho eco: "Desplome", "caída", "hundimiento" o "tambaleo" son los adjetivos.',
        [],
    ),
    (
        "es",
        '"Las acciones tecnológicas se desploman en Wall Street", dice Jane Smith, mientras que The New York '
        'Times asegura que "las acciones se hunden por los avances de la IA en China".',
        [
            ("Las acciones tecnológicas se desploman en Wall Street", "Jane Smith"),
            ("las acciones se hunden por los avances de la IA en China", "The New York Times"),
        ],
    ),
    (
        "es",
        "El consejero delegado de Nvidia, Jensen Huang, aseguró que «la demanda no hará más que crecer».",
        [("la demanda no hará más que crecer", "Jensen Huang")],
    ),
    # "pour"/"para" attribute only when they open the clause ("Pour X, «…»")
    (
        "fr",
        "Les analystes de Yardeni Research ont déclaré que si les géants s'inspirent de DeepSeek pour "
        'concevoir des systèmes moins coûteux, "ce n\'est pas un développement heureux pour Nvidia".',
        [("ce n'est pas un développement heureux pour Nvidia", "Yardeni Research")],
    ),
    (
        "ja",
        "アモデイ氏によると、「輸出規制はこれまで以上に重要だ」という。",
        [("輸出規制はこれまで以上に重要だ", "Dario Amodei")],
    ),
    # "they said" names nobody; a verb far from the quote has its subject before it
    (
        "en",
        "Kathleen Brooks spoke first. “We are aiming to remove obstacles faster,” they said.",
        [("We are aiming to remove obstacles faster,", None)],
    ),
    (
        "en",
        "Jefferies analysts, however, noted DeepSeek's success could push managers to “refocus on "
        "efficiency and return on investment from now on.”",
        [("refocus on efficiency and return on investment from now on.", "Jefferies")],
    ),
    # an apposition between the name and its verb; a clause of its own is no attribution
    (
        "en",
        "“Export controls are working and must be kept,” Amodei, who co-founded Anthropic in 2021 after "
        "leaving OpenAI, wrote in the essay.",
        [("Export controls are working and must be kept,", "Dario Amodei")],
    ),
    (
        "pt",
        "Andreessen comparou o momento ao “Sputnik da IA”, indicando que o Ocidente deve ficar em alerta.",
        [],
    ),
    # Spanish dash attribution inside the marks
    (
        "es",
        "«Esto es un error —dijo Jensen Huang—, y todos lo sabemos muy bien»",
        [("Esto es un error —dijo Jensen Huang—, y todos lo sabemos muy bien", "Jensen Huang")],
    ),
    # a verb without its subject in Spanish: the person named before
    (
        "es",
        "Jensen Huang habló en Davos. «La demanda de chips sigue siendo enorme», dijo.",
        [("La demanda de chips sigue siendo enorme", "Jensen Huang")],
    ),
    # traditional Chinese; Chinese names after a title; names joined by an interpunct
    (
        "zh",
        "輝達執行長黃仁勳強調「任何新興力量的出現,都是對行業生命力的最佳印證」。",
        [("任何新興力量的出現,都是對行業生命力的最佳印證", "Jensen Huang")],
    ),
    (
        "zh",
        "外交部发言人毛宁表示：“中方一贯反对将经贸问题政治化。”",
        [("中方一贯反对将经贸问题政治化。", "毛宁")],
    ),
    ("zh", "董事长谢金河今天在脸书发文直言,「又见灰犀牛撞烂瓷器店」", [("又见灰犀牛撞烂瓷器店", "谢金河")]),
    (
        "zh",
        "该公司首席执行官约翰·史密斯说：“我们应该非常认真地对待这一进展。”",
        [("我们应该非常认真地对待这一进展。", "约翰·史密斯")],
    ),
    (
        "ja",
        "「同等の性能を発揮し、時折それらを凌駕することさえある」と、共同創設者シェルドン・フェルナンデス氏は語った。",
        [("同等の性能を発揮し、時折それらを凌駕することさえある", "シェルドン・フェルナンデス")],
    ),
    (
        "zh",
        "文章开头写着一句话。\n「你聽說了嗎?中國有家公司只用560萬美元就做出媲美ChatGPT的AI!」",
        [("你聽說了嗎?中國有家公司只用560萬美元就做出媲美ChatGPT的AI!", None)],
    ),
    ("es", "La empresa publicó un informe titulado «El futuro de la inteligencia artificial en Europa».", []),
    # a pronoun stands for the person named last, not for the one who spoke last
    (
        "zh",
        "负责人海伦·卡特表示：“我们会按时完成。”部长保罗·诺瓦克承诺加快审批。他说：“政府会支持这个项目。”",
        [("我们会按时完成。", "海伦·卡特"), ("政府会支持这个项目。", "保罗·诺瓦克")],
    ),
    (
        "en",
        "“We are on schedule,” said Helen Carter. Energy minister Paul Novak promised faster permits. "
        "“We will not slow this down,” he said.",
        [("We are on schedule,", "Helen Carter"), ("We will not slow this down,", "Paul Novak")],
    ),
    # a verb with no subject: the person the sentence before names ("Para o analista X, ...")
    (
        "pt",
        "“Vamos recorrer”, disse Ana Lima.\n\nPara o analista Rui Costa, da Sigma, o caso é grave. "
        "“Isso muda o setor inteiro”, disse.",
        [("Vamos recorrer", "Ana Lima"), ("Isso muda o setor inteiro", "Rui Costa")],
    ),
    # Japanese reporting verbs: 謝罪した, 陳謝した
    ("ja", "山田太郎社長は記者会見で「責任は私にある」と陳謝した。", [("責任は私にある", "山田太郎")]),
    (
        "ja",
        "佐藤花子最高経営責任者は声明で「期待を裏切った。申し訳ない」と謝罪した。",
        [("期待を裏切った。申し訳ない", "佐藤花子")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), MORE_ATTRIBUTION)
def test_more_quotes_and_speakers(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert quotes_of(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), ATTRIBUTION)
def test_quote_and_speaker(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert quotes_of(text, language) == expected


NOT_QUOTES = [
    ("ru", "модели нужно только самое дорогое «железо» и «щедрую» лицензию MIT."),
    ("ru", "LLM американских компаний в основном «скрыты» за API и «почти» бесплатны."),
    (
        "pt",
        "no modelo “Cache de chave e valor“E empurrando “Uma mistura de peritos“Método.",
    ),
    ("zh", "美国国会众议院“美中战略竞争特别委员会”主席发布声明。"),
    ("zh", "英国《金融时报》刊文《DeepSeek等中国初创企业正在挑战全球AI巨头》，对其给予高度评价。"),
    ("en", "The so-called “Sputnik moment” for “Artificial General Intelligence Labs” was hyped."),
    ("es", "La empresa lanzó su modelo “R1” y el asistente «DeepSeek Chat» la semana pasada."),
    ("fr", "Le « moment Spoutnik » de l'IA fait débat."),
    ("ja", "同社は『ディープシーク』と呼ばれるモデルを公開した。"),
]


@pytest.mark.parametrize(("language", "text"), NOT_QUOTES)
def test_scare_quotes_terms_and_titles_are_not_quotes(language: str, text: str) -> None:
    assert quotes_of(text, language) == []


def test_unclosed_quote_runs_to_the_end_of_its_paragraph() -> None:
    text = (
        "Amodei escreve:\n“A Deepseek não gastou 6 milhões. “Só posso falar pela Anthropic.\nOutro parágrafo."
    )
    [q] = find_quotes(text, language="pt")
    assert q.text == "A Deepseek não gastou 6 milhões. “Só posso falar pela Anthropic."
    assert q.speaker is not None
    assert q.speaker.canonical == "Dario Amodei"
    assert q.cue == "escreve"


def test_closing_mark_written_as_an_opening_one() -> None:
    text = "Amodei ressalta:\n“O V3 foi uma inovação real e custou muito menos para o treinamento. “"
    [q] = find_quotes(text, language="pt")
    assert q.text.endswith("treinamento.")


def test_flipped_inner_pair_keeps_one_quote() -> None:
    text = "Amodei descreve:\n“Portanto, estamos em um” ponto de cruzamento “interessante e temporário”."
    [q] = find_quotes(text, language="pt")
    assert q.text == "Portanto, estamos em um” ponto de cruzamento “interessante e temporário"


def test_nested_quotes_stay_inside_the_outer_one() -> None:
    text = "«Он назвал это „моментом Спутника“ для всей отрасли», — сказал Илон Маск."
    [q] = find_quotes(text, language="ru")
    assert q.text == "Он назвал это „моментом Спутника“ для всей отрасли"
    assert q.speaker is not None
    assert q.speaker.canonical == "Elon Musk"


def test_standalone_quoted_paragraph_goes_to_the_nearest_named_person() -> None:
    text = (
        "达里奥·阿莫迪在文章中表示，出口管制更加重要。\n“我们并不将DeepSeek视为对手，他们是聪明的研究人员。”"
    )
    [q] = find_quotes(text, language="zh")
    assert q.speaker is not None
    assert q.speaker.canonical == "Dario Amodei"


def test_partial_quote_in_the_authors_sentence() -> None:
    text = "Amodei said the decision was “a huge mistake with lasting consequences” for America."
    [q] = find_quotes(text, language="en")
    assert q.partial
    assert q.speaker is not None
    assert q.speaker.canonical == "Dario Amodei"


def test_quotes_only_inside_the_spans() -> None:
    text = "Body: “This is the article speaking here,” said Altman.\n“A reader comment long enough to count.”"
    spans = [TextSpan(0, text.index("\n"))]
    found = find_quotes(text, spans, language="en")
    assert [q.text for q in found] == ["This is the article speaking here,"]


def test_without_language_every_table_is_used() -> None:
    assert quotes_of("«Рынок переоценил риски», — заявил Трамп.", None) == [
        ("Рынок переоценил риски", "Donald Trump")
    ]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("«»„“”‘’\"'「」『』 ,.:—\nab AZ表示说он said")), max_size=80))
def test_offsets_are_exact_and_never_overlap(text: str) -> None:
    found = find_quotes(text, language=None)
    last = -1
    for q in found:
        assert text[q.start : q.end] == q.text
        assert q.text
        assert not q.text[0].isspace()
        assert not q.text[-1].isspace()
        assert q.start >= last
        last = q.end


# --- pairing the marks (extract._marks) ---------------------------------------------------------

MARKS = [
    ("«A „b“ c»", [("A „b“ c", True)]),
    ("« texte avec espaces »", [("texte avec espaces", True)]),
    ("„Das ist gut“, sagte er", [("Das ist gut", True)]),
    ('He said "it works" and "it ships"', [("it works", True), ("it ships", True)]),
    ("「外の『内側』の話」と述べた", [("外の『内側』の話", True)]),
    ("don’t touch Amodei’s ‘best guess’ here", [("best guess", True)]),
    ("“opens and never closes", [("opens and never closes", False)]),
    ("“closed with the wrong mark. “", [("closed with the wrong mark.", True)]),
    ("‘single never closes", []),
    ("'We won't stop,' he said", [("We won't stop,", True)]),
    ("the companies' chips in the '90s and l'IA", []),
    ("《DeepSeek等中国初创企业》", []),
    ("a stray ” closer and » another", []),
]


@pytest.mark.parametrize(("text", "expected"), MARKS)
def test_marks_pair_into_quoted_stretches(text: str, expected: list[tuple[str, bool]]) -> None:
    assert [(text[s.start : s.end], s.closed) for s in find_quoted(text, 0, len(text))] == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("«»„“”‘’\"'「」『』 a.,")), max_size=60))
def test_quoted_stretches_are_ordered_and_inside_their_marks(text: str) -> None:
    last = 0
    for s in find_quoted(text, 0, len(text)):
        assert last <= s.open_at < s.start <= s.end <= len(text)
        assert s.close_at is None or s.end <= s.close_at
        last = s.after
