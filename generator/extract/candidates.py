"""Event mentions: each trigger with its sides, status, place and gathering; `event_dates`
gives each the date it owns."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from generator.extract.arguments import diplomatic, event_sides
from generator.extract.attendance import GATHERING_VERBS, HOSTING_VERBS
from generator.extract.attendee_lists import participation_words
from generator.extract.attributes import Gathering, gathering_of, not_yet, place_of, status_of
from generator.extract.dating import DatePhrase
from generator.extract.lexicon import (
    INTERVAL_UNITS,
    LIGHT_VERBS,
    SIDELINES_NOUNS,
    TRAVEL_VERBS,
)
from generator.extract.own_events import SEPARATE_EVENTS, of_its_own
from generator.extract.reading import Actor, PlaceMention, Reading
from generator.extract.relations import GATHERED_FOR, is_sequenced, related_event
from generator.extract.triggers import Trigger, carrier, find_triggers

ONE_SIDE_TYPES = {"press_conference", "statement"}
JOIN_VERBS = {"join", "attend", "participate", "take", "enter", "present"}
DEFINITE = {"the", "these", "this", "those", "that"}
# "A series of telephone conversations", "several calls": the partners named next had one each.
CALL_NOUNS = {"call", "conversation"}
SERIES_WORDS = {"series", "round", "several", "separate", "number"}


ORDINALS = {
    "first": "first",
    "inaugural": "first",
    "second": "second",
    "third": "third",
    "fourth": "fourth",
    "fifth": "fifth",
    "previous": "previous",
    "last": "previous",
    "next": "next",
}


@dataclass(frozen=True, slots=True)
class Candidate:
    trigger: Trigger
    sentence: int
    anchors: tuple[int, ...]
    actors: tuple[Actor, ...]
    destinations: tuple[Actor, ...]
    status: str
    place: PlaceMention | None
    gathering: Gathering | None
    evidence: str
    date: DatePhrase | None = None
    date_borrowed: bool = False
    joins: bool = False
    related: int | None = None  # the event word of "after the talks", "during the visit"
    sequenced: bool = False  # "before"/"after" it, so not part of it ("during" is)
    firm: bool = True  # a denial with no "yet"
    such: bool = False  # "such a meeting": the one named before
    ordinal: str | None = None  # "the second summit": not "the first summit" of the same text
    later: bool = False  # "Weeks later, Modi made a stopover": not what the text told before
    beside: bool = False  # "On the sidelines, X and Y signed": beside the summit reported
    listed: bool = False  # "Taking part in the meeting were X and Y": more people, no event

    @property
    def ruled_out(self) -> bool:
        return self.status == "denied" and self.firm

    @property
    def type(self) -> str:
        return self.trigger.type

    @property
    def sides(self) -> set[str]:
        return {actor.side for actor in self.actors}

    @property
    def occurred(self) -> bool:
        return self.status == "occurred"


def find_candidates(reading: Reading) -> tuple[Candidate, ...]:
    """Every event mention, undated: `event_dates.dated` gives each the date it owns."""
    sentences = {sent.start: number for number, sent in enumerate(reading.doc.sents)}
    triggers = find_triggers(reading)
    indices = frozenset(trigger.index for trigger in triggers)
    candidates = []
    for trigger in triggers:
        token = reading.doc[trigger.index]
        if not of_its_own(token, indices):
            continue
        others = indices - {trigger.index}
        candidates.extend(_candidates(reading, trigger, sentences[token.sent.start], others))
    return tuple(candidates)


def _taking_part(reading: Reading, joins: bool, actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """Officials of states and organizations; and, where "Cai Qi, Ding Xuexiang and Wang Yi
    were present at the meeting", the others present whose office the text does not give.
    Such a mention completes an event with officials, never opens one (`clusters`)."""
    officials = diplomatic(actors)
    if not joins:
        return officials
    return tuple(
        actor
        for actor in actors
        if actor in officials
        or (actor.kind == "person" and actor.id and _named_in_full(reading, actor))
    )


def _named_in_full(reading: Reading, person: Actor) -> bool:
    """Someone the archive knows, or named in full here or before: a lone capitalised word
    ("State" of "State Counsellor") is too thin to make a participant with no office."""
    return person.known or any(
        other.id == person.id and len(other.text.split()) > 1
        for other in reading.actors
        if other.start <= person.start
    )


def _without_the_spokesperson(token: Token, actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """ "Peskov said there were no plans for such a meeting": the event named before, not one
    of the spokesperson's."""
    if _such(token) and all(actor.role_kind == "spokesperson" for actor in actors):
        return ()
    return actors


def _such(token: Token) -> bool:
    return any(child.lower_ == "such" for child in token.children)


def _an_interval_later(token: Token) -> bool:
    """The sentence opens with "weeks later", "two days later", "months later", or "Later,"
    (the talks after the meeting and the signing told before)."""
    opening = token.sent[:4]
    if opening[0].lower_ == "later" and len(opening) > 1 and opening[1].text == ",":
        return True
    return any(
        word.lower_ == "later" and any(c.lemma_ in INTERVAL_UNITS for c in word.children)
        for word in opening
    )


