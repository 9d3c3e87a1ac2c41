"""Words that report an event ("talks", "met", "telephone conversation") and the type each gives.

A trigger is read from its lemma and the words around it: "call" is an event in "a phone call"
or "held a call with", not in "called for restraint"; "meet" is not in "meet the targets".
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from generator.extract.attendee_lists import lists_attendees, present_at
from generator.extract.call_cues import PHONE_TITLE_WORDS, beside_a_call, told_as_a_call
from generator.extract.cues import SPEECH_VERBS
from generator.extract.lexicon import (
    AGREEMENT_NOUNS,
    CONFERENCE_NOUNS,
    GROUP_SIZES,
    LIGHT_VERBS,
    NOUN_TRIGGERS,
    PHONE_WORDS,
    PRESS_WORDS,
    SIDELINES_NOUNS,
    VERB_TRIGGERS,
    VIDEO_WORDS,
)
from generator.extract.reading import Reading
from generator.extract.repeats import repeated_at
from generator.extract.trips import due_somewhere, travelled_to, went_abroad
from generator.extract.verb_fits import (
    NOT_A_CALL,
    VERB_FITS,
    calls_on_someone,
    hands_an_instrument,
    objects_of,
    puts_a_signature,
    speaks_with_someone,
)

HABITUAL_WORDS = {"repeatedly", "regularly", "frequently", "often", "routinely"}
SOFT_NOUNS = {"conversation", "discussion", "exchange"}
ATTEND_VERBS = {"attend", "participate", "take", "represent", "join", "accompany"}
# Entity labels of states and governments, the ruler's and the model's.
STATE_LABELS = {"COUNTRY", "CAPITAL", "SEAT", "DEMONYM", "ORGANIZATION", "GPE", "NORP", "ORG"}
CEREMONY_VERBS = {"host", "attend", "witness", "hold", "chair"}
BROADCAST_VERBS = {"read", "broadcast", "televise", "air", "deliver"}
# "The two sides signed", "the two governments signed": the sides of the talks just told.
BOTH_SIDES_NOUNS = {"side", "party", "government", "country", "nation"}


@dataclass(frozen=True, slots=True)
class Trigger:
    """An event word: `index` is its head token."""

    index: int
    type: str
    verbal: bool
    soft: bool = False  # "conversation", "discussion": in person or by phone, as reported before
    joint: bool = False  # "a joint press conference": the other side of the talks stood there too
    attends: bool = False  # "X and Y also took part": more people in the event just reported
    # "A video summit", "met virtually": a call by video link, which the text may go on to
    # call "the meeting"
    remote: bool = False
    ceremony: bool = False  # "X and Y attended the ceremony": the signing told before
    again: bool = False  # "Farmajo, who signed the Agreement as guarantor": that signing
    repeats: int | None = None  # "met in Davos and again in Sofia": the event word told again


def find_triggers(reading: Reading) -> tuple[Trigger, ...]:
    phone_article = any(word in reading.article.title.lower() for word in PHONE_TITLE_WORDS)
    found = []
    for token in reading.doc:
        trigger = _noun_trigger(token) if token.pos_ in ("NOUN", "PROPN") else None
        if trigger is None and token.pos_ == "VERB":
            trigger = _verb_trigger(token, reading, phone_article)
        if trigger is None and token.lemma_ == "be" and present_at(token):
            trigger = Trigger(token.i, "summit", True, attends=True)
        if trigger is None and told_again_as_ceremony(token):
            trigger = Trigger(token.i, "agreement_signing", False, attends=True)
        if trigger is None and (due_somewhere(token, reading) or went_abroad(token, reading)):
            trigger = Trigger(token.i, "visit", True)
        if trigger is not None:
            found.append(trigger)
    found = [_among_calls(reading, trigger, found) for trigger in found]
    return tuple(sorted([*found, *_repeated(reading, found)], key=lambda t: t.index))


def _among_calls(reading: Reading, trigger: Trigger, found: list[Trigger]) -> Trigger:
    """A soft event word ("conversation") told beside a call is one more call."""
    if not trigger.soft or trigger.type == "phone_call":
        return trigger
    calls = [t.index for t in found if t.type == "phone_call" and not t.verbal]
    beside = beside_a_call(reading.doc[trigger.index], calls)
    return replace(trigger, type="phone_call") if beside else trigger


def _repeated(reading: Reading, found: list[Trigger]) -> list[Trigger]:
    """ "Met in July and again in September": one more event of the same kind and sides."""
    taken = {trigger.index for trigger in found}
    return [
        Trigger(word.i, trigger.type, trigger.verbal, repeats=trigger.index)
        for trigger in found
        for word in repeated_at(reading.doc[trigger.index])
        if word.i not in taken
    ]


def told_again_as_ceremony(token: Token) -> bool:
    """ "The ceremony was hosted by King Salman, in the presence of ...": the signing just
    told, and who else was there."""
    verb = token.head
    definite = any(child.lower_ == "the" for child in token.children)
    return (
        token.lemma_ == "ceremony"
        and definite
        and token.dep_ == "nsubjpass"
        and verb.lemma_ in CEREMONY_VERBS
    )


def is_gathering_context(token: Token) -> bool:
    """ "on the sidelines of the summit": the word names where another event happened."""
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_ in SIDELINES_NOUNS


def _noun_trigger(token: Token) -> Trigger | None:
    lemma = _noun_lemma(token)
    modifiers = {child.lower_ for child in token.children if child.dep_ in ("compound", "amod")}
    # "At the joint press statement": the two leaders spoke to the press together; "issued a
    # joint press statement" is a text.
    joint_statement = lemma == "statement" and modifiers >= {"joint", "press"} and _spoken(token)
    if (
        (lemma in CONFERENCE_NOUNS and modifiers & PRESS_WORDS)
        or lemma == "briefing"
        or joint_statement
        or _made_to_the_press(token, lemma)
    ):
        return Trigger(token.i, "press_conference", False, joint="joint" in modifiers)
    kind = NOUN_TRIGGERS.get(lemma) or _session_of(token)
    if kind is None or token.dep_ == "compound" or _is_phone_part(token):
        return None
    if modifiers & PHONE_WORDS and kind in ("meeting", "talks", "phone_call", "summit"):
        return Trigger(token.i, "phone_call", False, remote=bool(modifiers & VIDEO_WORDS))
    if lemma in VIDEO_WORDS and kind == "phone_call":
        return Trigger(token.i, "phone_call", False, remote=True)  # "a videoconference"
    if not _noun_fits(token, lemma, kind):
        return None
    if modifiers & {"summit"} and kind in ("meeting", "talks"):
        kind = "summit"
    if kind == "meeting" and _leaders_meeting(token):
        kind = "summit"  # "the ASEAN Leaders' Meeting", "the APEC Economic Leaders' Meeting"
    return Trigger(token.i, kind, False, soft=lemma in SOFT_NOUNS)


def _made_to_the_press(statement: Token, lemma: str) -> bool:
    """ "The two leaders then made joint statements to the press", "made short statements to
    media": they spoke to the press together, as at a press conference; a statement one
    leader made to the media is not."""
    verb = statement.head
    if lemma != "statement" or verb.lemma_ not in ("make", "deliver", "give"):
        return False
    to = [child for child in statement.children if child.dep_ == "prep" and child.lower_ == "to"]
    if not any(obj.lower_ in PRESS_WORDS for p in to for obj in p.children):
        return False
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    together = any(s.tag_ in ("NNS", "NNPS") or s.conjuncts for s in subjects)
    return together or any(child.lower_ == "joint" for child in statement.children)


def _spoken(statement: Token) -> bool:
    """ "Said at a joint press statement", "while delivering a joint press statement"."""
    head = statement.head
    return (head.lower_ in ("at", "during") and head.dep_ == "prep") or head.lemma_ == "deliver"


def _session_of(token: Token) -> str | None:
    """ "Held an official talks session with the Chinese President": talks, in a session."""
    if token.lemma_.lower() not in ("session", "round"):
        return None
    kinds = (NOUN_TRIGGERS.get(c.lemma_.lower()) for c in token.children if c.dep_ == "compound")
    return next((kind for kind in kinds if kind in ("talks", "meeting")), None)


def _noun_lemma(token: Token) -> str:
    """ "Talks between Putin, Poroshenko, Merkel and Hollande took place", tagged as a name
    after a dateline, is "talk" as much as "talks" is."""
    lemma = token.lemma_.lower()
    if token.tag_ == "NNPS" and lemma.endswith("s") and lemma[:-1] in NOUN_TRIGGERS:
        return lemma[:-1]
    return lemma


def _leaders_meeting(token: Token) -> bool:
    return any(
        child.dep_ in ("compound", "poss") and child.lower_ == "leaders" and child.tag_ == "NNPS"
        for child in token.children
    )


def _is_phone_part(token: Token) -> bool:
    """ "by phone" belongs to the verb it modifies; "phone" in "phone call" to "call"."""
    return token.lemma_.lower() == "phone" and token.dep_ in ("pobj", "compound")


def _noun_fits(token: Token, lemma: str, kind: str) -> bool:
    if lemma == "talk":
        return token.tag_ in ("NNS", "NNPS")
    if lemma == "call":
        return _is_a_call(token)
    if lemma == "signing":
        return any(t.lemma_.lower() in AGREEMENT_NOUNS for t in token.subtree) or _ceremony(token)
    if lemma == "dialogue":
        # "The next round of the dialogue", "a session of the Strategic Dialogue", "the
        # strategic dialogue was held in Anchorage", "held the dialogue with"; not "called
        # for dialogue".
        of_a_round = token.head.lower_ == "of" and token.head.head.lemma_.lower() in (
            "round",
            "session",
        )
        return of_a_round or _held(token)
    if lemma == "statement":
        demonstrative = any(child.lower_ in ("this", "that") for child in token.children)
        signed = token.head.lemma_.lower() == "sign"  # "signed a joint statement": a signing
        # "Held talks and issued a joint statement": what the talks produced, part of them.
        joint = any(child.lower_ == "joint" for child in token.children)
        home = not _about_affairs_of_state(token)
        said = _way_of_saying(token)
        return token.tag_ == "NN" and not (demonstrative or signed or joint or home or said)
    return True


def _held(noun: Token) -> bool:
    """ "The dialogue was held", "held the dialogue with", "the dialogue took place"."""
    verb = noun.head.lemma_.lower()
    if noun.dep_ in ("dobj", "nsubjpass") and verb in ("hold", "conduct", "have", "open"):
        return True
    took_place = verb == "take" and any(c.lower_ == "place" for c in noun.head.children)
    return noun.dep_ == "nsubj" and took_place


def _way_of_saying(statement: Token) -> bool:
    """ "Moon said in a statement released by Cheong Wa Dae", "according to a statement from
    his office": how words were said, no act of their own; "in a statement read on state
    television" or "issued a statement, carried by state media" is one."""
    preposition = statement.head
    said_in = preposition.lower_ == "in" and preposition.head.lemma_ in SPEECH_VERBS
    according = preposition.lower_ == "to" and preposition.head.lower_ == "according"
    if not (said_in or according):
        return False
    return not any(_broadcast(child) for child in statement.children)


