"""Who took part in an event, read from the syntax around its trigger word.

"X met Y", "X's talks with Y", "talks between X and Y", "the Lavrov-Pompeo negotiations",
"X and Y held a call", "X said after talks with Y": the subject, object, possessor, compound
and "with/between" phrases of the trigger (or of the verb that governs it) name the sides.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from generator.extract.argument_actors import SUBJECT_DEPS, actors_under
from generator.extract.lexicon import DIPLOMATIC_KINDS, LIGHT_VERBS
from generator.extract.reading import Actor, Reading
from generator.extract.triggers import Trigger, carrier

NOUN_ARGUMENT_DEPS = {"poss", "compound", "amod", "nmod", "npadvmod"}
PARTNER_PREPOSITIONS = {"with", "between", "among", "by", "of", "to", "from", "involving"}
DESTINATION_PREPOSITIONS = {"to", "in", "into"}
CONTROL_DEPS = {"xcomp", "conj", "advcl", "relcl", "acl", "pcomp", "ccomp"}
GATHERING_VERBS = {"bring", "gather", "draw", "attract", "involve", "include", "unite", "assemble"}
# "Attended the summit, among them ...", "the summit brought together ..., including ...".
ATTENDING_VERBS = {"attend", "join", "gather", "bring", "assemble", "participate"}
HOSTING_VERBS = {
    *("host", "chair", "co-chair", "attend", "organize", "organise", "convene", "lead"),
    *("broker", "mediate"),
}
# "Told him in a phone call", "during a video call", "over the phone call".
CALL_CARRIERS = {"in", "during", "over"}
TOPIC_PREPOSITIONS = {"on", "about", "over", "regarding"}
TIME_PREPOSITIONS = {"before", "after", "since", "until", "following", "ahead", "prior"}
# How far up the tree the clause whose subject took part may be: "Lavrov and Kuleba made no
# progress towards a ceasefire at talks in Turkey".
GOVERNOR_REACH = 6
# A summit is named in passing further away ("encouraged Allies to do more in the run-up to
# the NATO Summit"): only a near clause's subject attended it.
SUMMIT_GOVERNOR_REACH = 4


@dataclass(frozen=True, slots=True)
class Sides:
    """The actors of one event mention; `destinations` are where a visit went."""

    actors: tuple[Actor, ...]
    destinations: tuple[Actor, ...] = ()
    partners: tuple[Actor, ...] = ()


def event_sides(reading: Reading, trigger: Trigger, others: frozenset[int] = frozenset()) -> Sides:
    """The sides an event word names; `others` are the other event words, whose own
    participants ("the call between X and Y, as well as Z's meeting with W") are not its."""
    token = reading.doc[trigger.index]
    found: list[Actor] = []
    destinations: list[Actor] = []
    partners: list[Actor] = []
    if trigger.verbal:
        found.extend(_listed_before(reading, token))
    found.extend(_attendees_listed_after(reading, token))
    for argument, relation in _arguments(token, trigger):
        actors = actors_under(reading, argument, token, others)
        if trigger.type == "visit" and relation in DESTINATION_PREPOSITIONS | {"dobj"}:
            destinations.extend(actors)
        else:
            found.extend(actors)
        if relation in ("with", "to"):
            partners.extend(actors)
    if trigger.type == "visit" and not destinations:
        destinations.extend(_the_country(reading, token))
    # "Is due in Kyiv and Moscow for meetings with Zelensky and Putin": partners only, one
    # meeting each, with the subject of the clause.
    partners_only = token.tag_ == "NNS" and bool(found) and len(partners) == len(found)
    too_few = len(_sides(found)) < (1 if trigger.type == "visit" else 2) or partners_only
    if too_few and not _only_a_time(token, found):
        reach = SUMMIT_GOVERNOR_REACH if trigger.type == "summit" else GOVERNOR_REACH
        found.extend(_governor_subjects(reading, token, reach))
    return Sides(_distinct(found), _distinct(destinations), _distinct(partners))


def _listed_before(reading: Reading, verb: Token) -> list[Actor]:
    """ "The Deputy Prime Minister, Acting Foreign Minister Muttaqi and Foreign Minister of
    Uzbekistan Saidov signed": a list of officials with no verb before the event verb is its
    subject, however the parser split it."""
    run = verb.doc[verb.sent.start : verb.i]
    if not any(t.text == "," for t in run) or any(t.pos_ in ("VERB", "AUX") for t in run):
        return []
    people = [
        actor
        for actor in reading.actors_within(run.start, run.end)
        if actor.kind == "person" and not _described_by_the_way(reading, actor, run.start)
    ]
    return people if len(people) >= 2 else []


def _the_country(reading: Reading, token: Token) -> list[Actor]:
    """ "Naruhito last visited the country in 2008": the country named last before, or the
    country of the city named last ("arrived in Jakarta")."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [g for c in token.children if c.dep_ == "prep" for g in c.children]
    if not any(o.lower_ == "country" and _definite(o) for o in objects):
        return []
    countries = [a for a in reading.actors if a.kind == "country" and a.end <= token.i]
    cities = [p for p in reading.places if p.country and p.end <= token.i]
    named = [(a.start, a.id, a.text) for a in countries] + [
        (p.start, p.country, p.text) for p in cities
    ]
    if not named:
        return []
    start, code, text = max(named)
    return [Actor("country", code, start, start + 1, text, country=code, implicit=True)]


