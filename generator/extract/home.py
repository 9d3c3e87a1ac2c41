"""Whose article it is: the country or organization a readout speaks for, from its source
("Prime Minister's Office", "UN News") or its web address (`gov.uk`)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.reading import Actor, PlaceMention
from generator.extract.registry import Registry
from generator.records import Article

_HOST = re.compile(r"^(?:https?://)?(?:www\.)?([^/:]+)")


def home_country(article: Article, registry: Registry) -> str | None:
    """The country an article speaks for: named in its source, else its web address."""
    found = {
        code
        for table in (registry.country_names, registry.demonyms, registry.capitals, registry.seats)
        for word, code in table.items()
        if re.search(rf"\b{re.escape(word)}\b", article.source)
    }
    if len(found) == 1:
        return found.pop()
    return _country_of_url(article.url or "", registry)


def home_organization(article: Article, registry: Registry) -> str | None:
    """The organization an article speaks for, when its source names one ("UN News")."""
    found = {
        org.id
        for org in registry.organizations.values()
        for name in (org.name, *org.aliases)
        if re.search(rf"\b{re.escape(name)}\b", article.source)
    }
    return found.pop() if len(found) == 1 else None


def _country_of_url(url: str, registry: Registry) -> str | None:
    match = _HOST.match(url)
    if not match:
        return None
    labels = match.group(1).lower().split(".")
    if labels[-1] in ("gov", "mil"):
        return "US" if "US" in registry.countries else None
    code = "GB" if labels[-1] == "uk" else labels[-1].upper()
    return code if len(code) == 2 and code in registry.countries else None


def self_named(
    doc: Doc, home: str | None, places: tuple[PlaceMention, ...]
) -> tuple[tuple[Actor, ...], tuple[PlaceMention, ...]]:
    """ "Both hosted by the Kingdom", "on a state visit to the Kingdom": in a Saudi readout,
    what a state calls itself is that state, not a place of that name; with the places left."""
    if home is None:
        return (), places
    kingdom = [
        token.i
        for token in doc
        if token.text == "Kingdom"
        and token.i > 0
        and doc[token.i - 1].lower_ == "the"
        and (token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "of")
        and token.dep_ != "compound"
    ]
    actors = tuple(Actor("country", home, i, i + 1, "Kingdom", country=home) for i in kingdom)
    kept = tuple(p for p in places if not any(p.start <= i < p.end for i in kingdom))
    return actors, kept
