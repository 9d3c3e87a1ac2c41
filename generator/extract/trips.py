"""Trips that are events: an official due somewhere, gone abroad, or travelled on to meet
someone ("Yellen is due in South Africa", "Kristersson traveled to Budapest last month")."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.lexicon import TRAVEL_VERBS
from generator.extract.reading import Reading


def due_somewhere(token: Token, reading: Reading) -> bool:
    """ "Yellen is due in South Africa later this week": a visit to come, the subject's."""
    if token.lower_ != "due" or token.dep_ != "acomp":
        return False
    if any(c.lower_ == "for" for c in (*token.children, *token.head.children)):
        return False  # "due in Kyiv for meetings with Zelensky": the meetings say it
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.head.children):
        return False
    objects = [o for c in token.children if c.lower_ in ("in", "to") for o in c.children]
    return any(reading.actors_at(o.i) or reading.places_at(o.i) for o in objects)


def went_abroad(verb: Token, reading: Reading) -> bool:
    """ "Kristersson traveled to Budapest last month": an official's trip to another country
    is a visit; not "flew back to Washington", nor "travelled to Brussels for the summit" or
    "to meet Scholz", which the summit or the meeting tells."""
    if verb.lemma_ not in ("travel", "fly") or verb.tag_ not in ("VBD", "VBN"):
        return False  # a trip to come is told by what it is for ("will fly to New York")
    purposes = [c for c in verb.children if c.dep_ in ("xcomp", "advcl")]
    home = [c for c in verb.children if c.lower_ in ("back", "home")]
    if any(c.lower_ == "for" for c in verb.children) or purposes or home:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    travellers = {a.country for s in subjects for a in reading.actors_at(s.i) if a.kind == "person"}
    travellers.discard(None)
    places = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children]
    reached = {p.country for o in places for p in reading.places_at(o.i)}
    return bool(travellers) and bool(reached - travellers - {None})


def travelled_to(verb: Token) -> bool:
    """ "Travelled on to Berlin to confer with": speaking there, in person."""
    purpose = verb.dep_ in ("xcomp", "advcl") and any(c.lower_ == "to" for c in verb.children)
    return purpose and verb.head.lemma_ in TRAVEL_VERBS