def _definite(noun: Token) -> bool:
    return any(c.lower_ in ("the", "this", "that") for c in noun.children)


def _attendees_listed_after(reading: Reading, token: Token) -> list[Actor]:
    """ "Eleven heads of state attended the meeting, among them Argentina's Fernandez, Chile's
    Boric ... as well as the leaders of Guyana and Suriname": the list after "among them" or
    "including" names who attended (the parser rarely hangs it on the verb)."""
    verb = token if token.pos_ == "VERB" else token.head
    if verb.lemma_ not in ATTENDING_VERBS:
        return []
    sentence = token.sent
    opener = next(
        (
            t
            for t in token.doc[token.i + 1 : sentence.end - 1]
            if t.lower_ == "including"
            or (t.lower_ == "among" and t.nbor().lower_ in ("them", "whom", "those"))
        ),
        None,
    )
    if opener is None:
        return []
    # Listed as attending beside heads of state, a person of a country is its leader there.
    return [
        replace(actor, role_kind="leader") if actor.role_kind is None and actor.country else actor
        for actor in reading.actors_within(opener.i, sentence.end)
        if actor.kind in ("person", "country")
    ]


def _described_by_the_way(reading: Reading, actor: Actor, start: int) -> bool:
    """ "Redwan Hussien, national security adviser to Prime Minister Abiy Ahmed, signed": Abiy
    only describes the signer."""
    root = reading.doc[actor.start : actor.end].root
    return any(
        a.dep_ == "prep" and a.lower_ in ("to", "for", "with")
        for a in root.ancestors
        if a.i >= start
    )


def _only_a_time(token: Token, found: list[Actor]) -> bool:
    """ "Before the summit, Rubio and Lavrov will hold talks": the summit only dates the talks;
    its people are not theirs."""
    preposition = token.head if token.dep_ == "pobj" else None
    named = [actor for actor in found if actor.kind != "organization"]  # "the EU summit"
    if named or preposition is None or preposition.lower_ not in TIME_PREPOSITIONS:
        return False
    # "After talks in Moscow on March 20, Xi and Putin signed": talks of their own.
    bare = token.lemma_.lower() != "summit" and not any(
        c.dep_ in ("det", "poss") for c in token.children
    )
    return not bare