def _broadcast(child: Token) -> bool:
    """ "A statement read on state television", not "a statement that peace will come" nor
    "a statement released by his office"."""
    content = any(grandchild.dep_ == "mark" for grandchild in child.children)
    return child.dep_ in ("acl", "relcl") and child.lemma_ in BROADCAST_VERBS and not content


def _about_affairs_of_state(statement: Token) -> bool:
    """ "The Kremlin said in a statement that the talks had been useful", "Abbas said in a
    statement that peace would not come until the occupation ended": a state, a government
    or an event named beside it. "'This is what collective bargaining looks like,' Biden said
    in a statement" is about home affairs, no diplomacy."""
    for token in statement.sent:
        if token.i != statement.i and token.lemma_.lower() in NOUN_TRIGGERS:
            return True
        if token.ent_type_ in STATE_LABELS:
            return True
    return False


def _is_a_call(token: Token) -> bool:
    children = {child.lower_ for child in token.children}
    if children & NOT_A_CALL - {"on"}:
        return False
    light = token.head.lemma_ in LIGHT_VERBS | {"receive", "return"}
    # "the call on Thursday", "their call": a call already reported
    definite = bool(children & {"the", "this", "that", "their", "his", "her", "today", "'s"})
    return light or definite or bool(children & {"with", "between", "to"})