def _on_the_sidelines(token: Token) -> bool:
    """The sentence opens with "On the sidelines," or "On the margins," naming no gathering."""
    words = [word.lower_ for word in token.sent[:4]]
    return (
        len(words) == 4
        and words[0] in ("on", "at")
        and words[2] in SIDELINES_NOUNS
        and words[3] == ","
    )


def _ordinal(token: Token) -> str | None:
    """Which of a series the event word names: "the second summit in this format"."""
    words = (ORDINALS.get(child.lower_) for child in token.children if child.dep_ == "amod")
    return next((word for word in words if word), None)


def _candidates(
    reading: Reading, trigger: Trigger, sentence: int, others: frozenset[int]
) -> list[Candidate]:
    """One mention, or one per partner of "held separate meetings with X and Y"."""
    if trigger.repeats is not None:
        return _told_again(reading, trigger, sentence, others)
    token = reading.doc[trigger.index]
    anchors = _anchors(token)
    sides = event_sides(reading, trigger, others)
    joins = trigger.attends or _joins(token)
    candidate = Candidate(
        trigger=trigger,
        sentence=sentence,
        anchors=tuple(anchor.i for anchor in anchors),
        actors=_without_the_spokesperson(token, _taking_part(reading, joins, sides.actors)),
        destinations=sides.destinations,
        status=status_of(token, others),
        firm=not not_yet(token),
        such=_such(token),
        ordinal=_ordinal(token),
        later=_an_interval_later(token),
        beside=_on_the_sidelines(token),
        place=place_of(reading, anchors, others),
        gathering=gathering_of(reading, anchors, others),
        evidence=" ".join(token.sent.text.split()),
        joins=joins,
        listed=sides.listed,
        related=related_event(trigger, anchors, others),
        sequenced=is_sequenced(anchors, others),
    )
    each = _each_separately(token, candidate)
    if each:
        return each
    partners = diplomatic(sides.partners)
    separate = token.tag_ == "NNS" and token.lemma_ in SEPARATE_EVENTS
    # "Yoon held separate bilateral talks with Li and Kishida": talks with each.
    separate = separate or any(c.dep_ == "amod" and c.lower_ == "separate" for c in token.children)
    separate = separate or _with_each(token)
    if not (separate or _one_of_a_series(token, trigger)) or len(_countries(partners)) < 2:
        return [candidate]
    hosts = tuple(actor for actor in candidate.actors if actor not in partners)
    places = _respective_places(reading, candidate.place, len(partners))
    return [
        replace(candidate, actors=(*hosts, partner), place=place)
        for partner, place in zip(partners, places, strict=True)
    ]


def _told_again(
    reading: Reading, trigger: Trigger, sentence: int, others: frozenset[int]
) -> list[Candidate]:
    """ "Met in July in Vilnius and again in September in New York": the event word's sides,
    with the place and gathering of the phrase that tells it again."""
    first = reading.doc[trigger.repeats]
    original = replace(trigger, index=first.i, repeats=None)
    told = _candidates(reading, original, sentence, (others | {trigger.index}) - {first.i})
    phrase = [reading.doc[trigger.index]]
    return [
        replace(
            candidate,
            trigger=trigger,
            anchors=(trigger.index,),
            place=place_of(reading, phrase, others),
            gathering=gathering_of(reading, phrase),
            ordinal=None,
            later=True,  # not the event told before
        )
        for candidate in told
    ]


def _with_each(token: Token) -> bool:
    """ "Spoke by phone with Biden and with Stoltenberg": "with" said again, one call each."""
    withs = [child for child in token.children if child.dep_ == "prep" and child.lower_ == "with"]
    withs += [c for w in withs for c in w.children if c.dep_ == "conj" and c.lower_ == "with"]
    return len(withs) >= 2


def _each_separately(token: Token, candidate: Candidate) -> list[Candidate]:
    """ "The Amir of Qatar and Prime Minister Sharif called President Erdoğan separately": one
    event for each of those who did it."""
    if not any(child.lower_ in ("separately", "individually") for child in token.children):
        return []
    subjects = {
        word.i
        for child in token.children
        if child.dep_ in ("nsubj", "nsubjpass")
        for word in child.subtree
    }
    doers = [actor for actor in candidate.actors if actor.start in subjects]
    others = tuple(actor for actor in candidate.actors if actor.start not in subjects)
    if len({actor.side for actor in doers}) < 2 or not others:
        return []
    return [replace(candidate, actors=(doer, *others)) for doer in doers]


def _one_of_a_series(token: Token, trigger: Trigger) -> bool:
    """ "Putin had a series of telephone conversations today. He spoke with X, Y and Z": one
    call each, when this sentence or the one before announces several calls."""
    if trigger.type != "phone_call":
        return False
    doc, start = token.doc, token.sent.start
    window = doc[doc[start - 1].sent.start if start else 0 : token.sent.end]
    return any(
        word.lemma_.lower() in CALL_NOUNS and word.tag_ == "NNS" and _in_a_series(word)
        for word in window
    )


