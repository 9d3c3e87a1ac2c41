"""Dates a mention borrows from the events told beside it: verbs joined by "and", a trip
"before travelling on to Kyiv", and an event reported with "then" or "also"."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Token

from generator.extract.candidates import Candidate, is_complete
from generator.extract.dating import DatePhrase
from generator.extract.reading import Reading

# "Then", "also", "later": an event reported right after another, dated by it.
SEQUENCE_WORDS = {"then", "also", "later", "subsequently", "afterwards", "afterward"}
# "Began the day with talks", "ended the day with a dinner".
DAY_VERBS = {"begin", "start", "open", "end", "close", "finish"}
FOLLOW_REACH = 2
FOLLOW_ON_REACH = dt.timedelta(days=30)


def conjoined(reading: Reading, candidate: Candidate, before: list[Candidate]) -> Candidate | None:
    """ "On Monday, X, Y and Z met in Khujand and signed a treaty", "met with King Salman and
    held talks with the Crown Prince": the verbs joined by "and" share the date the first was
    given."""
    trigger = reading.doc[candidate.trigger.index]
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        trigger = trigger.head  # "met with King Salman and held talks with the Crown Prince"
    if candidate.date is not None or trigger.dep_ != "conj" or trigger.pos_ != "VERB":
        return None
    first = next((c for c in before if c.trigger.index == trigger.head.i and c.date), None)
    if first is None or first.status != candidate.status:
        return None
    return replace(candidate, date=first.date, date_borrowed=True)


def in_sequence(
    reading: Reading, candidate: Candidate, before: list[Candidate]
) -> Candidate | None:
    """ "Guterres last met Putin in Moscow in April 2022, before travelling on to Kyiv to meet
    Zelensky": a clause of "before" or "after" under an event loosely dated (a month, a
    season, a year) shares that period."""
    if candidate.date is not None:
        return None
    trigger = reading.doc[candidate.trigger.index]
    for clause in trigger.ancestors:
        if clause.dep_ == "pcomp" and clause.head.lower_ in ("before", "after"):
            verb = clause.head.head
            first = next((c for c in before if c.trigger.index == verb.i and c.date), None)
            if first is not None and first.date.span.precision != "day":
                return replace(candidate, date=first.date, date_borrowed=True)
            return None
    return None


def followed(
    reading: Reading,
    candidate: Candidate,
    owned: dict[DatePhrase, list[tuple[int, int]]],
    before: list[Candidate],
) -> Candidate:
    """ "He then held talks with", "Xi also met": the day of the event reported before. "Putin
    also had a telephone conversation with Modi" follows the call told before it, not the
    summit of last month named in between."""
    if candidate.date is not None or not (is_complete(candidate) and candidate.occurred):
        return candidate
    met = _signed_by_those_met(candidate, before)
    if met is not None:
        return replace(candidate, date=met.date, date_borrowed=True)
    if not _follows_on(reading, candidate):
        return candidate
    same = [c for c in before if c.type == candidate.type and is_complete(c) and c.occurred]
    # "Held a series of telephone conversations on Tuesday evening. The President spoke
    # with Biden ... also held a telephone conversation with": the series' day.
    dated = [c for c in before if c.type == candidate.type and c.occurred and c.date]
    if same and same[-1].date is None and dated and dated[-1].sentence < same[-1].sentence:
        same = dated
    earlier = same[-1].date if same else _latest_owned(reading, candidate, owned)
    # "Putin also had a telephone conversation with Netanyahu" after a treaty signed "in
    # January": the day's news, not the background told just before it.
    recent = reading.article.published - FOLLOW_ON_REACH
    if earlier is not None and earlier.span.end >= recent:
        return replace(candidate, date=earlier, date_borrowed=True)
    return candidate


def _signed_by_those_met(candidate: Candidate, before: list[Candidate]) -> Candidate | None:
    """ "On Thursday, Xi met with King Salman ... Xi and King Salman signed the Agreement": a
    signing by people who met in the sentence just before, on the day they met."""
    if candidate.type != "agreement_signing":
        return None
    signers = _people(candidate)
    just_before = [c for c in before if c.sentence == candidate.sentence - 1 and c.occurred]
    met = [c for c in just_before if c.date and len(signers) > 1 and signers <= _people(c)]
    return met[-1] if met else None


def _people(candidate: Candidate) -> set[str]:
    return {actor.id for actor in candidate.actors if actor.kind == "person" and actor.id}


def _follows_on(reading: Reading, candidate: Candidate) -> bool:
    """ "He then held talks with", "Xi also met": the next event of the same day's report."""
    anchors = [reading.doc[index] for index in candidate.anchors]
    trigger = reading.doc[candidate.trigger.index]
    anchors.append(trigger.head.head if trigger.dep_ == "pobj" else trigger.head)  # "told ..."
    return any(
        (c.dep_ == "advmod" and c.lower_ in SEQUENCE_WORDS) or _the_day(a, c)
        for a in anchors
        for c in a.children
    )


def _the_day(verb: Token, child: Token) -> bool:
    """ "Blinken began the day with talks with Mondino": the day just told."""
    return verb.lemma_ in DAY_VERBS and child.dep_ == "dobj" and child.lower_ == "day"


def _latest_owned(
    reading: Reading, candidate: Candidate, owned: dict[DatePhrase, list[tuple[int, int]]]
) -> DatePhrase | None:
    """The last date an event word claimed in the sentences just before this one."""
    sentences = list(reading.doc.sents)
    first = sentences[max(0, candidate.sentence - FOLLOW_REACH)].start
    before = [p for p in owned if first <= p.start and p.end <= candidate.trigger.index]
    # "The two ministers had agreed ... during a telephone conversation on January 19. Later,
    # the minister called on Kakar": the story goes on from its news, not from what it recalls.
    told = [p for p in before if not _recalled(reading.doc[p.start])]
    return max(told, key=lambda phrase: phrase.start) if told else None


def _recalled(word: Token) -> bool:
    """The date belongs to a clause in the past perfect ("had agreed ... on January 19")."""
    verb = next((a for a in word.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children
    )
