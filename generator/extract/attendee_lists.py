"""Lists of who took part, however the parser breaks them: officials listed before the verb
("The Deputy Prime Minister, Acting Foreign Minister Muttaqi and ... signed"), after "among
them" or "including", after "Taking part in the talks were", after "was attended by"."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from generator.extract.attendance import prep_objects
from generator.extract.members import is_group
from generator.extract.reading import Actor, Reading

ATTENDEE_NOUNS = {"participant", "attendee", "guest", "delegate", "invitee", "delegation"}

# "Attended the summit, among them ...", "the summit brought together ..., including ...".
ATTENDING_VERBS = {"attend", "join", "gather", "bring", "assemble", "participate"}
# The first word of "Taking part in the talks were X and Y", "Present at the meeting were X".
INVERTED_OPENERS = {"taking", "participating", "attending", "present", "joining"}


def listed_before(reading: Reading, verb: Token) -> list[Actor]:
    """ "The Deputy Prime Minister, Acting Foreign Minister Muttaqi and Foreign Minister of
    Uzbekistan Saidov signed": a list of officials with no verb before the event verb is its
    subject, however the parser split it."""
    run = verb.doc[verb.sent.start : verb.i]
    if not any(t.text == "," for t in run) or any(t.pos_ in ("VERB", "AUX") for t in run):
        return []
    people = [
        actor
        for actor in reading.actors_within(run.start, run.end)
        if actor.kind == "person"
        and not _described_by_the_way(reading, actor, run.start)
        and not is_group(verb.doc[actor.start])  # "In Kyiv, the leaders": no list
    ]
    return people if len(people) >= 2 else []


def attendees_listed_after(reading: Reading, token: Token) -> list[Actor]:
    """ "Eleven heads of state attended the meeting, among them Argentina's Fernandez, Chile's
    Boric ... as well as the leaders of Guyana and Suriname": the list after "among them" or
    "including" names who attended (the parser rarely hangs it on the verb)."""
    verb = token if token.pos_ == "VERB" else token.head
    end = token.sent.end
    if verb.lemma_ not in ATTENDING_VERBS:
        verb = _attending_clause(token)
        if verb is None:
            return []
        end = verb.right_edge.i + 1
    opener = next(
        (
            t
            for t in token.doc[token.i + 1 : end - 1]
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
        for actor in reading.actors_within(opener.i, end)
        if actor.kind in ("person", "country")
    ]


def listed_after_inversion(reading: Reading, token: Token) -> list[Actor]:
    """ "Taking part in the talks on the Russian side were Foreign Minister Sergei Lavrov and
    Presidential Aide Yury Ushakov", "Present at the meeting were ...": the sentence opens
    with how they took part, and everyone named after "were" did (the parse of the list is
    loose)."""
    sent = token.sent
    words = [word for word in sent[:3] if word.lower_ != "also"]
    if not words or words[0].lower_ not in INVERTED_OPENERS:
        return []
    copula = next((t for t in sent if t.lower_ in ("were", "was") and t.i >= token.i), None)
    if copula is None or any(t.pos_ == "VERB" for t in token.doc[words[0].i + 1 : copula.i]):
        return []
    return [a for a in reading.actors_within(copula.i + 1, sent.end) if a.kind == "person"]


def participation_words(noun: Token) -> list[Token]:
    """ "The talks were held in a narrow format and then continued with the participation of
    members of the delegations": the "participation" told in the clause the event is subject
    of."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    return [t for t in noun.head.subtree if t.lower_ == "participation"]


def with_the_participation_of(reading: Reading, noun: Token) -> list[Actor]:
    """ "... with the participation of members of the delegations, including Nurtleu and Wang
    Yi": who else took part in the event."""
    groups = [g for word in participation_words(noun) for g in prep_objects(word, ("of",))]
    return [
        actor
        for group in groups
        for actor in reading.actors_within(group.left_edge.i, group.right_edge.i + 1)
        if actor.kind == "person" and actor.id
    ]


def _attending_clause(token: Token) -> Token | None:
    """ "The summit, which opened on Tuesday and brought together leaders including Xi and
    Modi": the clause about the event word that says who came."""
    # "The summit of the BRICS group, which ...": the parser may hang it on the group.
    nouns = [token, *prep_objects(token, ("of",))]
    clauses = [c for noun in nouns for c in noun.children if c.dep_ == "relcl"]
    clauses += [c for clause in clauses for c in clause.children if c.dep_ == "conj"]
    return next((c for c in clauses if c.lemma_ in ATTENDING_VERBS), None)


def listed_as_attending(reading: Reading, token: Token) -> list[Actor]:
    """ "The Meeting was attended by President Widodo of Indonesia, Hun Sen, Prime Minister of
    Cambodia, ..., as well as by Senior General Min Aung Hlaing": everyone after "by" to the
    end of the sentence, when no other verb intervenes (the parser breaks long lists)."""
    verb = token.head
    if token.dep_ != "nsubjpass" or verb.lemma_ != "attend":
        return []
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None:
        return []
    run = token.doc[agent.i : token.sent.end]
    if any(t.pos_ in ("VERB", "AUX") for t in run):
        return []
    return [actor for actor in reading.actors_within(run.start, run.end) if actor.kind == "person"]


def _described_by_the_way(reading: Reading, actor: Actor, start: int) -> bool:
    """ "Redwan Hussien, national security adviser to Prime Minister Abiy Ahmed, signed": Abiy
    only describes the signer."""
    root = reading.doc[actor.start : actor.end].root
    return any(
        a.dep_ == "prep" and a.lower_ in ("to", "for", "with")
        for a in root.ancestors
        if a.i >= start
    )


def lists_attendees(token: Token) -> bool:
    """ "Participants included Modi and Putin", "the American delegation included ...", "the
    Ukrainian side included ..."."""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    listed = token.lemma_.lower() == "include" and any(c.dep_ == "dobj" for c in token.children)
    return listed and any(_attendees(subject) for subject in subjects)


def _attendees(subject: Token) -> bool:
    if subject.lemma_.lower() in ATTENDEE_NOUNS:
        return True
    national = any(c.ent_type_ in ("DEMONYM", "COUNTRY") for c in subject.children)
    return subject.lemma_.lower() == "side" and national


def present_at(token: Token) -> bool:
    """ "X and Y were also present", "also present were X and Y", "were present from the US
    side", "were part of the Indian delegation"."""
    children = list(token.children)
    present = any(c.dep_ == "acomp" and c.lower_ == "present" for c in children)
    sided = all(c.lower_ in ("from", "on") for c in children if c.dep_ == "prep")
    return (present and sided) or any(_part_of_a_delegation(c) for c in children)


def _part_of_a_delegation(attribute: Token) -> bool:
    return (
        attribute.dep_ == "attr"
        and attribute.lower_ == "part"
        and any(noun.lemma_ in ("delegation", "team") for noun in prep_objects(attribute, ("of",)))
    )
