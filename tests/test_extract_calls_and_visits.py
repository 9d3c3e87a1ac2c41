"""Readouts that report several calls at once, titles that name their country, a visit told
again in a "when" clause, and dates that bound a record rather than date an event (issue 3,
points 2 to 4). Every sentence is written for its test, and each test reads it with the
registry of `seeds/`."""

from __future__ import annotations

import datetime as dt

import pytest
from proposal_views import people_at

pytestmark = pytest.mark.slow

TUESDAY = dt.date(2023, 11, 14)
DOWNING_STREET = "Prime Minister's Office, 10 Downing Street"


def events_of(found) -> list[tuple[str, str, str, str | None, tuple[str, ...]]]:
    """(type, status, date, place, sorted participants) of each proposed event, sorted."""
    return sorted(
        (
            event.type,
            event.status,
            event.date.start.isoformat() if event.date else "",
            event.place,
            tuple(sorted(p.person or p.country or "" for p in event.participants)),
        )
        for event in found.events
    )


def test_extract_a_series_of_calls_is_one_call_with_each_leader(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Recep Tayyip Erdogan held a series of telephone conversations on Tuesday about the "
        "crisis. He spoke with Emmanuel Macron, Olaf Scholz and Giorgia Meloni.",
        TUESDAY,
    )
    assert events_of(found) == [
        ("phone_call", "occurred", "2023-11-14", None, (person, "recep-tayyip-erdogan"))
        for person in ("emmanuel-macron", "giorgia-meloni", "olaf-scholz")
    ]


def test_extract_leaders_on_one_call_with_no_series_announced_stay_one_call(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Recep Tayyip Erdogan spoke by telephone with Emmanuel Macron and Olaf Scholz on "
        "Tuesday about the crisis.",
        TUESDAY,
    )
    assert events_of(found) == [
        (
            "phone_call",
            "occurred",
            "2023-11-14",
            None,
            ("emmanuel-macron", "olaf-scholz", "recep-tayyip-erdogan"),
        )
    ]


def test_extract_a_position_set_out_during_talks_is_no_plan_for_them(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Sergey Lavrov recalled the position he had set out during his talks in Beijing with "
        "Wang Yi on 7 November.",
        TUESDAY,
    )
    assert events_of(found) == [
        ("talks", "occurred", "2023-11-07", "beijing", ("sergey-lavrov", "wang-yi"))
    ]


def test_extract_the_taoiseach_is_ireland_s_head_of_government(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "The Prime Minister met the Taoiseach at Chequers this afternoon. The Prime Minister "
        "thanked the Taoiseach for travelling to England.",
        TUESDAY,
        DOWNING_STREET,
    )
    [meeting] = found.events
    assert people_at(meeting) == ["leo-varadkar", "rishi-sunak"]


def test_extract_a_visit_told_in_a_when_clause_is_the_meeting_before_it(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "The Prime Minister met the Taoiseach, Leo Varadkar, at Chequers this afternoon. The "
        "two leaders had last met in Dublin on 9 September, when the Prime Minister made his "
        "first visit to Ireland since taking office.",
        TUESDAY,
        DOWNING_STREET,
    )
    assert events_of(found) == [
        ("meeting", "occurred", "2023-11-14", "chequers", ("leo-varadkar", "rishi-sunak")),
        ("visit", "occurred", "2023-09-09", "dublin", ("leo-varadkar", "rishi-sunak")),
    ]


def test_extract_a_uk_secretary_of_state_takes_part_in_talks(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "The Brexit Secretary, Stephen Barclay, will meet Michel Barnier, the European Union's "
        "chief negotiator, in Brussels tomorrow morning.",
        TUESDAY,
        DOWNING_STREET,
    )
    assert events_of(found) == [
        ("meeting", "planned", "2023-11-15", "brussels", ("michel-barnier", "stephen-barclay"))
    ]


