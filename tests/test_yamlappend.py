"""Appending to an event file: new sources and quotes, every other byte as the curator left it."""

from __future__ import annotations

import pytest
import yaml

from generator.records import Quote, Source
from generator.yamlappend import AppendError, append_to_event

CURATED = """\
# Checked against the Kremlin readout.
id: 2019-05-06-lavrov-pompeo-talks
title: "Lavrov–Pompeo talks"
type: talks   # formal talks, not a meeting
status: occurred
date: {start: 2019-05-06, end: 2019-05-06, precision: day}
place: null
participants:
  - {person: sergey-lavrov, country: RU}
quotes:
  - speaker: mike-pompeo
    article: 2019-05-07-a
    text: >-
      We have interests that are
      definitely different.

sources:
  - {article: 2019-05-07-a, evidence: 'Lavrov said after talks with Pompeo.'}  # first report
extraction: {confidence: 0.82, model: m, generator: 0.1.0}
reviewed: true
"""
NEW_SOURCE = Source("2019-05-08-b", "It's: the same talks, again.")
NEW_QUOTE = Quote("sergey-lavrov", "2019-05-08-b", "good and constructive")


def test_appending_keeps_every_other_byte_of_a_curated_file() -> None:
    updated = append_to_event(CURATED, [NEW_SOURCE], [NEW_QUOTE])
    assert updated == CURATED.replace(
        "      definitely different.\n",
        "      definitely different.\n"
        "  - speaker: sergey-lavrov\n"
        "    article: 2019-05-08-b\n"
        "    text: good and constructive\n",
    ).replace(
        "  # first report\n",
        "  # first report\n"
        '  - {article: 2019-05-08-b, evidence: "It\'s: the same talks, again."}\n',
    )


def test_a_missing_quotes_list_is_added_before_the_sources() -> None:
    without = "id: x\nparticipants:\n- {country: RU}\n# what reports it\nsources:\n- {article: a}\n"
    assert append_to_event(without, [], [NEW_QUOTE]) == (
        "id: x\nparticipants:\n- {country: RU}\n"
        "quotes:\n- {speaker: sergey-lavrov, article: 2019-05-08-b, text: good and constructive}\n"
        "# what reports it\nsources:\n- {article: a}\n"
    )


def test_an_empty_list_is_filled_in_place() -> None:
    empty = "id: x\nquotes: []  # none yet\nsources:\n  - {article: a}\n"
    assert append_to_event(empty, [], [NEW_QUOTE]) == (
        "id: x\nquotes:  # none yet\n"
        "  - {speaker: sergey-lavrov, article: 2019-05-08-b, text: good and constructive}\n"
        "sources:\n  - {article: a}\n"
    )


def test_a_flow_list_is_extended_through_a_round_trip() -> None:
    flow = "id: x  # kept\nsources: [{article: a, evidence: b}]\n"
    updated = append_to_event(flow, [NEW_SOURCE], [])
    assert updated.startswith("id: x  # kept\n")
    assert yaml.safe_load(updated)["sources"] == [
        {"article": "a", "evidence": "b"},
        {"article": "2019-05-08-b", "evidence": NEW_SOURCE.evidence},
    ]


def test_a_file_that_is_not_a_mapping_is_not_touched() -> None:
    with pytest.raises(AppendError, match="not a mapping of fields"):
        append_to_event("- just\n- a list\n", [NEW_SOURCE], [])


def test_a_splice_that_would_change_a_kept_text_falls_back_to_a_round_trip() -> None:
    kept = (
        "id: x\n"
        "quotes:\n"
        "  - speaker: a\n"
        "    article: b\n"
        "    text: |+\n"
        "      kept\n"
        "\n"
        "sources:\n"
        "  - {article: b}\n"
    )
    updated = append_to_event(kept, [], [NEW_QUOTE])
    quotes = yaml.safe_load(updated)["quotes"]
    assert quotes[0]["text"] == "kept\n\n"
    assert quotes[1] == {
        "speaker": "sergey-lavrov",
        "article": "2019-05-08-b",
        "text": NEW_QUOTE.text,
    }
