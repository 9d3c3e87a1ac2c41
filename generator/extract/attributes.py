"""What one event mention says about its event: status, place, and the gathering it was part of.

Status comes from the words that govern the trigger ("agreed to meet", "a possible meeting",
"no plans for a meeting", "cancelled the visit"); place from a location attached to it
("talks in Rovaniemi"); the parent from "on the sidelines of <gathering>" or "at the <summit>".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from generator.extract.cues import (
    CANCELLED_WORDS,
    CONDITIONAL_AUX,
    DEMAND_VERBS,
    DENIED_WORDS,
    PLANNED_MODIFIERS,
    PLANNED_WORDS,
    PROPOSED_MODIFIERS,
    PROPOSED_WORDS,
)
from generator.extract.dating import tree_distance
from generator.extract.lexicon import GATHERING_NOUNS, SIDELINES_NOUNS, TRAVEL_VERBS
from generator.extract.reading import OrgMention, PlaceMention, Reading

# Relations through which a governing word changes the status of the event word below it.
STATUS_CLIMB = {
    "pcomp",
    "pobj",
    "prep",
    "xcomp",
    "dobj",
    "attr",
    "compound",
    "acl",
    "nsubjpass",
    "nsubj",
    "acomp",
}
# Event words that, after "in" or "during", name the occasion something was said or agreed.
OCCASION_NOUNS = {"call", "conversation", "discussion", "exchange", "videoconference"}
# Verbs whose "that ... would" clause reports a plan: "agreed that X would visit".
REPORTED_PLAN_VERBS = {"agree", "confirm", "announce", "decide", "arrange", "schedule"}
# How far up the tree a place is looked at for the event word it is attached to.
PLACE_CLIMB = 3
# How many words before an event word may still say it did not happen.
NEARBY = 6
DENIAL_PHRASES = (
    *("no plans", "no plan ", "no intention", "not plan", "ruled out", "no prospect"),
    *("no arrangement", "no arrangements"),
)
FUTURE_AUX = {"will", "shall", "'ll"}
NEGATIONS = {"no", "not", "never", "n't", "without"}
# A city names where an event was better than a venue in it, and far better than a region.
PLACE_KIND_ORDER = {"city": 0, "venue": 1, "other": 1, "region": 2}
MAX_PLACE_DISTANCE = 5
# Word forms the small model lemmatizes wrongly ("hoped" -> "hop").
MISREAD_LEMMAS = {"hoped": "hope", "hoping": "hope", "hopes": "hope"}
GATHERING_PREPOSITIONS = {"at", "during", "on", "ahead", "before", "after"}


@dataclass(frozen=True, slots=True)
class Gathering:
    """The larger event another was held beside: "the ministerial session of the Arctic Council"."""

    head: int
    organization: OrgMention | None
    descriptor: str | None
    text: str
    place: PlaceMention | None


def status_of(token: Token, others: frozenset[int] = frozenset()) -> str:
    """The status the words governing an event word give it: a denial or cancellation
    anywhere above it ("the planned visit was cancelled"), else the nearest cue. The climb
    stops at another event word: "agreed to meet after a telephone conversation" plans the
    meeting, not the call."""
    found = []
    current = token
    for _ in range(5):
        if current.i in others:
            break
        status = _own_status(current, is_trigger=current.i == token.i)
        if status:
            found.append(status)
        if current.dep_ not in STATUS_CLIMB or current.head.i == current.i:
            break
        if current.dep_ == "nsubj" and current.i != token.i:
            break
        if current.i == token.i and _occasion(token):
            break
        current = current.head
    final = [status for status in found if status in ("denied", "cancelled")]
    return (final or found or [_status_nearby(token)])[0]


def not_yet(token: Token) -> bool:
    """ "There are no plans for a meeting yet": a denial for now, weaker than "no such
    meeting is planned", that an agreement to meet outweighs."""
    clause = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), token)
    return any(t.lower_ == "yet" and t.dep_ == "advmod" for t in clause.subtree)