def _ceremony(token: Token) -> bool:
    return token.head.lemma_ == "ceremony" or any(c.lemma_ == "ceremony" for c in token.children)


def _verb_trigger(token: Token, reading: Reading, phone_article: bool) -> Trigger | None:
    lemma = token.lemma_.lower()
    if any(c.dep_ == "advmod" and c.lower_ in HABITUAL_WORDS for c in token.children):
        return None  # "He has also spoken repeatedly by phone with Zelensky": no one event
    joins_someone = lemma in ("join", "accompany") and _joins_a_person(token, reading)
    attends = lemma in ATTEND_VERBS and (_attends_unnamed(token) or joins_someone)
    if attends or lists_attendees(token):
        ceremony = any(obj.lemma_.lower() == "ceremony" for obj in objects_of(token))
        return Trigger(token.i, "summit", True, attends=True, ceremony=ceremony)
    if lemma == "call" and calls_on_someone(token, reading):
        return Trigger(token.i, "meeting", True)
    if hands_an_instrument(token) or puts_a_signature(token):
        return Trigger(token.i, "agreement_signing", True)
    kind = VERB_TRIGGERS.get(lemma)
    if kind is None:
        return None
    if kind == "phone_call" and travelled_to(token) and speaks_with_someone(token, reading):
        return Trigger(token.i, "meeting", True)  # "travelled on to Berlin to confer with Scholz"
    fits = VERB_FITS.get(lemma)
    if kind == "meeting" and _met_remotely(token) and (fits is None or fits(token, reading)):
        return Trigger(token.i, "phone_call", True, remote=True)
    if fits is None or fits(token, reading):
        joint = kind == "agreement_signing" and _by_both_sides(token)
        again = kind == "agreement_signing" and _signs_the_one_told(token)
        return Trigger(token.i, kind, True, joint=joint, again=again)
    by_phone = phone_article or told_as_a_call(token, reading)
    if lemma in ("speak", "talk") and by_phone and speaks_with_someone(token, reading):
        return Trigger(token.i, kind, True)
    return None


