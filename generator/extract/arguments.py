"""Who took part in an event, read from the syntax around its trigger word.

"X met Y", "X's talks with Y", "talks between X and Y", "the Lavrov-Pompeo negotiations",
"X and Y held a call", "X said after talks with Y": the subject, object, possessor, compound
and "with/between" phrases of the trigger (or of the verb that governs it) name the sides.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from generator.extract.argument_actors import SUBJECT_DEPS, actors_under
from generator.extract.attendance import (
    among_subjects,
    as_did_subjects,
    ceremony_guests,
    doers_at,
    gathered_arguments,
    host_arguments,
    instrument_partners,
    joined_by,
    partners_after_topic,
    partners_at_the_conference,
    partners_of_object,
    partners_on_the_line,
    spoken_to_during,
    the_country,
    witnesses,
)
from generator.extract.attendee_lists import (
    attendees_listed_after,
    listed_after_inversion,
    listed_as_attending,
    listed_before,
    with_the_participation_of,
)
from generator.extract.cues import CANCELLED_WORDS
from generator.extract.lexicon import DIPLOMATIC_KINDS, LIGHT_VERBS
from generator.extract.reading import Actor, Reading
from generator.extract.triggers import Trigger, carrier, told_again_as_ceremony

NOUN_ARGUMENT_DEPS = {"poss", "compound", "amod", "nmod", "npadvmod"}
PARTNER_PREPOSITIONS = {
    *("with", "between", "among", "by", "of", "to", "from", "involving", "alongside"),
}
DESTINATION_PREPOSITIONS = {"to", "in", "into"}
CONTROL_DEPS = {"xcomp", "conj", "advcl", "relcl", "acl", "pcomp", "ccomp"}
# "Told him in a phone call", "during a video call", "over the phone call".
CALL_CARRIERS = {"in", "during", "over"}
TOPIC_PREPOSITIONS = {"on", "about", "over", "regarding"}
TIME_PREPOSITIONS = {"before", "after", "since", "until", "following", "ahead", "prior"}
# How far up the tree the clause whose subject took part may be: "Lavrov and Kuleba made no
# progress towards a ceasefire at talks in Turkey".
GOVERNOR_REACH = 6
# Subjects that stand for people named just before: "with Putin and Zelensky, both of whom".
QUANTIFIERS = {"both", "all", "each", "neither", "either", "none"}
# A summit is named in passing further away ("encouraged Allies to do more in the run-up to
# the NATO Summit"): only a near clause's subject attended it.
SUMMIT_GOVERNOR_REACH = 4


@dataclass(frozen=True, slots=True)
class Sides:
    """The actors of one event mention; `destinations` are where a visit went."""

    actors: tuple[Actor, ...]
    destinations: tuple[Actor, ...] = ()
    partners: tuple[Actor, ...] = ()
    listed: bool = False  # named after "Taking part in the meeting were": more people only


def event_sides(reading: Reading, trigger: Trigger, others: frozenset[int] = frozenset()) -> Sides:
    """The sides an event word names; `others` are the other event words, whose own
    participants ("the call between X and Y, as well as Z's meeting with W") are not its."""
    token = reading.doc[trigger.index]
    found: list[Actor] = []
    destinations: list[Actor] = []
    partners: list[Actor] = []
    if trigger.verbal:
        found.extend(listed_before(reading, token))
    found.extend(attendees_listed_after(reading, token))
    found.extend(listed_as_attending(reading, token))
    listed = listed_after_inversion(reading, token)
    found.extend(listed)
    found.extend(with_the_participation_of(reading, token))
    found.extend(joined_by(reading, token))
    if trigger.type in ("summit", "meeting") and not trigger.verbal:
        found.extend(doers_at(reading, token))
    if told_again_as_ceremony(token):
        # "The ceremony was hosted by ..., King Salman, in the presence of ...": the parse of
        # such titles is loose; everyone named after the verb was there.
        after = reading.actors_within(token.head.i, token.sent.end)
        found.extend(actor for actor in after if actor.kind == "person")
    for argument, relation in _arguments(token, trigger):
        actors = actors_under(reading, argument, token, others)
        if relation == "nsubjpass" and token.lemma_ == "represent":
            # "President Museveni was represented by Dr Rugunda": he was not there himself.
            actors = [actor for actor in actors if actor.kind != "person"]
        if trigger.type == "visit" and relation in DESTINATION_PREPOSITIONS | {"dobj"}:
            destinations.extend(actors)
        else:
            found.extend(actors)
        if relation in ("with", "to"):
            partners.extend(actors)
    found.extend(partners_at_the_conference(reading, token))
    if trigger.type == "visit" and not destinations:
        destinations.extend(the_country(reading, token))
    # "Is due in Kyiv and Moscow for meetings with Zelensky and Putin": partners only, one
    # meeting each, with the subject of the clause.
    partners_only = token.tag_ == "NNS" and bool(found) and len(partners) == len(found)
    too_few = len(_sides(found)) < (1 if trigger.type == "visit" else 2) or partners_only
    if too_few and not _only_a_time(token, found) and not _yours(token):
        reach = SUMMIT_GOVERNOR_REACH if trigger.type == "summit" else GOVERNOR_REACH
        found.extend(_governor_subjects(reading, token, reach))
    return Sides(_distinct(found), _distinct(destinations), _distinct(partners), bool(listed))


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


def _yours(token: Token) -> bool:
    """ "Displayed in your most recent statement", in a letter quoted: the addressee's event,
    not one of whoever wrote the letter."""
    return any(child.dep_ == "poss" and child.lower_ == "your" for child in token.children)


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
            arguments.extend((partner, "with") for partner in partners_after_topic(child))
    if trigger.verbal:
        arguments.extend((partner, "with") for partner in partners_of_object(token))
        arguments.extend((partner, "with") for partner in partners_on_the_line(token))
        arguments.extend((partner, "with") for partner in instrument_partners(token))
        arguments.extend((subject, "nsubj") for subject in among_subjects(token))
        arguments.extend((subject, "nsubj") for subject in as_did_subjects(token))
        arguments.extend((guest, "nsubj") for guest in ceremony_guests(token))
        arguments.extend((witness, "nsubj") for witness in witnesses(token))
    if trigger.verbal:
        arguments.extend((subject, "nsubj") for subject in _inverted_subjects(token))
    if trigger.verbal and not any(rel in SUBJECT_DEPS for _, rel in arguments):
        subjects = _for_to_subject(token) or _inherited_subjects(token) or _names_before(token)
        arguments.extend((subject, "nsubj") for subject in subjects)
    if not trigger.verbal:
        arguments.extend(_light_verb_arguments(token))
        arguments.extend(_call_carrier_arguments(token, trigger))
        arguments.extend(host_arguments(token))
        arguments.extend(gathered_arguments(token))
        arguments.extend(_held_by(token))
        arguments.extend(_called_off_by(token))
        arguments.extend(_shared_possessor(token))
    return arguments


def _shared_possessor(noun: Token) -> list[tuple[Token, str]]:
    """ "Lee's first conversation with Trump and a call with Ishiba": the possessor of the
    event word the noun is joined to is its own too."""
    if noun.dep_ != "conj" or any(c.dep_ == "poss" for c in noun.children):
        return []
    if any(c.dep_ == "det" and c.lower_ not in ("a", "an") for c in noun.children):
        return []
    # The parser may join the noun to the verb whose object the first event word is.
    joined = [noun.head, *(c for c in noun.head.children if c.dep_ == "dobj" and c.i < noun.i)]
    return [(c, "poss") for word in joined for c in word.children if c.dep_ == "poss"]


def _called_off_by(noun: Token) -> list[tuple[Token, str]]:
    """ "North Korea has cancelled his planned visit": who called it off had a side in it."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_ not in CANCELLED_WORDS:
        return []
    return [(child, child.dep_) for child in verb.children if child.dep_ in SUBJECT_DEPS]