def _occasion(token: Token) -> bool:
    """ "During the call, Biden agreed to visit", "agreed, in their first conversation, to
    meet", "the ceasefire was agreed after ten hours of talks": the call or the talks are where
    the plan was made, and took place."""
    if token.dep_ == "pcomp" and token.head.lower_ in ("after", "following"):
        return True  # "would start ratifying ..., after hosting Niinisto in Ankara"
    if token.dep_ != "pobj":
        return False
    preposition = token.head
    if preposition.lower_ == "of" and preposition.head.dep_ == "pobj":
        preposition = preposition.head.head  # "after more than ten hours of talks"
    if preposition.lower_ in ("after", "following", "since"):
        return True
    # "Agreed to elevate relations ... at their bilateral meeting at the White House".
    theirs = any(child.dep_ == "poss" for child in token.children)
    # "Agreed ... at a meeting held at Argyle International Airport".
    held = any(c.dep_ == "acl" and c.lemma_ == "hold" and c.tag_ == "VBN" for c in token.children)
    if preposition.lower_ == "at" and (theirs or held):
        return True
    if preposition.lower_ == "during" and _done_then(preposition.head):
        return True
    return preposition.lower_ in ("in", "during", "over") and token.lemma_.lower() in OCCASION_NOUNS


def _done_then(word: Token) -> bool:
    """ "Agreed Sunday to promote ... during talks in Seoul", "announced the decision during
    the visit": what was done during the event, so it took place; not "will sign deals during
    the visit"."""
    verb = next((t for t in (word, *word.ancestors) if t.pos_ in ("VERB", "AUX")), word)
    if verb.tag_ == "VBD":
        return True
    return verb.dep_ == "xcomp" and verb.head.tag_ == "VBD" and verb.head.lemma_ == "agree"


def _status_nearby(token: Token) -> str:
    """When the parse links no cue to the event word, a cue just before it in its clause:
    "there were no plans yet for another meeting", "the possible visit"."""
    window = token.doc[max(token.sent.start, token.i - NEARBY) : token.i]
    words = " ".join(t.lower_ for t in window)
    if any(phrase in words for phrase in DENIAL_PHRASES):
        return "denied"
    lemmas = {t.lemma_.lower() for t in window}
    if lemmas & (PROPOSED_MODIFIERS | {"possibility", "prospect", "probability"}):
        return "proposed"
    return "occurred"


def _own_status(token: Token, is_trigger: bool) -> str | None:
    lemma = MISREAD_LEMMAS.get(token.lower_, token.lemma_.lower())
    children = list(token.children)
    words = {child.lower_ for child in children if child.dep_ in ("neg", "det", "advmod")}
    if words & NEGATIONS and _did_not_happen(token, lemma):
        return "cancelled"  # "the meeting could not take place as Trump returned early"
    if (words & NEGATIONS and _negation_counts(token, lemma, is_trigger)) or lemma in DENIED_WORDS:
        return "denied"
    if token.lower_ == "for" and token.head.lemma_.lower() in DEMAND_VERBS:
        return "proposed"
    if lemma in CANCELLED_WORDS or _called_off(token, lemma):
        return "cancelled"
    modifiers = {c.lower_ for c in children if c.dep_ in ("amod", "compound", "aux", "auxpass")}
    if (not is_trigger and lemma in PROPOSED_WORDS) or modifiers & PROPOSED_MODIFIERS:
        return "proposed"
    if modifiers & {"cancelled", "canceled", "postponed", "scrapped"}:
        return "cancelled"
    if "would" in modifiers and _reported_plan(token):
        return "planned"  # "It was agreed that Putin would pay a state visit"
    if modifiers & CONDITIONAL_AUX or any(c.dep_ == "mark" and c.lower_ == "if" for c in children):
        return "proposed"
    if (not is_trigger and _plans(token, lemma)) or modifiers & (PLANNED_MODIFIERS | FUTURE_AUX):
        return "planned"
    if _going_to(token) or _looking_forward(token) or (is_trigger and _to_be_held(token)):
        return "planned"
    return None


def _plans(token: Token, lemma: str) -> bool:
    """ "Set for Monday" plans; "the position he had set out", "set up a commission" do not."""
    return lemma in PLANNED_WORDS and not any(c.dep_ == "prt" for c in token.children)


def _called_off(token: Token, lemma: str) -> bool:
    """ "India called off a meeting between its foreign minister and her counterpart"."""
    return lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children)