def test_extract_a_date_that_bounds_a_record_dates_no_event_after_it(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "The President of the Republic arrived in Ulaanbaatar on Tuesday, the first visit by a "
        "French president since the two countries established relations in 1965.\n\n"
        "He was received by the President of Mongolia, Ukhnaagiin Khurelsukh, at the State "
        "Palace, where the two presidents held a meeting followed by talks between the "
        "delegations.",
        TUESDAY,
        "Élysée",
    )
    assert [event.date.start.year for event in found.events if event.date] == [2023] * len(
        found.events
    )


def test_extract_everyone_a_summit_was_attended_by_takes_part(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "The ASEAN Leaders' Meeting was held on 24 April 2021 in Jakarta under the chairmanship "
        "of Sultan Hassanal Bolkiah of Brunei Darussalam.\n\n"
        "The Meeting was attended by President Joko Widodo of the Republic of Indonesia, Samdech "
        "Techo Hun Sen, Prime Minister of the Kingdom of Cambodia, Tan Sri Muhyiddin Yassin, "
        "Prime Minister of Malaysia, and Lee Hsien Loong, Prime Minister of the Republic of "
        "Singapore, as well as by Teodoro L. Locsin Jr., Secretary of Foreign Affairs of the "
        "Philippines.",
        dt.date(2021, 4, 24),
    )
    [summit] = [event for event in found.events if event.type == "summit"]
    assert people_at(summit) == [
        "hassanal-bolkiah",
        "hun-sen",
        "joko-widodo",
        "lee-hsien-loong",
        "muhyiddin-yassin",
        "teodoro-locsin-jr",
    ]
    assert (summit.date.start.isoformat(), summit.place) == ("2021-04-24", "jakarta")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Teodoro L. Locsin Jr. met Wang Yi in Beijing.", "teodoro-locsin-jr"),
        ("Dato' Sri Anwar Ibrahim met Wang Yi in Beijing.", "anwar-ibrahim"),
        ("Tan Sri Muhyiddin Yassin met Wang Yi in Beijing.", "muhyiddin-yassin"),
    ],
)
def test_extract_initials_and_honours_around_a_known_name(
    extract_with_seeds, text: str, person: str
) -> None:
    found = extract_with_seeds(text, TUESDAY)
    [meeting] = found.events
    assert people_at(meeting) == sorted([person, "wang-yi"])
    assert found.people == ()


def test_extract_a_leader_received_by_another_met_him(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "The Chairperson of the African Union, H.E. Macky Sall, President of the Republic of "
        "Senegal, accompanied by H.E. Moussa Faki Mahamat, was received today in Sochi by H.E. "
        "Vladimir Putin, President of the Russian Federation.",
        dt.date(2022, 6, 3),
    )
    [meeting] = found.events
    assert people_at(meeting) == [
        "macky-sall",
        "moussa-faki-mahamat",
        "vladimir-putin",
    ]
    assert (meeting.date.start.isoformat(), meeting.place) == ("2022-06-03", "sochi")


def test_extract_leaders_received_as_a_body_are_no_meeting_of_their_own(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "The EU leaders were received by President Xi Jinping on Thursday.", TUESDAY
    )
    assert found.events == ()


def test_extract_whoever_co_chaired_a_summit_with_its_host_took_part(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Vladimir Putin recalled the first Russia-Africa Summit, held in Sochi in October 2019 "
        "and co-chaired with President Abdel Fattah el-Sisi of Egypt.",
        TUESDAY,
    )
    [summit] = found.events
    assert "abdel-fattah-el-sisi" in {p.person for p in summit.participants}
    assert summit.date.start.isoformat() == "2019-10-01"


def test_extract_ministers_who_took_part_in_a_session_of_the_talks_join_them(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "On Tuesday, Fumio Kishida held talks with Yoon Suk Yeol in Tokyo. The talks began "
        "one-on-one and continued in an expanded session, in which Yoshimasa Hayashi and Park "
        "Jin also took part.",
        dt.date(2023, 3, 16),
    )
    [talks] = found.events
    assert people_at(talks) == [
        "fumio-kishida",
        "park-jin",
        "yoon-suk-yeol",
        "yoshimasa-hayashi",
    ]


