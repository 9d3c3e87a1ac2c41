"""The first article, extracted with the curated registry of seeds/ but none of its events,
reproduces the hand records of issue 2 (the check of issue 3)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from generator import ingest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "2019-05-07-lavrov-pompeo-rovaniemi"


@pytest.fixture(scope="module")
def proposals():
    from generator.extract import DEFAULT_MODEL, propose

    loaded = ingest.load(ROOT / "seeds", ROOT)
    archive = replace(loaded.archive, events=())
    [article] = [a for a in archive.articles if a.id == ARTICLE]
    [result] = propose([article], archive, model=DEFAULT_MODEL)
    return result


def event(proposals, event_id):
    [found] = [e for e in proposals.events if e.id == event_id]
    return found


def people(found) -> list[str | None]:
    return [participant.person for participant in found.participants]


def test_first_article_lavrov_pompeo_talks(proposals) -> None:
    talks = event(proposals, "2019-05-06-lavrov-pompeo-talks")
    assert (talks.type, talks.status, talks.date.start, talks.date.precision) == (
        "talks",
        "occurred",
        dt.date(2019, 5, 6),
        "day",
    )
    assert (talks.place, talks.parent) == ("rovaniemi", "2019-05-06-arctic-council-ministerial")
    assert people(talks) == ["sergey-lavrov", "mike-pompeo"]
    assert {"venezuela", "syria", "ukraine"} <= set(talks.topics)


def test_first_article_putin_trump_phone_call(proposals) -> None:
    call = event(proposals, "2019-05-03-putin-trump-phone-call")
    assert (call.type, call.status, call.date.start, call.place) == (
        "phone_call",
        "occurred",
        dt.date(2019, 5, 3),
        None,
    )
    assert sorted(people(call)) == ["donald-trump", "vladimir-putin"]
    assert {"venezuela", "north-korea", "mueller-report"} <= set(call.topics)


def test_first_article_possible_meeting_did_not_occur(proposals) -> None:
    meetings = [
        e
        for e in proposals.events
        if sorted(people(e)) == ["donald-trump", "vladimir-putin"]
        and e.type != "phone_call"
        and e.date is None
    ]
    [possible] = meetings
    assert (possible.status, possible.date) == ("proposed", None)


def test_first_article_arctic_council_gathering(proposals) -> None:
    ministerial = event(proposals, "2019-05-06-arctic-council-ministerial")
    assert (ministerial.place, ministerial.organizations) == ("rovaniemi", ("arctic-council",))
    briefing = event(proposals, "2019-05-06-pompeo-press-conference")
    assert (briefing.parent, briefing.place, people(briefing)) == (
        ministerial.id,
        "rovaniemi",
        ["mike-pompeo"],
    )


def test_first_article_both_lavrov_spellings_are_one_person(proposals) -> None:
    forms = {m.text for m in proposals.mentions if m.kind == "person" and m.id == "sergey-lavrov"}
    assert {"Sergei Lavrov", "Sergey Lavrov", "Lavrov"} <= forms
    assert not [p for p in proposals.people if "lavrov" in p.id]


def test_first_article_has_no_place_called_pompeo_and_no_model_mistakes(proposals) -> None:
    places = {m.text for m in proposals.mentions if m.kind == "place"}
    organizations = {m.text for m in proposals.mentions if m.kind == "organization"}
    assert "Pompeo" not in places
    assert not {"Lavrov", "Trump", "Suffice", "Pompeo"} & organizations
    assert proposals.places == () and proposals.organizations == ()


def test_first_article_quotes_have_their_speakers(proposals) -> None:
    quotes = {(q.speaker, q.text) for q in proposals.quotes}
    assert ("sergey-lavrov", "good and constructive") in quotes
    assert ("mike-pompeo", "good conversation") in quotes
    assert not [
        q for q in proposals.quotes if q.text in ("off screen", "get out", "on the sidelines")
    ]