def _did_not_happen(token: Token, lemma: str) -> bool:
    """ "Could not take place", "did not go ahead": a plan that came to nothing."""
    particles = {c.lower_ for c in token.children if c.dep_ in ("dobj", "prt", "advmod")}
    return (lemma == "take" and "place" in particles) or (lemma == "go" and "ahead" in particles)


def _negation_counts(token: Token, lemma: str, is_trigger: bool) -> bool:
    """ "No meeting", "did not meet", "no plans for talks" deny the event; "made no progress
    at talks" says how the talks went, and so do "talks that had not been made public" and
    "the talks were not fruitful"."""
    if is_trigger:
        return True
    if token.pos_ in ("VERB", "AUX"):
        return not any(child.dep_ in ("oprd", "acomp") for child in token.children)
    return lemma in PLANNED_WORDS | PROPOSED_WORDS or token.lower_ in ("plans", "intention")


def _reported_plan(token: Token) -> bool:
    """ "Would" in what was agreed or confirmed is the future of then, not a condition."""
    if token.dep_ != "ccomp" or any(c.lower_ == "if" for c in token.children):
        return False
    return token.head.lemma_.lower() in REPORTED_PLAN_VERBS


def _to_be_held(token: Token) -> bool:
    """ "The SCO Summit in Tianjin, to be held from August 31 to September 1"."""
    return any(
        clause.dep_ in ("relcl", "acl")
        and clause.lemma_ == "hold"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        for clause in token.children
    )


def _looking_forward(token: Token) -> bool:
    """ "They looked forward to meeting at the G7 summit"."""
    return token.lemma_ == "look" and any(child.lower_ == "forward" for child in token.children)


def _going_to(token: Token) -> bool:
    """ "Are going to take place", "is to visit": the future without "will"."""
    if token.lemma_ == "go" and token.tag_ == "VBG":
        return any(child.dep_ == "xcomp" for child in token.children)
    return False


# "Was seen in Moscow as proof", "is viewed in Beijing as a snub": a judgement's place.
OPINION_VERBS = {"see", "view", "regard", "perceive", "criticize", "criticise", "condemn"}


def place_of(
    reading: Reading, tokens: list[Token], others: frozenset[int] = frozenset()
) -> PlaceMention | None:
    """The nearest location in the sentence, one in the event word's own phrase first ("a
    meeting ... hosted by the Emir in Doha"), a city or venue before a region; not one that
    says where another event word of the sentence happened ("following their first meeting
    in Gyeongju")."""
    sentence = tokens[0].sent
    where = _where_antecedent(reading, tokens)
    if where is not None:
        return where
    phrase = {t.i for t in tokens[0].subtree} if tokens[0].pos_ == "NOUN" else set()
    scored = []
    for place in reading.places_within(sentence.start, sentence.end):
        root = reading.doc[place.start : place.end].root
        if _belongs_to_another(root, tokens, others) or _where_it_was_seen(root):
            continue
        if _travelled_before_or_after(root, tokens):
            continue
        distance = min(tree_distance(token, root) for token in tokens)
        if distance <= MAX_PLACE_DISTANCE:
            kind = PLACE_KIND_ORDER.get(place.kind, 1)
            own = root.i in phrase
            scored.append((not own, kind, distance, not place.known, place.start, place))
    return min(scored)[-1] if scored else None


def _travelled_before_or_after(place: Token, tokens: list[Token]) -> bool:
    """ "Will meet Li Keqiang on Thursday, before flying back to Manila": where someone went
    before or after the event, not where it was held ("before travelling on to Kyiv to meet
    Zelensky" is where that meeting was)."""
    for word in place.ancestors:
        if word.dep_ == "pcomp" and word.head.lower_ in ("before", "after"):
            travelled = word.lemma_ in TRAVEL_VERBS | {"return", "leave", "depart"}
            return travelled and not any(token in word.subtree for token in tokens)
        if word.pos_ == "VERB":
            return False
    return False


def _where_it_was_seen(place: Token) -> bool:
    """ "The summit ... was seen in Moscow as proof": where it was judged, not held."""
    preposition = place.head
    verb = preposition.head
    return (
        place.dep_ == "pobj"
        and preposition.lower_ == "in"
        and verb.lemma_ in OPINION_VERBS
        and any(c.dep_ == "auxpass" for c in verb.children)
    )