def test_extract_the_first_visit_since_a_date_is_not_of_that_date(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Yoon Suk Yeol, who arrived in Tokyo on Thursday for a two-day trip, is the first South "
        "Korean president to visit Japan for talks since December 2011, when Lee Myung-bak met "
        "Yoshihiko Noda in Kyoto.",
        dt.date(2023, 3, 17),
    )
    assert events_of(found) == [
        ("meeting", "occurred", "2011-12-01", "kyoto", ("lee-myung-bak", "yoshihiko-noda")),
        ("visit", "occurred", "2023-03-16", "tokyo", ("JP", "yoon-suk-yeol")),
    ]


def test_extract_business_leaders_are_no_heads_of_government(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Fumio Kishida and Yoon Suk Yeol held talks in Tokyo on Thursday. On Friday, Yoon was "
        "scheduled to meet business leaders before returning home.",
        dt.date(2023, 3, 17),
    )
    assert [event.type for event in found.events] == ["talks"]


def test_extract_a_background_trip_before_another_meeting_shares_its_month(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Antonio Guterres met Vladimir Putin in Kazan on Thursday. Guterres last met Putin in "
        "Moscow in April 2022, two months into the invasion, before travelling on to Kyiv to "
        "meet Volodymyr Zelensky.",
        dt.date(2024, 10, 24),
    )
    assert events_of(found) == [
        ("meeting", "occurred", "2022-04-01", "moscow", ("antonio-guterres", "vladimir-putin")),
        ("meeting", "occurred", "2024-10-24", "kazan", ("antonio-guterres", "vladimir-putin")),
        ("visit", "occurred", "2022-04-01", "kyiv", ("antonio-guterres", "volodymyr-zelensky")),
    ]


def test_extract_who_a_summit_brought_together_and_not_where_it_was_judged(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "KAZAN, Russia (AFP) - The three-day summit of the BRICS group, which opened on Tuesday "
        "and brought together leaders including China's Xi Jinping and India's Narendra Modi, "
        "was seen in Moscow as proof that the West had failed to isolate Russia.",
        dt.date(2024, 10, 24),
    )
    [summit] = found.events
    assert {"xi-jinping", "narendra-modi"} <= {p.person for p in summit.participants}
    assert (summit.date.start.isoformat(), summit.place) == ("2024-10-22", "kazan")


def test_extract_who_took_part_in_talks_told_by_which_joins_those_talks(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Recep Tayyip Erdogan and Donald Trump signed the document at a summit in Sharm "
        "el-Sheikh on Monday.\n\n"
        "The deal was reached last week in indirect talks in Sharm el-Sheikh between Israel and "
        "Hamas, in which US special envoy Steve Witkoff took part alongside Qatari Prime "
        "Minister Sheikh Mohammed bin Abdulrahman Al Thani.",
        dt.date(2025, 10, 13),
    )
    [talks] = [event for event in found.events if event.type == "talks"]
    assert {"steve-witkoff", "mohammed-bin-abdulrahman-al-thani"} <= {
        p.person for p in talks.participants
    }
    assert (talks.date.start.isoformat(), talks.place) == ("2025-10-06", "sharm-el-sheikh")


def test_extract_officials_present_beside_a_minister_take_part_whatever_their_office(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Xi Jinping met Anthony Albanese in Beijing on Monday. Cai Qi, Wang Yi and others were "
        "present at the meeting.",
        dt.date(2023, 11, 6),
    )
    [meeting] = found.events
    assert people_at(meeting) == [
        "anthony-albanese",
        "cai-qi",
        "wang-yi",
        "xi-jinping",
    ]


