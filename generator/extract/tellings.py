"""Every sentence that tells of an event, as a `Telling`: its event word's type, whether it
happened, the date the text gives it, and the people who took part.

An article often tells in passing an event another article reports in full ("Xi Jinping and
Lula da Silva signed 37 agreements on Wednesday during a state visit"), in words its own
extraction reads wrongly or not at all. Curation uses these to add the article as a source of
the record the other article yielded (`generator.matching.tells`); a telling never makes a
record of its own.
"""

from __future__ import annotations

from collections import Counter

from generator.extract.candidates import Candidate
from generator.extract.reading import Reading
from generator.records import Telling


def tellings(reading: Reading, candidates: tuple[Candidate, ...]) -> tuple[Telling, ...]:
    per_sentence = Counter(candidate.sentence for candidate in candidates)
    found = [_telling(reading, c, alone=per_sentence[c.sentence] == 1) for c in candidates]
    return tuple(dict.fromkeys(telling for telling in found if len(telling.people) >= 2))


def _telling(reading: Reading, candidate: Candidate, alone: bool) -> Telling:
    """The people the event word's own phrase names; when that names fewer than two and the
    sentence tells of nothing else, everyone the sentence names ("Lotilla and Whang signed
    the agreement on Monday in the presence of Yoon and Marcos")."""
    people = {actor.id for actor in candidate.actors if actor.kind == "person" and actor.id}
    if len(people) < 2 and alone:
        sentence = reading.sentence_of(candidate.trigger.index)
        named = reading.actors_within(sentence.start, sentence.end)
        people |= {actor.id for actor in named if actor.kind == "person" and actor.id}
    return Telling(
        type=candidate.type,
        occurred=candidate.occurred,
        date=candidate.date.span if candidate.date is not None else None,
        people=tuple(sorted(people)),
        evidence=candidate.evidence,
    )