def _where_antecedent(reading: Reading, tokens: list[Token]) -> PlaceMention | None:
    """ "Putin in Tehran on Tuesday, where the two leaders met": the place "where" stands for,
    the last one named before it."""
    where = next(
        (c for t in tokens for c in t.children if c.lower_ == "where" and c.dep_ == "advmod"),
        None,
    )
    if where is None:
        return None
    named = [t for t in where.doc[where.sent.start : where.i] if not t.is_punct]
    if named and named[-1].ent_type_ == "COUNTRY":
        return None  # "from Poland, where he had met Tusk in Warsaw": a country, not a city
    before = reading.places_within(where.sent.start, where.i)
    cities = [p for p in before if p.kind in ("city", "venue")]
    return cities[-1] if cities else None


def _belongs_to_another(root: Token, tokens: list[Token], others: frozenset[int]) -> bool:
    own = {token.i for token in tokens}
    current = root
    for _ in range(PLACE_CLIMB):
        if current.head.i == current.i or current.head.i in own:
            return False
        current = current.head
        if current.i in others or _since(current):
            return True  # "their first talks since a dinner in Buenos Aires": the dinner's
    return False


def _since(token: Token) -> bool:
    return token.dep_ == "prep" and token.lower_ == "since"


def gathering_of(
    reading: Reading, tokens: list[Token], others: frozenset[int] = frozenset()
) -> Gathering | None:
    """ "On the sidelines of X" or "at the X summit" attached to the event word or its verb;
    not one that another event word stands for ("and before that at the Quad summit")."""
    for token in tokens:
        for prep in _prepositions(token):
            head = _gathering_head(prep) if prep.i not in others else None
            if head is not None and head.i not in {t.i for t in tokens}:
                return _gathering(reading, head)
    return None


def _prepositions(token: Token) -> Iterator[Token]:
    """The word's own prepositions, and those the parser hung on its date: "met Putin on 16
    September on the sidelines of the summit"; a preposition that tells an event again is its
    own ("and before that at the NATO Summit")."""
    if token.pos_ == "ADP":
        yield token
    for child in token.children:
        yield child
        if child.dep_ == "prep":
            for date in child.children:
                if date.dep_ == "pobj" and date.ent_type_ == "DATE":
                    yield from date.children


def _gathering_head(prep: Token) -> Token | None:
    if prep.dep_ not in ("prep", "conj") or prep.lower_ not in GATHERING_PREPOSITIONS | {"in"}:
        return None
    objects = [child for child in prep.children if child.dep_ == "pobj"]
    if not objects:
        return None
    noun = objects[0]
    if noun.lemma_.lower() in SIDELINES_NOUNS:
        inner = [g for c in noun.children if c.lower_ == "of" for g in c.children]
        return inner[0] if inner else None
    if prep.lower_ in ("at", "during") and noun.lemma_.lower() in GATHERING_NOUNS:
        return None if _bare_meeting(noun) else noun
    return None


def _bare_meeting(noun: Token) -> bool:
    """ "Mnuchin and Pompeo joined Trump at the meeting": the meeting just told, not a
    gathering that others were held beside ("at the ministerial meeting" is one)."""
    return noun.lemma_.lower() == "meeting" and all(c.dep_ == "det" for c in noun.children)


def _gathering(reading: Reading, head: Token) -> Gathering:
    subtree = list(head.subtree)
    start, end = subtree[0].i, subtree[-1].i + 1
    organizations = reading.organizations_within(start, end)
    places = [p for p in reading.places_within(start, end) if p.kind in ("city", "venue")]
    return Gathering(
        head=head.i,
        organization=organizations[0] if organizations else None,
        descriptor=_descriptor(head),
        text=reading.doc[start:end].text,
        place=places[0] if places else None,
    )


def _descriptor(head: Token) -> str | None:
    """ "Ministerial session" -> ministerial, "G20 summit" -> summit; None for a bare name."""
    lemma = head.lemma_.lower()
    if lemma in ("session", "meeting"):
        modifiers = [c.lower_ for c in head.children if c.dep_ == "amod"]
        return modifiers[0] if modifiers else lemma
    return lemma if lemma in GATHERING_NOUNS and head.pos_ in ("NOUN", "PROPN") else None
