"""An event told a second time by ellipsis, with its own date and place: "the two leaders had met
in July in Vilnius and again in September in New York", "had last met in New York, and before
that at the NATO Summit in Vilnius", "their first summit in Singapore and their second in Hanoi".

Each such phrase is a trigger of its own, of the event word's type, whose sides are the event
word's; the phrase's date and place are its, not the first event's.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from generator.extract.dating import DatePhrase, date_root

AGAIN_WORDS = {"again"}
EARLIER_WORDS = {"before", "after"}
EARLIER_OBJECTS = {"that", "then"}
SECOND_WORDS = {"second", "third", "fourth", "last", "latest", "previous"}
FIRST_WORDS = {"first", "second", "third", "previous", "last"}


def repeated_at(trigger: Token) -> Iterator[Token]:
    """The head words of the phrases that tell the event word's event again."""
    yield from _again(trigger)
    yield from _before_that(trigger)
    yield from _the_second(trigger)


def _again(trigger: Token) -> Iterator[Token]:
    """ "Met in Davos and again on the sidelines of a summit in Sofia": a preposition joined
    to the verb, or to one of its prepositions, that "again" modifies."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "prep")]
    for head in heads:
        for child in head.children:
            if child.dep_ == "conj" and child.pos_ == "ADP" and _said_again(child):
                yield child


def _said_again(preposition: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in AGAIN_WORDS for c in preposition.children)


def _before_that(trigger: Token) -> Iterator[Token]:
    """ "Had last met in New York, and before that at the NATO Summit in Vilnius": the
    preposition of the verb, after "and", that "before that" modifies or goes before."""
    joined = [c for c in trigger.children if c.dep_ == "cc" and c.lower_ == "and"]
    if not joined:
        return
    after = [c for c in trigger.children if c.dep_ == "prep" and c.i > joined[-1].i]
    earlier = any(_earlier(word) for prep in after for word in (prep, *prep.children))
    places = [prep for prep in after if not _earlier(prep)]
    if earlier and places:
        yield places[0]


def _earlier(word: Token) -> bool:
    return (
        word.dep_ == "prep"
        and word.lower_ in EARLIER_WORDS
        and any(c.dep_ == "pobj" and c.lower_ in EARLIER_OBJECTS for c in word.children)
    )


def _the_second(trigger: Token) -> Iterator[Token]:
    """ "After their first summit in Singapore in June and their second in Hanoi in
    February": an ordinal joined to an event word that has one."""
    if not any(c.dep_ == "amod" and c.lower_ in FIRST_WORDS for c in trigger.children):
        return
    for child in trigger.children:
        if child.dep_ == "conj" and child.lower_ in SECOND_WORDS and child.pos_ == "ADJ":
            yield child


def date_told_again(phrase_head: Token, dates: tuple[DatePhrase, ...]) -> DatePhrase | None:
    """The date inside the phrase that tells the event again, and no other: "and before that
    at the Quad summit" gives no day, not the first meeting's."""
    inside = {token.i for token in phrase_head.subtree}
    return next((p for p in dates if date_root(phrase_head.doc, p).i in inside), None)
