"""Event words that report no event of their own: a gathering named as where another event
was held ("on the sidelines of the summit"), a description of another event word's event ("the
talks were the first in two years"), and events in general ("barred from ASEAN summits")."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.lexicon import GATHERING_NOUNS, NOUN_TRIGGERS
from generator.extract.triggers import is_gathering_context

# Plural event words that stand for one event per partner ("meetings with X and Y").
SEPARATE_EVENTS = {"meeting", "call", "conversation", "visit"}


def of_its_own(token: Token, triggers: frozenset[int]) -> bool:
    """Whether the event word at `token` reports an event of its own."""
    if is_gathering_context(token) or _venue_of_another(token, triggers):
        return False
    return not (_describes_another(token, triggers) or _generic_plural(token))


def _generic_plural(token: Token) -> bool:
    """ "Barred from ASEAN summits since 2021", "regular meetings": events in general, not
    one that took place. "Talks" is always plural; "meetings with X and Y" names partners."""
    if token.tag_ != "NNS" or token.lemma_.lower() not in SEPARATE_EVENTS | {"summit"}:
        return False
    determined = any(c.dep_ in ("det", "poss", "nummod") for c in token.children)
    # "Held bilateral meetings with X and Y" or "... on the sidelines with X and Y": the parser
    # may hang "with" on the verb or on the sidelines.
    words = [token, token.head] if token.dep_ == "dobj" else [token]
    words += [obj for prep in token.children if prep.dep_ == "prep" for obj in prep.children]
    partnered = any(
        c.dep_ == "prep" and c.lower_ in ("with", "between") for w in words for c in w.children
    )
    return not (determined or partnered)


def _describes_another(token: Token, triggers: frozenset[int]) -> bool:
    """ "The summit of the SCO, which would be his first visit to China", "the talks were the
    first in two years": what another event word's event is, not an event of its own; so is
    "held five hours of talks in Qingdao, the first in-person talks between the two since"."""
    if token.dep_ == "appos":
        head = token.head
        of_talks = [obj.i for prep in head.children if prep.lower_ == "of" for obj in prep.children]
        return head.i in triggers or any(index in triggers for index in of_talks)
    copula = token.head
    if token.dep_ != "attr" or copula.lemma_ != "be":
        return False
    subjects = [c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "Friday's call was the first talks since ...": the call, told before, is the subject.
    if any(s.i in triggers or s.lemma_.lower() in NOUN_TRIGGERS for s in subjects):
        return True
    if copula.dep_ != "relcl" or not any(s.lower_ in ("which", "that") for s in subjects):
        return False
    described = copula.head
    if described.dep_ == "pobj" and described.head.lower_ == "of":
        described = described.head.head  # "the summit of the Organisation, which"
    return described.i in triggers


def _venue_of_another(token: Token, triggers: frozenset[int]) -> bool:
    """ "Xi will meet Biden at the APEC summit": the summit is where the meeting is held, a
    gathering of its own only as the meeting's parent."""
    preposition = token.head
    return (
        token.dep_ == "pobj"
        and preposition.lower_ in ("at", "during")
        and preposition.head.i in triggers
        and token.lemma_.lower() in GATHERING_NOUNS
    )