def _in_a_series(word: Token) -> bool:
    """ "A series of conversations", "several calls", "separate conversations"."""
    owner = word.head.head if word.dep_ == "pobj" and word.head.lower_ == "of" else word
    return owner.lemma_.lower() in SERIES_WORDS or any(
        child.lemma_.lower() in SERIES_WORDS for child in word.children
    )


def _respective_places(
    reading: Reading, place: PlaceMention | None, count: int
) -> list[PlaceMention | None]:
    """ "In Kyiv and Moscow next week for meetings with Zelensky and Putin": one place each,
    in order, when the text names as many places as partners."""
    if place is None:
        return [place] * count
    root = reading.doc[place.start : place.end].root
    roots = {root.i} | {t.i for t in root.subtree if t.dep_ == "conj"}
    places = [p for p in reading.places if reading.doc[p.start : p.end].root.i in roots]
    return places if len(places) == count else [place] * count


def _joins(token: Token) -> bool:
    """ "Joined the talks", "took part in the meeting", "were present at the meeting", "the
    summit brought together", "were among the leaders at the summit": an event already under
    way, with more people."""
    held = carrier(token)  # "attended the start of the meeting"
    verb = held.head.head if held.dep_ == "pobj" else held.head
    verb = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "present"), verb)
    definite = any(child.lower_ in DEFINITE for child in token.children)
    gathered = token.dep_ == "nsubj" and verb.lemma_ in GATHERING_VERBS
    # "The meeting was facilitated by Gonsalves and Skerrit": its hosts, named after it.
    hosted = token.dep_ == "nsubjpass" and verb.lemma_ in HOSTING_VERBS
    # "The talks ... continued with the participation of members of the delegations".
    widened = bool(participation_words(token))
    joined = verb.lemma_ in JOIN_VERBS or gathered or hosted or widened
    return definite and (joined or token.lemma_ == "summit")


def _countries(actors: tuple[Actor, ...]) -> set[str]:
    return {actor.side for actor in actors}


def _anchors(token: Token) -> list[Token]:
    """The event word, and the verb that carries it ("held talks", "said after talks")."""
    anchors, carried = [token], carrier(token)  # "flew to Moscow for three hours of talks"
    head = carried.head
    if head.dep_ == "prep" and carried.dep_ == "pobj":
        head = head.head
    if head.i != token.i and head.pos_ in ("VERB", "AUX") and _carries(carried, head):
        anchors.append(head)
    return anchors


def _carries(token: Token, verb: Token) -> bool:
    """ "Held talks on Monday", "the meeting took place on Monday", "flew to Moscow on
    Saturday for talks", "met in Astana on Tuesday for the summit": the verb dates and places
    the event; "the ministry on Monday praised the visit" dates the praise."""
    travelled = verb.lemma_ in TRAVEL_VERBS | GATHERED_FOR and token.head.lower_ == "for"
    return verb.lemma_ in LIGHT_VERBS or token.dep_ in ("nsubj", "nsubjpass") or travelled


def is_complete(candidate: Candidate) -> bool:
    """Enough sides named for an event of its type: two for a meeting, one for a statement."""
    sides = candidate.sides
    if candidate.type in ONE_SIDE_TYPES:
        return len(sides) >= 1
    if candidate.type == "visit":
        called_on = any(calls_on(d) for d in candidate.destinations)
        hosted = bool(hosts_of(candidate)) or called_on or _host_called_off(candidate)
        return (len(sides) >= 1 and hosted) or _host_named(candidate)
    if candidate.type == "summit" and candidate.gathering is None:
        return len(sides) >= 2 or _named_summit(candidate)
    return len(sides) >= 2


def calls_on(destination: Actor) -> bool:
    """ "Paid a visit to Deputy President Gachagua": a visit to an official; not "will visit
    Manchester", a town the model took for someone."""
    return destination.kind == "person" and bool(destination.id) and bool(destination.role_kind)


def _host_named(candidate: Candidate) -> bool:
    """ "The two leaders had last met in Dublin, when the Prime Minister made his first visit
    to Ireland": the host is one of the people named, beside the visitor, when the visit
    tells again an event told before."""
    destinations = {d.country for d in candidate.destinations if d.country}
    hosted = len(candidate.sides) >= 2 and bool(destinations & candidate.sides)
    return hosted and candidate.related is not None


def _host_called_off(candidate: Candidate) -> bool:
    """ "North Korea has cancelled his planned visit": the country that called a visit off,
    beside the visitor, is its host."""
    countries = [a for a in candidate.actors if a.kind == "country"]
    people = [a for a in candidate.actors if a.kind == "person"]
    return (
        candidate.status == "cancelled" and bool(countries and people) and len(candidate.sides) >= 2
    )


def _named_summit(candidate: Candidate) -> bool:
    """ "The G20 summit", "the NATO summit": an international organization's meeting."""
    return any(actor.kind == "organization" for actor in candidate.actors)


def hosts_of(candidate: Candidate) -> set[str]:
    visitors = {actor.country for actor in candidate.actors}
    hosts = {d.country for d in candidate.destinations if d.country}
    if candidate.place is not None and candidate.place.country:
        hosts.add(candidate.place.country)
    return hosts - visitors
