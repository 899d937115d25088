"""What extraction finds in an article: claims, direct quotes with their speakers, entity mentions.

>>> Speaker("Jensen Huang", canonical="Jensen Huang").canonical
'Jensen Huang'
"""

from __future__ import annotations

from attrs import field, frozen

from aicoverage.model._article import Article
from aicoverage.model._quantity import Quantity, QuantityFields, flat


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
class Claim(QuantityFields):
    """A numeric claim: a quantity mention in its sentence, what it is about and who states it."""

    start: int
    end: int
    text: str
    quantity: Quantity = field(metadata=flat())
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

    article: Article = field(metadata=flat())
    claims: tuple[Claim, ...] = ()
    quotes: tuple[Quote, ...] = ()
    entities: tuple[EntityMention, ...] = ()