def _held_by(noun: Token) -> list[tuple[Token, str]]:
    """ "The discussion held by Putin, Merkel and Hollande in the Kremlin", "talks conducted
    with Kerry": who held the event, told by a participle after its word."""
    found: list[tuple[Token, str]] = []
    for verb in noun.children:
        if verb.dep_ != "acl" or verb.lemma_ not in ("hold", "conduct"):
            continue
        for prep in verb.children:
            if prep.dep_ == "agent":
                found.append((prep, "agent"))
            elif prep.dep_ == "prep" and prep.lower_ in ("with", "between"):
                found.extend((obj, prep.lower_) for obj in prep.children if _is_object(obj))
    return found


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


def _argument_deps(trigger: Trigger) -> set[str]:
    """Subjects name sides of any event word; objects of a verb; possessors and modifiers of a
    noun ("Putin's visit", "the Lavrov-Pompeo talks")."""
    if trigger.verbal:
        # "Called Albanese" misparsed; "received today President Xi" as a phrase of time.
        return SUBJECT_DEPS | {"dobj", "agent", "oprd", "npadvmod", "dep"}
    return SUBJECT_DEPS | NOUN_ARGUMENT_DEPS


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
    arguments.extend((subject, "nsubj") for subject in as_did_subjects(verb))
    arguments.extend((subject, "nsubj") for subject in _inverted_subjects(verb))
    for prep in verb.children:
        # "Paid a State Visit to Brazil": the parser may hang the destination on the verb.
        if prep.dep_ in ("prep", "dative") and prep.lower_ in ("with", "between", "from", "to"):
            arguments.extend((grand, prep.lower_) for grand in prep.children)
    if not any(rel in SUBJECT_DEPS for _, rel in arguments):
        # "In Astana, Head of State Kassym-Jomart Tokayev held talks": the parser may hang the
        # name before the verb on the place, and leave the verb no subject.
        subjects = _inherited_subjects(verb) or _names_before(verb)
        arguments.extend((s, "nsubj") for s in subjects)
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
            subjects += as_did_subjects(current)  # "were present at the meeting, as was Zhang"
            found = [a for s in subjects for a in actors_under(reading, s, token, frozenset())]
            if found:
                return found + spoken_to_during(reading, current, token)
            # "After calls with Putin and Zelensky, both of whom agreed": a subject that
            # names no one, as the parse misplaced the phrase; the clause above may.
            if subjects and not all(_only_quantified(s) for s in subjects):
                return []
    return []


def _only_quantified(subject: Token) -> bool:
    """ "Both of whom", "neither country": a subject that names no one of its own."""
    if subject.lower_ in QUANTIFIERS:
        return True
    return any(child.dep_ == "det" and child.lower_ in QUANTIFIERS for child in subject.children)
