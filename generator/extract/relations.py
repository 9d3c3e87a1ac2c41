"""Which other event a mention belongs to or is timed by: "a press conference after the
talks", "a state visit, during which they held talks", "met in Beijing for a trilateral
meeting", "talks, in which X took part", "they last met in Dublin, when the PM made his
first visit"."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.triggers import Trigger, is_relative

# "After the talks", "during the visit": the same day as that event.
RELATED_TIME = frozenset({"after", "during", "following", "at", "before", "on"})
SEQUENCE_PREPOSITIONS = frozenset({"after", "following", "before", "on"})
# "On the eve of the summit", "in the run-up to": a day before another event, not it.
EVE_NOUNS = {"eve"}
# "At the conclusion of the meeting", "at the end of the talks": just after another event.
END_NOUNS = {"conclusion", "end", "close"}
AFTERWARDS = {"afterwards", "afterward"}
# "Met ... for the summit", "received by X for talks": the verb dates and places the event.
GATHERED_FOR = {"meet", "gather", "convene", "receive", "welcome", "host"}


def related_event(trigger: Trigger, anchors: list[Token], others: frozenset[int]) -> int | None:
    """The event word of the event this mention is part of or timed by, if any."""
    token = anchors[0]
    return (
        _related_event(anchors, others)
        or _afterwards(token, others)
        or _purpose_of(token, others)
        or _visit_when(trigger, anchors, others)
        or _attended_antecedent(trigger, token, others)
    )


def is_sequenced(anchors: list[Token], others: frozenset[int]) -> bool:
    """Before or after another event ("after the talks"), not part of it."""
    related = _related_event(anchors, others, SEQUENCE_PREPOSITIONS)
    return (
        related is not None
        or _afterwards(anchors[0], others) is not None
        or _at_the_end_of(anchors, others)
    )


def _at_the_end_of(anchors: list[Token], others: frozenset[int]) -> bool:
    """ "At the conclusion of the meeting, the Prime Minister spoke by telephone with X"."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "at" and obj.i in others
        for anchor in anchors
        for prep in anchor.children
        if any(o.lemma_.lower() in END_NOUNS for o in prep.children)
        for obj in _timing_objects(prep)
    )


def _related_event(
    anchors: list[Token], others: frozenset[int], words: frozenset[str] = RELATED_TIME
) -> int | None:
    """ "A joint press conference after the talks": the event this one is timed by."""
    for anchor in anchors:
        for prep in anchor.children:
            if prep.dep_ == "prep" and prep.lower_ in words:
                found = [obj.i for obj in _timing_objects(prep) if obj.i in others]
                found += _ceremony_before(prep, others)
                if found:
                    return found[0]
    return None


def _ceremony_before(prep: Token, others: frozenset[int]) -> list[int]:
    """ "Before the ceremony, Trump met Netanyahu": the ceremony is the event last reported
    (the signing), which dates the meeting."""
    if not any(obj.lemma_.lower() == "ceremony" for obj in _timing_objects(prep)):
        return []
    before = [index for index in others if index < prep.i]
    return [max(before)] if before else []


def _afterwards(token: Token, others: frozenset[int]) -> int | None:
    """ "The talks were constructive, Putin told a news conference afterwards": the event
    word before it in the sentence is what it came after."""
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if not any(
        c.dep_ == "advmod" and c.lower_ in AFTERWARDS for c in (*token.children, *verb.children)
    ):
        return None
    before = [index for index in others if token.sent.start <= index < token.i]
    return max(before) if before else None


def _purpose_of(token: Token, others: frozenset[int]) -> int | None:
    """ "Dar and Muttaqi met Wang Yi in Beijing for an informal trilateral meeting": the
    meeting they met for is the one told by the verb."""
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ != "for":
        return None
    verb = preposition.head
    return verb.i if verb.i in others and verb.lemma_ in GATHERED_FOR else None


def _attended_antecedent(trigger: Trigger, token: Token, others: frozenset[int]) -> int | None:
    """ "Indirect talks between Israel and Hamas, in which Kalin took part alongside Witkoff":
    the event "which" stands for."""
    if not trigger.attends or token.dep_ != "relcl":
        return None
    relative = any(is_relative(prep) for prep in token.children if prep.dep_ == "prep")
    return token.head.i if relative and token.head.i in others else None


def _visit_when(trigger: Trigger, anchors: list[Token], others: frozenset[int]) -> int | None:
    """ "They last met in Dublin on 9 September, when the Prime Minister made his first visit
    to Ireland": the visit is that meeting, told again. Not "the first summit since December
    2021, when Putin visited", nor "met in Finland, when Putin and Trump held a summit"."""
    if trigger.type != "visit":
        return None
    for anchor in anchors:
        if anchor.dep_ not in ("relcl", "advcl") or not any(
            child.lower_ == "when" for child in anchor.children
        ):
            continue
        told = anchor.head
        while told.dep_ == "pobj" and told.head.lower_ in ("on", "in", "at"):
            told = told.head.head  # "met ... on 9 September, when": the date's verb
        if told.i in others:
            return told.i
    return None


def _timing_objects(prep: Token) -> list[Token]:
    """What a time preposition names: "after the talks"; "on the eve of the summit" (on)."""
    objects = [word for obj in prep.children if obj.dep_ == "pobj" for word in _antecedent(obj)]
    eves = [obj for obj in objects if obj.lemma_.lower() in EVE_NOUNS | END_NOUNS]
    inner = [g for eve in eves for of in eve.children if of.lower_ == "of" for g in of.children]
    return inner if prep.lower_ == "on" else objects + inner


def _antecedent(word: Token) -> list[Token]:
    """ "A state visit, during which they would hold talks": "which" is the visit (the parse
    hangs the clause on the noun, or on the verb whose object it is)."""
    if word.lower_ not in ("which", "whom"):
        return [word]
    clause = word.head.head
    if clause.dep_ not in ("relcl", "advcl"):
        return [word]
    governor = clause.head
    return [governor, *(c for c in governor.children if c.dep_ == "dobj")]
