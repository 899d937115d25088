"""Plain text: an article saved, pasted or scraped as text, with whatever page furniture came along.

Covers bare text (machine translations with numbered headings), text with a leading
``date YYYY-MM-DD`` marker glued to the first sentence, newsletters and web pages saved as text
(loading/share lines, title, subheadings, "copy link", teasers, paywall, disclaimer) and news pages
with a ``[文/outlet+author]`` byline, image captions and a reader-comment block.

Mapped: the date marker to ``published``; the byline to ``outlet`` and ``author``; a heading-shaped
first line to ``title``; standalone heading lines to ``sections``; the comment block to
``comments``; furniture, teasers, captions, bylines and markers to ``set_aside`` with the reason;
the rest to ``body_spans``. ``text`` is the file itself (``source.derived`` is false).

>>> text = "[文/观察者网熊超然]连日来,美国AI初创公司表示。\\n张三\\n好文章\\n李四 回复 01-31 10:32\\n同意"
>>> art = read(text + "\\n王五\\n不同意", Source("a.txt", "text"))
>>> art.outlet, art.author, art.body, [(c.author, c.is_reply) for c in art.comments]
('观察者网', '熊超然', '连日来,美国AI初创公司表示。', [('张三', False), ('李四', True), ('王五', False)])
"""

from __future__ import annotations

from aicoverage.adapters._article import build_article
from aicoverage.adapters._layout import analyse_layout
from aicoverage.model import Article, Source


def sniff(text: str) -> float:
    """Any text can be read as plain text: a low confidence that every other format beats."""
    return 0.1


def read(text: str, source: Source) -> Article:
    """The article in ``text``."""
    return build_article(text, source, analyse_layout(text))
