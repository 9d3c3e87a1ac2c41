"""Who a group named as a side is made of: "The Mission is led by President Ramaphosa and
comprises President Sall, ...", "The declaration was signed by the heads of the delegations.
Along with bin Salman and Sheikh Tamim, they included ...".

A group word ("the delegation", "the Mission", "the leaders") names no one; the sentence
near it that says whom the group comprises does. Those who stood in for a member ("President
Museveni was represented by Dr Ruhakana Rugunda") take part in their place.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from generator.extract.reading import Actor, Reading

# Not "delegations": "talks between the delegations" are not one group's, and each side's
# head takes part too.
GROUP_WORDS = {"mission", "delegation", "heads", "leaders", "team"}
MEMBERSHIP_VERBS = {"comprise", "include", "consist", "compose", "lead", "head"}
# argument_actors, which reads groups through this module, has its own (with "csubj").
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# How many sentences before or after the group's a statement of its members may come.
NEAR_SENTENCES = 3
# Words that end a stand-in's phrase: "represented by A, and President B by C".
STAND_IN_BOUNDS = {"by", "and", ";"}


def is_group(token: Token) -> bool:
    """ "The delegation", "the heads of the delegations", "the African Leaders Peace Mission"."""
    return token.lower_ in GROUP_WORDS and token.dep_ != "compound"


def members_of(reading: Reading, group: Token) -> list[Actor]:
    """The people the nearest statement of a group's members names, stand-ins included."""
    sentences = list(reading.doc.sents)
    here = next(i for i, s in enumerate(sentences) if s.start <= group.i < s.end)
    nearest = sorted(
        range(max(0, here - NEAR_SENTENCES), min(len(sentences), here + NEAR_SENTENCES + 1)),
        key=lambda index: (abs(index - here), index),
    )
    for index in nearest:
        verb = _membership_verb(sentences[index], pronoun_allowed=index == here + 1)
        if verb is not None:
            members = _people_beside_subject(reading, sentences[index], verb)
            following = sentences[index + 1] if index + 1 < len(sentences) else None
            return members + _stand_ins(reading, following)
    return []


def _membership_verb(sentence: Span, *, pronoun_allowed: bool) -> Token | None:
    """ "The Mission comprises", "they included": a group's members stated, its verb."""
    for token in sentence:
        if token.dep_ not in SUBJECT_DEPS or token.head.lemma_ not in MEMBERSHIP_VERBS:
            continue
        if is_group(token) or (pronoun_allowed and token.lower_ == "they"):
            return token.head
    return None


def _people_beside_subject(reading: Reading, sentence: Span, verb: Token) -> list[Actor]:
    subject = {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    return [
        actor
        for actor in reading.actors_within(sentence.start, sentence.end)
        if actor.kind == "person" and actor.id and actor.start not in subject
    ]


def _stand_ins(reading: Reading, sentence: Span | None) -> list[Actor]:
    """ "President Museveni was represented by former Prime Minister Rugunda, and President
    Sassou Nguesso by Mr Ayessa": who comes after "by", not who was represented."""
    if sentence is None or sentence.root.lemma_ != "represent":
        return []
    # Whoever stands in for a head of state does so in office, whatever the title.
    return [
        replace(actor, role_kind=actor.role_kind or "official")
        for actor in reading.actors_within(sentence.start, sentence.end)
        if actor.kind == "person" and actor.id and _after_by(sentence, actor.start)
    ]


def _after_by(sentence: Span, start: int) -> bool:
    before = [t for t in sentence.doc[sentence.start : start] if t.lower_ in STAND_IN_BOUNDS]
    return bool(before) and before[-1].lower_ == "by"