def test_extract_the_full_style_of_the_sultan_of_brunei_is_one_person(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "The Summit in Bangkok on Sunday was attended by H.M. Sultan Haji Hassanal Bolkiah "
        "Mu'izzaddin Waddaulah, Sultan of Brunei Darussalam, and H.E. Tun Dr. Mahathir Mohamad, "
        "Prime Minister of Malaysia.",
        dt.date(2019, 6, 23),
    )
    [summit] = found.events
    assert people_at(summit) == ["hassanal-bolkiah", "mahathir-mohamad"]
    assert found.people == ()


def test_extract_who_took_part_in_a_call_told_by_which_joins_the_call(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "Vladimir Putin held a videoconference with Xi Jinping on Tuesday, in which Sergey "
        "Lavrov and Wang Yi also took part.",
        TUESDAY,
    )
    assert events_of(found) == [
        (
            "phone_call",
            "occurred",
            "2023-11-14",
            None,
            ("sergey-lavrov", "vladimir-putin", "wang-yi", "xi-jinping"),
        )
    ]


def test_extract_a_meeting_held_virtually_is_a_call_and_the_meeting_named_again_is_it(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "President Biden met virtually today with President Xi Jinping of the People's "
        "Republic of China. The two leaders discussed the complex nature of relations between "
        "the two countries. He noted the need for guardrails. He raised concerns about human "
        "rights in Xinjiang. He also underscored the importance of a free and open Indo-Pacific. "
        "Secretary of State Antony Blinken and National Security Advisor Jake Sullivan joined "
        "the President for the meeting in the Roosevelt Room.",
        dt.date(2021, 11, 15),
    )
    [call] = found.events
    assert (call.type, call.date.start) == ("phone_call", dt.date(2021, 11, 15))
    assert people_at(call) == ["antony-blinken", "jake-sullivan", "joe-biden", "xi-jinping"]


def test_extract_a_video_summit_is_a_call_and_the_meeting_named_again_is_it(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "U.S. President Joe Biden and Chinese leader Xi Jinping held a video summit on Monday "
        "that lasted more than three hours. Biden, speaking from the White House, and Xi, in "
        "Beijing, waved at each other as the meeting began. The meeting was the most in-depth "
        "exchange between the two leaders since Biden took office.",
        dt.date(2021, 11, 16),
    )
    assert events_of(found) == [
        ("phone_call", "occurred", "2021-11-15", None, ("joe-biden", "xi-jinping"))
    ]


def test_extract_a_meeting_held_in_person_after_a_video_call_stays_a_meeting(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "Jake Sullivan and Yang Jiechi held a video call on Monday. Sullivan and Yang had met in "
        "Zurich in October.",
        dt.date(2021, 11, 16),
    )
    assert [(e.type, e.place) for e in sorted(found.events, key=lambda e: e.id)] == [
        ("meeting", "zurich"),
        ("phone_call", None),
    ]


def test_extract_leaders_who_called_separately_made_a_call_each(extract_with_seeds) -> None:
    found = extract_with_seeds(
        "On Tuesday, the Amir of Qatar Sheikh Tamim bin Hamad Al Thani and Prime Minister of "
        "Pakistan Shehbaz Sharif called President Recep Tayyip Erdoğan separately.",
        dt.date(2023, 2, 7),
    )
    assert [people_at(event) for event in sorted(found.events, key=lambda e: e.id)] == [
        ["recep-tayyip-erdogan", "tamim-bin-hamad-al-thani"],
        ["recep-tayyip-erdogan", "shehbaz-sharif"],
    ]


def test_extract_a_visit_is_to_a_city_not_to_the_venue_of_one_of_its_stops(
    extract_with_seeds,
) -> None:
    found = extract_with_seeds(
        "DHAKA, Jun 6 (PTI) - Prime Minister Narendra Modi began a two-day visit to Bangladesh "
        "today. Later, Modi met Sheikh Hasina at the Bangabandhu International Conference "
        "Centre.",
        dt.date(2015, 6, 6),
    )
    [visit] = [event for event in found.events if event.type == "visit"]
    assert visit.place == "dhaka"
