"""Mentions that open an event a later mention completes: "Putin hosted a summit in Moscow.
The summit brought together Xi and Modi", "India called off a meeting ... Swaraj and Qureshi
were due to meet", "The dialogue was held from March 18 to 19. Yang and Wang held the dialogue
with Blinken"."""

from __future__ import annotations

from generator.extract.candidates import Candidate

# How many sentences after a summit "the summit" with other leaders is still that summit.
SUMMIT_REACH = 2


def announced_by(candidate: Candidate, pending: list[Candidate]) -> list[Candidate]:
    """ "Putin hosted a summit in Moscow. The summit brought together Xi and Modi": the first,
    incomplete mention opens the event the second completes. A summit is one per article:
    "Sonexay opened the summit ... Paetongtarn, attending her first ASEAN summit"."""
    summit = candidate.type == "summit"
    # "The deal was signed on Wednesday in Pretoria. Redwan signed for the government ...".
    signing = candidate.type == "agreement_signing"
    called_off = [
        earlier
        for earlier in pending
        if earlier.status == "cancelled"
        and earlier.type == candidate.type
        and not candidate.occurred
        and earlier.sides <= candidate.sides
        and candidate.sentence - earlier.sentence <= SUMMIT_REACH
    ]
    if called_off:
        return called_off  # "India called off a meeting ... Swaraj and Qureshi were due to meet"
    if not (candidate.joins or summit or signing):
        return _told_just_before(candidate, pending)
    told = [earlier for earlier in pending if earlier.trigger.index == candidate.related]
    if candidate.trigger.attends and told:
        return told
    return [
        earlier
        for earlier in pending
        if earlier.type == candidate.type
        and earlier.occurred == candidate.occurred
        and (summit or candidate.sentence - earlier.sentence <= SUMMIT_REACH)
        and spans_agree(earlier, candidate)
        and not ordinals_clash([earlier], candidate)
    ]


def _told_just_before(candidate: Candidate, pending: list[Candidate]) -> list[Candidate]:
    """ "The China-U.S. strategic dialogue was held in Anchorage from March 18 to 19. Yang and
    Wang held the dialogue with Blinken and Sullivan": the mention just before, dated and
    named by fewer of its sides, opens the event the next sentence completes."""
    return [
        earlier
        for earlier in pending
        if earlier.type == candidate.type
        and earlier.occurred == candidate.occurred
        and earlier.date is not None
        and candidate.sentence - earlier.sentence == 1
        and earlier.sides <= candidate.sides | {a.country for a in candidate.actors if a.country}
        and spans_agree(earlier, candidate)
    ]


def ordinals_clash(members: list[Candidate], candidate: Candidate) -> bool:
    """ "The second summit in this format" and "the first summit" are two events."""
    named = {member.ordinal for member in members if member.ordinal}
    return candidate.ordinal is not None and bool(named - {candidate.ordinal})


def spans_agree(one: Candidate, other: Candidate) -> bool:
    if one.date is None or other.date is None:
        return True
    first, second = one.date.span, other.date.span
    return first.start <= second.end and second.start <= first.end
