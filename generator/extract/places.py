"""Countries and places an article names: a country acting ("Moscow said", "the Russian
side"), or where something happened ("talks in Moscow", "the Tajik city of Khujand", "the
Spanish capital"), each resolved to its record or proposed as new."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from generator.extract.lexicon import MOTION_VERBS, SIDE_NOUNS
from generator.extract.mentions import (
    NOT_PERSON_WORDS,
    Name,
    country_modifying,
    is_locative,
    settlement_country,
)
from generator.extract.names import slugify
from generator.extract.reading import Actor, PlaceMention
from generator.extract.registry import Registry
from generator.extract.titles import Title

CITY_PARTS = {"district", "quarter", "neighbourhood", "neighborhood", "borough", "ward"}


def countries_and_places(
    doc: Doc, names: tuple[Name, ...], titles: tuple[Title, ...], registry: Registry
) -> tuple[tuple[Actor, ...], tuple[PlaceMention, ...]]:
    in_titles = {i for t in titles for i in range(t.scope_start, t.scope_end)}
    actors: list[Actor] = []
    places: list[PlaceMention] = []
    for name in names:
        if _inside_larger_name(doc, name):
            continue
        if name.label == "PLACE" and name.record:
            places.append(_known_place(name, registry))
        elif name.label in ("CAPITAL", "SEAT") and is_locative(doc, name.start, name.end):
            places.append(_seat_place(name, registry))
        elif name.label in ("COUNTRY", "CAPITAL", "SEAT", "DEMONYM") and name.record:
            if name.start not in in_titles:
                actors.append(_country_actor(doc, name))
        elif name.label in ("GPE", "LOC", "FAC") and is_locative(doc, name.start, name.end):
            places.append(_new_place(doc, name, registry))
        elif name.label == "ORG" and _travelled_to(doc, name):
            places.append(_new_place(doc, replace(name, label="GPE"), registry))
    places.extend(_capitals_described(doc, registry))
    return tuple(actors), tuple(sorted(places, key=lambda place: place.start))


def _travelled_to(doc: Doc, name: Name) -> bool:
    """ "Then proceeded to Erbil, where he was received": a town the model took for a body.
    A body's name has its word for a body, or is written in capitals (NATO, ASEAN)."""
    root = doc[name.start : name.end].root
    words = doc[name.start : name.end]
    if name.record or any(w.lower_ in NOT_PERSON_WORDS or w.text.isupper() for w in words):
        return False
    preposition = root.head
    return (
        root.dep_ == "pobj"
        and preposition.lower_ == "to"
        and preposition.head.lemma_ in MOTION_VERBS
    )


def _capitals_described(doc: Doc, registry: Registry) -> list[PlaceMention]:
    """ "Talks in the Spanish capital": the capital of the country the words name."""
    found = []
    for token in doc:
        if token.lower_ != "capital" or not is_locative(doc, token.i, token.i + 1):
            continue
        code = country_modifying(token)
        place_id = registry.capital_place(code) if code else None
        if place_id:
            # Named by the record's name, so a title reads "in Madrid", not "in capital".
            name = registry.places[place_id].name
            found.append(
                _known_place(Name("PLACE", token.i, token.i + 1, name, place_id), registry)
            )
    return found


def _inside_larger_name(doc: Doc, name: Name) -> bool:
    """ "Lake Geneva", "the Geneva Conventions": a place name that is part of another name."""
    before = doc[name.start - 1] if name.start > 0 else None
    after = doc[name.end] if name.end < len(doc) else None
    return any(
        token is not None
        and token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and not token.ent_id_
        and not token.is_sent_start
        for token in (before, after)
    )


def _country_actor(doc: Doc, name: Name) -> Actor:
    """A demonym names a side only when it modifies a side noun or an event word."""
    demonym = name.label == "DEMONYM"
    is_side = not demonym or doc[name.start].head.lemma_.lower() in SIDE_NOUNS
    return Actor(
        kind="country",
        id=name.record,
        start=name.start,
        end=name.end,
        text=name.text,
        country=name.record,
        implicit=demonym and not is_side,
    )


def _known_place(name: Name, registry: Registry) -> PlaceMention:
    place = registry.places[name.record or ""]
    return PlaceMention(place.id, name.start, name.end, name.text, place.country, place.kind)


def _seat_place(name: Name, registry: Registry) -> PlaceMention:
    """ "Talks in Moscow", "received at the Kremlin": the capital's place record, else a new one."""
    code = name.record or ""
    own = registry.place_named(name.text, code)
    capital = registry.countries[code].capital if code in registry.countries else None
    place_id = own or registry.capital_place(code)
    if place_id:
        return _known_place(Name("PLACE", name.start, name.end, name.text, place_id), registry)
    label = capital or name.text
    return PlaceMention(slugify(label), name.start, name.end, label, code, "city", known=False)


def _new_place(doc: Doc, name: Name, registry: Registry) -> PlaceMention:
    place_id = registry.place_named(name.text)
    if place_id:
        return _known_place(Name("PLACE", name.start, name.end, name.text, place_id), registry)
    kind = {"GPE": "city", "LOC": "region", "FAC": "venue"}[name.label]
    if name.text.split()[-1].lower() in CITY_PARTS:
        kind = "venue"  # "the capital's Yongsan district": somewhere in a city, not another one
    country = settlement_country(doc, name.start, name.end)
    return PlaceMention(slugify(name.text), name.start, name.end, name.text, country, kind, False)