def _signs_the_one_told(verb: Token) -> bool:
    """ "Who signed the Agreement as guarantors": the document named before, by "the"."""
    return any(
        obj.lemma_.lower() in AGREEMENT_NOUNS
        and any(child.lower_ == "the" for child in obj.children)
        and not any(child.dep_ in ("compound", "amod", "prep") for child in obj.children)
        for obj in objects_of(verb)
    )


def _met_remotely(verb: Token) -> bool:
    """ "Met virtually", "met online", "met by video link": a call, in the words of a meeting."""
    return any(
        (child.dep_ == "advmod" and child.lower_ in ("virtually", "online"))
        or (child.dep_ == "prep" and _remote(child))
        for child in verb.children
    )


def _by_both_sides(verb: Token) -> bool:
    """ "The two sides signed four agreements", "agreements were exchanged", "a joint
    declaration signed on Wednesday": signed by the sides of the talks just told."""
    if verb.lemma_.lower() == "exchange":
        return True
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    if any(_both_sides(subject) for subject in subjects):
        return True
    return verb.dep_ == "acl" and any(child.lower_ == "joint" for child in verb.head.children)


def _both_sides(noun: Token) -> bool:
    counted = any(child.lower_ in GROUP_SIZES for child in noun.children)
    # "The two governments signed 37 agreements", "the two countries signed".
    return noun.lemma_.lower() in BOTH_SIDES_NOUNS and counted


def carrier(token: Token) -> Token:
    """The noun whose phrase holds an event word: "hours" of "three hours of talks", "start"
    of "attended the start of the meeting", "round" of "the second round of talks"."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return head.head
    return token


def _attends_unnamed(token: Token) -> bool:
    """ "Leaders including Xi and Modi took part", "Lula also attended", "the EU was
    represented by Michel", "he was joined by Modi": no event named, so the one just reported."""
    named = [
        child.lower_
        for child in token.children
        if child.dep_ in ("dobj", "prep", "agent")
        and not _remote(child)
        and not is_relative(child)
        and child.lower_ not in ("alongside", "beside")  # who else took part, not in what
        and not _for_a_side(child)
    ]
    if token.lemma_.lower() == "take":
        # "Taking part were Lavrov and Ushakov": the parser may make a name the object.
        names = {c.lower_ for c in token.children if c.dep_ == "dobj" and c.pos_ == "PROPN"}
        return [word for word in named if word not in names] == ["part"]
    passive = any(child.dep_ == "nsubjpass" for child in token.children)
    if token.lemma_.lower() in ("represent", "join", "accompany") or passive:
        # "The EU was represented by Michel", "he was joined by Modi", "Erdogan was accompanied
        # by Fidan", "the ceremony was attended by Erdogan" at the event just reported.
        return named == ["by"] and passive
    # "Also attending the signing were X and Y": the ceremony just reported.
    return not named or named in (["signing"], ["ceremony"])


def _for_a_side(prep: Token) -> bool:
    """ "Taking part on the Russian side were ...": for whom, not in what."""
    return prep.lower_ == "on" and any(obj.lemma_ == "side" for obj in prep.children)


def is_relative(prep: Token) -> bool:
    """ "An expanded meeting, in which X also took part": "in which" is the meeting told."""
    return any(obj.lower_ in ("which", "whom") for obj in prep.children)


def _joins_a_person(token: Token, reading: Reading) -> bool:
    """ "Blinken and Sullivan joined President Biden", "Jaishankar accompanied the Prime
    Minister": at the event that person was just reported at ("Sweden joined NATO" is not)."""
    titled = {i for title in reading.titles for i in range(title.start, title.end)}
    return any(
        t.i in titled or any(a.kind == "person" for a in reading.actors_at(t.i))
        for obj in objects_of(token)
        for t in obj.subtree
    )


def _remote(preposition: Token) -> bool:
    """ "By video link", "via videoconference": how someone took part, not in what."""
    words = {t.lower_ for t in preposition.subtree}
    return preposition.lower_ in ("by", "via", "over") and bool(words & (PHONE_WORDS | {"link"}))
