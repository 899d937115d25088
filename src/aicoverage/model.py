"""The typed core: what aicoverage reads, finds and compares.

Every class is an attrs frozen class; (de)serialisation goes through the one cattrs converter in
:mod:`aicoverage.serialize`. Offsets (``start``/``end``) are character offsets into the decoded source
text (:attr:`Article.text`), end exclusive, so ``article.text[m.start:m.end] == m.text`` always.

>>> from decimal import Decimal
>>> q = Quantity(kind=Kind.MONEY, low=Decimal(6_000_000), high=Decimal(6_000_000), currency="USD")
>>> q.is_point
True
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Any

from attrs import Attribute, field, frozen

FLATTEN = "aicoverage.flatten"
"""Field metadata key: the field's own fields are written inline in the JSON interchange."""


def _flat() -> dict[str, bool]:
    return {FLATTEN: True}


class Kind(StrEnum):
    """What a quantity measures."""

    MONEY = "money"
    COUNT = "count"
    PERCENT = "percent"
    MULTIPLE = "multiple"
    DURATION = "duration"


class Bound(StrEnum):
    """How the text qualifies a value: exactly, about, at least, at most, or only vaguely."""

    EXACT = "exact"
    APPROX = "approx"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    VAGUE = "vague"


def _check_low_high(instance: Quantity, attribute: Attribute[Decimal], value: Decimal) -> None:
    if value < instance.low:
        raise ValueError(f"high ({value}) is below low ({instance.low})")


def _check_currency(instance: object, attribute: Attribute[str | None], value: str | None) -> None:
    if value is not None and not (len(value) == 3 and value.isascii() and value.isupper()):
        raise ValueError(f"currency must be an ISO 4217 code, got {value!r}")


def _check_unit(instance: object, attribute: Attribute[str | None], value: str | None) -> None:
    if value is not None and (not value or value != value.lower() or value != value.strip()):
        raise ValueError(f"unit must be a lowercase id, got {value!r}")


@frozen
class Quantity:
    """A normalised value: ``low``..``high`` (equal for a point value) of a kind, unit or currency.

    ``unit`` is a lowercase singular English id (``chip``, ``parameter``, ``percent``, ``month``);
    ``currency`` an ISO 4217 code, ``currency_inferred`` true when it was resolved from an ambiguous
    sign such as a bare ``$``. ``per`` keeps the period of a rate ("4x a year" -> ``year``).
    """

    kind: Kind
    low: Decimal
    high: Decimal = field(validator=_check_low_high)
    unit: str | None = field(default=None, validator=_check_unit)
    currency: str | None = field(default=None, validator=_check_currency)
    bound: Bound = Bound.EXACT
    per: str | None = field(default=None, validator=_check_unit)
    currency_inferred: bool = False

    @property
    def is_point(self) -> bool:
        """True when the quantity is one value rather than a range."""
        return self.low == self.high


class _QuantityFields:
    """Read-through access to ``self.quantity`` for classes that carry one."""

    quantity: Quantity

    @property
    def kind(self) -> Kind:
        return self.quantity.kind

    @property
    def low(self) -> Decimal:
        return self.quantity.low

    @property
    def high(self) -> Decimal:
        return self.quantity.high

    @property
    def unit(self) -> str | None:
        return self.quantity.unit

    @property
    def currency(self) -> str | None:
        return self.quantity.currency

    @property
    def bound(self) -> Bound:
        return self.quantity.bound