def diplomatic(actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """Officials of states and organizations, governments: not executives or celebrities."""
    return tuple(actor for actor in actors if _is_diplomatic(actor))


def _is_diplomatic(actor: Actor) -> bool:
    if actor.kind == "person":
        return actor.role_kind in DIPLOMATIC_KINDS
    if actor.kind == "organization":
        # An organization the archive does not know and no country owns is a union, a company
        # or a club ("leaders of the Labour Congress"), not a side of diplomacy.
        return actor.known or actor.country is not None
    return actor.kind == "country"


def _sides(actors: list[Actor]) -> set[str]:
    return {actor.side for actor in actors if _is_diplomatic(actor)}


def _distinct(actors: list[Actor]) -> tuple[Actor, ...]:
    seen: set[tuple[str, str]] = set()
    kept = []
    for actor in actors:
        key = (actor.kind, actor.id or actor.side)
        if key not in seen:
            seen.add(key)
            kept.append(actor)
    return tuple(kept)


def _arguments(token: Token, trigger: Trigger) -> list[tuple[Token, str]]:
    """(token, relation) pairs whose subtrees name the participants."""
    arguments: list[tuple[Token, str]] = []
    for child in token.children:
        if child.dep_ in _argument_deps(trigger):
            arguments.append((child, child.dep_))
        elif child.dep_ == "prep" and child.lower_ in _prepositions(trigger, token):
            arguments.extend((grand, child.lower_) for grand in child.children if _is_object(grand))
        elif child.dep_ == "prep" and child.lower_ in TOPIC_PREPOSITIONS | {"in", "at"}:
            arguments.extend((partner, "with") for partner in _partners_after_topic(child))
    if trigger.verbal:
        arguments.extend((partner, "with") for partner in _partners_of_object(token))
        arguments.extend((subject, "nsubj") for subject in _among_subjects(token))
        arguments.extend((subject, "nsubj") for subject in _as_did_subjects(token))
        arguments.extend((guest, "nsubj") for guest in _ceremony_guests(token))
        arguments.extend((witness, "nsubj") for witness in _witnesses(token))
    if trigger.verbal:
        arguments.extend((subject, "nsubj") for subject in _inverted_subjects(token))
    if trigger.verbal and not any(rel in SUBJECT_DEPS for _, rel in arguments):
        subjects = _for_to_subject(token) or _inherited_subjects(token) or _names_before(token)
        arguments.extend((subject, "nsubj") for subject in subjects)
    if not trigger.verbal:
        arguments.extend(_light_verb_arguments(token))
        arguments.extend(_call_carrier_arguments(token, trigger))
        arguments.extend(_host_arguments(token))
        arguments.extend(_gathered_arguments(token))
    return arguments


def _ceremony_guests(verb: Token) -> list[Token]:
    """ "The agreement was signed at a ceremony attended by Dar, Muttaqi and Saidov"."""
    return [
        guest
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("at", "during")
        for place in prep.children
        for clause in place.children
        if clause.dep_ == "acl" and clause.lemma_ == "attend"
        for agent in clause.children
        if agent.dep_ == "agent"
        for guest in agent.children
    ]


def _among_subjects(verb: Token) -> list[Token]:
    """ "Biden, Sunak and Macron were among the leaders attending": who "were among" them."""
    for copula in list(verb.ancestors)[:3]:
        if copula.lemma_ == "be" and any(
            c.dep_ == "prep" and c.lower_ == "among" for c in copula.children
        ):
            return [c for c in copula.children if c.dep_ in SUBJECT_DEPS]
    return []


def _partners_of_object(verb: Token) -> list[Token]:
    """ "Shoigu signed the accord with Akar and Guterres": the parser hangs "with" on what was
    signed."""
    return [
        partner
        for obj in verb.children
        if obj.dep_ == "dobj"
        for prep in obj.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for partner in prep.children
        if partner.dep_ == "pobj"
    ]


def _witnesses(verb: Token) -> list[Token]:
    """ "The ministers signed the memorandum as the three leaders looked on", "signed in the
    presence of X": who watched the signing took part in it."""
    onlookers = [
        subject
        for clause in verb.children
        if clause.dep_ == "advcl" and _is_watching(clause)
        for subject in clause.children
        if subject.dep_ in SUBJECT_DEPS
    ]
    present = [
        witness
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for presence in prep.children
        if presence.lower_ == "presence"
        for of in presence.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for witness in of.children
        if witness.dep_ == "pobj"
    ]
    return onlookers + present


def _is_watching(clause: Token) -> bool:
    if clause.lemma_ in ("watch", "witness"):
        return True
    return clause.lemma_ == "look" and any(c.lower_ == "on" for c in clause.children)


def _partners_after_topic(preposition: Token) -> list[Token]:
    """ "Talks on the boundary question with Doval", "talks in the Spanish capital between
    Erdogan, Niinisto and Andersson": the parser hangs the partners on the topic or place."""
    return [
        partner
        for topic in preposition.children
        if topic.dep_ == "pobj"
        for prep in topic.children
        if prep.dep_ == "prep" and prep.lower_ in ("with", "between")
        for partner in prep.children
        if partner.dep_ == "pobj"
    ]


def _names_before(verb: Token) -> list[Token]:
    """ "On the sidelines, Modi, Biden ... and von der Leyen signed": a list of names right
    before a verb the parser gave no subject (it hung the list on "sidelines")."""
    if verb.i == 0:
        return []
    last = verb.doc[verb.i - 1]
    if last.pos_ != "PROPN":
        return []
    while last.dep_ == "conj" and last.head.i < last.i:
        last = last.head
    return [last]


def _for_to_subject(verb: Token) -> list[Token]:
    """ "No arrangement for Xi to meet Marcos": who is to meet is the object of "for"."""
    marker = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if marker is None or marker.i == 0:
        return []
    before = verb.doc[marker.i - 1]
    while before.dep_ == "compound" and before.head.i > before.i:
        before = before.head
    if before.dep_ == "pobj" and before.head.lower_ == "for":
        return [before]
    return []


def _as_did_subjects(verb: Token) -> list[Token]:
    """ "Xi attended the summit, as did Milei": who did the same."""
    return [
        subject
        for clause in verb.children
        if clause.dep_ == "advcl"
        and clause.lemma_ == "do"
        and any(mark.lower_ == "as" for mark in clause.children)
        for subject in clause.children
        if subject.dep_ in SUBJECT_DEPS
    ]


def _gathered_arguments(token: Token) -> list[tuple[Token, str]]:
    """ "The summit brought together Xi, Modi and Ramaphosa": whom the event gathered."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_ not in GATHERING_VERBS:
        return []
    return [(obj, "dobj") for obj in verb.children if obj.dep_ in ("dobj", "prt")]


def _argument_deps(trigger: Trigger) -> set[str]:
    """Subjects name sides of any event word; objects of a verb; possessors and modifiers of a
    noun ("Putin's visit", "the Lavrov-Pompeo talks")."""
    if trigger.verbal:
        return SUBJECT_DEPS | {"dobj", "agent"}
    return SUBJECT_DEPS | NOUN_ARGUMENT_DEPS


def _host_arguments(token: Token) -> list[tuple[Token, str]]:
    """ "The summit, hosted by Prime Minister Abe": who hosts or chairs it takes part."""
    found = []
    for clause in [*token.children, *_trailing_participles(token), *_place_clauses(token)]:
        if clause.dep_ in ("acl", "advcl") and clause.lemma_ in HOSTING_VERBS:
            for agent in clause.children:
                if agent.dep_ == "agent":
                    found.extend((obj, "by") for obj in agent.children if obj.dep_ == "pobj")
    return found


def _place_clauses(token: Token) -> list[Token]:
    """ "Talks in the Spanish capital between X and Y, brokered by Stoltenberg": the parser
    hangs the participle on the place."""
    return [
        clause
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at")
        for place in prep.children
        if place.dep_ == "pobj"
        for clause in place.children
        if clause.dep_ == "acl"
    ]


def _trailing_participles(token: Token) -> list[Token]:
    """ "Took part in a summit in Dar es Salaam in February, co-chaired by Ruto": the parser
    hangs the participle on the verb whose "in" phrase names the summit."""
    if token.dep_ != "pobj" or token.head.dep_ != "prep":
        return []
    verb = token.head.head
    return [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > token.i]


def _prepositions(trigger: Trigger, token: Token) -> set[str]:
    """A visit's "in"/"to" names where it went; elsewhere "in Finland" is only the place.
    Whom a meeting verb is "on" is the one called on ("called on the President")."""
    if trigger.type == "visit":
        return PARTNER_PREPOSITIONS | DESTINATION_PREPOSITIONS
    if trigger.type == "meeting" and token.lemma_.lower() == "call":
        return PARTNER_PREPOSITIONS | {"on", "upon"}
    return PARTNER_PREPOSITIONS


def _is_object(token: Token) -> bool:
    return token.dep_ in ("pobj", "pcomp", "dobj") or token.pos_ in ("PROPN", "NOUN", "PRON")


def _inherited_subjects(token: Token) -> list[Token]:
    """ "Agreed to meet", "arrived and met", "the minister, who met", "Amorim, who had
    traveled to Kyiv to meet Zelensky": the subject above."""
    current = token
    for _ in range(3):
        if current.dep_ not in CONTROL_DEPS or current.head.i == current.i:
            return []
        controlled = current.dep_ == "xcomp"
        current = current.head
        if current.pos_ in ("NOUN", "PROPN"):
            return _named_by_copula(current) or [current]
        # "Modi invited Abe to visit India": the object of "invite" does the visiting.
        objects = [c for c in current.children if c.dep_ == "dobj"] if controlled else []
        if objects:
            return objects
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects
    return []


def _named_by_copula(noun: Token) -> list[Token]:
    """ "The last Indian prime minister to visit Pakistan was Atal Bihari Vajpayee": who the
    description names, not whoever holds that office now."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_ != "be":
        return []
    return [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "PROPN"]


def _call_carrier_arguments(token: Token, trigger: Trigger) -> list[tuple[Token, str]]:
    """ "X told Y in a phone call", "X assured Y during a telephone conversation": the
    speaker and the one spoken to are the two ends of the call; "during the call" refers back
    to a call already reported, whose people it does not change."""
    preposition = token.head
    if trigger.type != "phone_call" or token.dep_ != "pobj" or preposition.dep_ != "prep":
        return []
    if any(
        child.dep_ in ("det", "poss") and child.lower_ not in ("a", "an")
        for child in token.children
    ):
        return []
    verb = preposition.head
    if preposition.lower_ not in CALL_CARRIERS or verb.pos_ != "VERB":
        return []
    return [(c, c.dep_) for c in verb.children if c.dep_ in SUBJECT_DEPS | {"dobj", "dative"}]


def _light_verb_arguments(token: Token) -> list[tuple[Token, str]]:
    """ "X held talks with Y", "X had a phone call with Y", "X took part in the summit",
    "X held five hours of talks with Y"."""
    token = carrier(token)
    verb = token.head
    if token.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("in", "for"):
        verb = verb.head  # "took part in the talks", "was received by X for talks"
    if verb.lemma_ not in LIGHT_VERBS | {"take", "receive"} or verb.i == token.i:
        return []
    arguments = [(c, c.dep_) for c in verb.children if c.dep_ in SUBJECT_DEPS | {"agent"}]
    arguments.extend((subject, "nsubj") for subject in _as_did_subjects(verb))
    arguments.extend((subject, "nsubj") for subject in _inverted_subjects(verb))
    for prep in verb.children:
        # "Paid a State Visit to Brazil": the parser may hang the destination on the verb.
        if prep.dep_ in ("prep", "dative") and prep.lower_ in ("with", "between", "from", "to"):
            arguments.extend((grand, prep.lower_) for grand in prep.children)
    if not any(rel in SUBJECT_DEPS for _, rel in arguments):
        arguments.extend((s, "nsubj") for s in _inherited_subjects(verb))
    return arguments


def _inverted_subjects(verb: Token) -> list[Token]:
    """ "Taking part in the talks were Lavrov and Ushakov", "also attending were X, Y and Z":
    who follows "were" (the parser may hang the second name on "were" as a conjunct)."""
    copulas = [verb, *(c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "be")]
    if verb.dep_ in ("acomp", "csubj") and verb.head.lemma_ == "be":
        copulas.append(verb.head)
    return [
        c
        for copula in copulas
        for c in copula.children
        if c.dep_ == "attr" or (c.dep_ in ("conj", "nsubj") and c.pos_ == "PROPN" and c.i > verb.i)
    ]


def _governor_subjects(reading: Reading, token: Token, reach: int) -> list[Actor]:
    """ "Lavrov said after talks with Pompeo": the speaker of the clause took part too."""
    current = token
    for _ in range(reach):
        if current.head.i == current.i:
            return []
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                return [a for s in subjects for a in actors_under(reading, s, token, frozenset())]
    return []
