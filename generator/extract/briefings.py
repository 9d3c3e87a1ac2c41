"""A briefing that the article is a record of, named only in its title.

A foreign ministry publishes its spokesperson's press conference as a transcript: "Foreign
Ministry Spokesperson Mao Ning's Regular Press Conference on April 27, 2023", then questions
and answers. The body never says "held a press conference"; the title does.
"""

from __future__ import annotations

import re

from generator import __version__
from generator.extract import events as ev
from generator.extract.lexicon import DIPLOMATIC_KINDS
from generator.extract.reading import Actor, Reading
from generator.records import DateSpan, Event, Extraction, Source

TITLE_WORDS = re.compile(r"\b(press conference|news conference|press briefing|briefing)\b", re.I)
# A briefing known from its title alone is a guess about the whole text.
CONFIDENCE = 0.6


def briefing_from_title(reading: Reading, events: tuple[Event, ...], model: str) -> Event | None:
    """The press conference of the person the title names, unless the text reports one."""
    title = reading.article.title
    if not TITLE_WORDS.search(title) or any(e.type == "press_conference" for e in events):
        return None
    speaker = next((actor for actor in reading.actors if _named_in(actor, title)), None)
    if speaker is None:
        return None
    day = reading.article.published
    participant = ev.participant(reading, speaker, day)
    if participant is None:
        return None
    names = [speaker.text.split()[-1]]
    return Event(
        id=ev.event_id(reading, "press_conference", "occurred", DateSpan(day, day, "day"), names),
        title=ev.title("press_conference", "occurred", names, None),
        type="press_conference",
        status="occurred",
        date=DateSpan(day, day, "day"),
        participants=(participant,),
        sources=(Source(reading.article.id, title),),
        extraction=Extraction(CONFIDENCE, model, __version__),
    )


def _named_in(actor: Actor, title: str) -> bool:
    """An official the title names ("Spokesperson Mao Ning's Regular Press Conference"), not
    anyone a news explainer titled "Briefing" mentions."""
    official = actor.role_kind in DIPLOMATIC_KINDS
    named = actor.kind == "person" and bool(actor.id) and not actor.implicit
    return named and official and actor.text in title