@frozen
class QuantityMention(_QuantityFields):
    """A quantity as stated in a text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    quantity: Quantity = field(metadata=_flat())


@frozen
class TextSpan:
    """A stretch ``start``..``end`` of the source text."""

    start: int
    end: int


@frozen
class Source:
    """Where an article came from and how it was read."""

    path: str
    format: str
    encoding: str = "utf-8"
    derived: bool = False
    """True when :attr:`Article.text` is text extracted from markup (HTML, JSON), not the file itself."""


@frozen
class Section:
    """A subheading inside the body."""

    title: str
    start: int
    end: int


@frozen
class Comment:
    """A reader comment, kept apart from the article body."""

    text: str
    start: int
    end: int
    author: str | None = None
    posted: str | None = None
    """The time as stated ("01-31 10:32"), never completed with a guessed year."""
    is_reply: bool = False


@frozen
class SetAside:
    """Text that is in the source but not part of the article, and why."""

    text: str
    start: int
    end: int
    reason: str
    """One of ``teaser``, ``disclaimer``, ``caption``, ``share``, ``byline``, ``paywall``,
    ``navigation``, ``front_matter``, ``title``, ``heading_marker``, ``footnote`` (a reference
    number alone on a line), ``truncation`` (a news API's "[+2311 chars]"), ``other``."""


@frozen
class Problem:
    """Something that went wrong while reading, recorded instead of silently dropped."""

    code: str
    message: str


PRECISIONS = ("month",)
"""Values of :attr:`Article.published_precision` besides None (the date is as precise as its type)."""


def _check_precision(instance: object, attribute: Attribute[str | None], value: str | None) -> None:
    if value is not None and value not in PRECISIONS:
        raise ValueError(f"published_precision must be one of {PRECISIONS} or None, got {value!r}")


@frozen
class Article:
    """One article: clean body, metadata and reader comments, with offsets into ``text``.

    ``text`` is the decoded source (or, for markup formats, the text extracted from it: see
    :attr:`Source.derived`). ``body`` is the article's own text: the ``body_spans`` of ``text``
    joined by blank lines. ``published`` is a date or datetime only when the source states one;
    ``published_precision`` is ``"month"`` when the source states only a year and month
    (``published`` is then the month's first day, written ``"2025-01"`` in the JSON interchange).
    """

    source: Source
    text: str
    body: str
    body_spans: tuple[TextSpan, ...] = ()
    language: str | None = None
    title: str | None = None
    published: dt.date | dt.datetime | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    sections: tuple[Section, ...] = ()
    comments: tuple[Comment, ...] = ()
    set_aside: tuple[SetAside, ...] = ()
    problems: tuple[Problem, ...] = ()
    published_precision: str | None = field(default=None, validator=_check_precision)


@frozen
class Speaker:
    """Who says a quote: the name as written (``name``) and the canonical entity name, if known."""

    name: str
    canonical: str | None = None
    start: int | None = None
    end: int | None = None


@frozen
class Quote:
    """Direct speech: ``text == source[start:end]`` without the quote marks."""

    text: str
    start: int
    end: int
    speaker: Speaker | None = None
    cue: str | None = None
    """The speech verb or colon that attributes it, as written."""
    partial: bool = False
    """True for a fragment quoted inside the author's own sentence."""
    attribution: str | None = None
    """Where the speaker was found: ``before`` (cue before the quote), ``after`` (cue after it),
    ``inverted`` (cue then speaker after it: "said X"), ``apposition`` ("X, an analyst at Y,
    said"), ``colon``, ``according`` ("according to X"), ``inner`` (a dash attribution inside the
    marks), ``dash`` (a dialogue dash), ``continued`` (the speaker of the quote before),
    ``nearest`` (no cue: the person named last); None when nobody is."""


@frozen
class EntityMention:
    """An entity named in the text: a gazetteer entry, or a name found there."""

    text: str
    start: int
    end: int
    canonical: str
    type: str
    """``company``, ``person``, ``model``, ``chip``, ``outlet``, ``organization``, ``place``,
    ``product`` or ``unknown`` (a name found in the text whose kind nothing around it tells)."""
    origin: str = "gazetteer"
    """``gazetteer`` (a known entity, also inflected or misspelt) or ``text`` (found in the text)."""
    key: str | None = None
    """Where spellings of one name in other scripts meet (see ``extract._translit.name_key``)."""


@frozen
class Claim(_QuantityFields):
    """A numeric claim: a quantity mention in its sentence, what it is about and who states it."""

    start: int
    end: int
    text: str
    quantity: Quantity = field(metadata=_flat())
    sentence: str
    sentence_start: int
    subject: str | None = None
    """Canonical name of the entity the claim is about, when one can be told."""
    speaker: str | None = None
    """Canonical name (or name as written) of who states it; None when the article itself does."""
    topics: tuple[str, ...] = ()
    """Language-independent topic ids found around the claim (``cost``, ``training``, ``chips``)."""
    holder: str | None = None
    """Canonical name of the entity whose quantity this is (Nvidia's market value), when told."""
    measure: str | None = None
    """Language-independent id of what the number measures (``market_value_change``), when told."""
    period: str | None = None
    """The year (or year range) the claim refers to when its clause states one (``2025``)."""
    part: str | None = None
    """``part`` ("initially $100B") or ``total`` ("$500B in all") when the text says which."""


@frozen
class Extraction:
    """An article with what was extracted from it: the record of the JSON interchange."""

    article: Article = field(metadata=_flat())
    claims: tuple[Claim, ...] = ()
    quotes: tuple[Quote, ...] = ()
    entities: tuple[EntityMention, ...] = ()


class Status(StrEnum):
    """How the sources stating one fact relate."""

    AGREE = "agree"
    AGREE_WITHIN_ROUNDING = "agree_within_rounding"
    DISAGREE = "disagree"
    SINGLE_SOURCE = "single_source"


@frozen
class Rate:
    """A user-given exchange rate: one ``currency`` is worth ``rate`` of ``target``."""

    currency: str = field(validator=lambda i, a, v: _check_currency(i, a, v))
    target: str = field(validator=lambda i, a, v: _check_currency(i, a, v))
    rate: Decimal


@frozen
class Rule:
    """How facts are lined up and judged; the workbook's About sheet states it.

    Two values agree within rounding when they differ by no more than ``relative_tolerance`` of the
    larger or by ``absolute_tolerance``. Claims of different currencies never meet unless ``rates``
    convert them (and the fact's note says so). ``max_ratio`` keeps claims whose values lie further
    apart than that factor in separate facts unless subject and topic both match. Dated articles
    more than ``story_days`` apart belong to different stories and never share a fact.
    """

    relative_tolerance: Decimal = Decimal("0.1")
    absolute_tolerance: Decimal = Decimal(0)
    max_ratio: Decimal = Decimal(3)
    story_days: int = 90
    rates: tuple[Rate, ...] = ()
    fact_sheet: str | None = None
    """Path of the user's fact sheet whose facts took priority, if one was given."""


@frozen
class FactClaim:
    """A claim lined up under a fact, with the article (source path) it comes from."""

    article: str
    claim: Claim = field(metadata=_flat())


@frozen
class Evidence:
    """Why a claim stands in a fact (the signals that joined it), or why a neighbour stayed out."""

    article: str
    start: int
    end: int
    signals: tuple[str, ...] = ()
    """Signals that joined the claim (``holder``, ``measure``, ``topic:cost``, ``context``...)."""
    guard: str | None = None
    """For a near neighbour kept out of the fact: the guard that kept it out."""


@frozen
class Fact:
    """One fact as several sources state it, and whether they agree."""

    id: str
    label: str
    status: Status
    claims: tuple[FactClaim, ...] = ()
    kind: Kind | None = None
    unit: str | None = None
    currency: str | None = None
    subject: str | None = None
    spread: Decimal | None = None
    """Relative spread between the sources' values (0 when they agree exactly)."""
    note: str | None = None
    """What the reader should know: currencies converted, currency not stated, fact sheet entry."""
    holder: str | None = None
    """The entity whose quantity the fact is, when its claims tell it."""
    measure: str | None = None
    """What the fact measures (a language-independent id), when its claims tell it."""
    evidence: tuple[Evidence, ...] = ()
    """For each claim after the first, the signals that joined it; then neighbours kept out."""


@frozen
class Comparison:
    """Facts lined up across the compared articles."""

    facts: tuple[Fact, ...] = ()
    articles: tuple[Extraction, ...] = ()
    rule: Rule = Rule()
    stories: tuple[int | None, ...] = ()
    """The story number of each article (same order as ``articles``); None when it stands alone."""

    def to_pandas(self) -> dict[str, Any]:
        """Every table (articles, claims, quotes, comments, facts, fact_claims) as a pandas DataFrame."""
        from aicoverage.frames import to_pandas

        return to_pandas(self)

    def facts_frame(self) -> Any:
        """The facts as a pandas DataFrame (see :mod:`aicoverage.frames`)."""
        from aicoverage.frames import facts_frame

        return facts_frame(self)

    def claims_frame(self) -> Any:
        """The claims, with float values and their fact ids, as a pandas DataFrame."""
        from aicoverage.frames import claims_frame

        return claims_frame(self)
