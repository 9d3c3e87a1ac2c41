"""Topics of events: the topic records' phrases, in the sentences that report or discuss them.

A sentence that says what was discussed ("Putin and Trump discussed Venezuela", "the talks
focused on trade") lends its topics to the event its people took part in, or to the event
last mentioned when it names no one.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span

from generator.extract.clusters import Cluster
from generator.extract.cues import DISCUSSION_WORDS
from generator.extract.reading import Reading
from generator.records import Topic

# How many sentences after an event's last mention a discussion sentence may still be about it.
DISCUSSION_REACH = 3


def topic_matcher(nlp: Language, topics: tuple[Topic, ...]) -> PhraseMatcher:
    """Case-insensitive phrases of every topic, its name included."""
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for topic in topics:
        matcher.add(topic.id, [nlp.make_doc(phrase) for phrase in (topic.name, *topic.phrases)])
    return matcher


def topic_spans(reading: Reading, matcher: PhraseMatcher) -> list[tuple[str, int, int]]:
    """(topic id, start, end) of every topic phrase, in text order, outside organization names
    ("the Arctic Council" is an organization, not the topic Arctic)."""
    inside_orgs = {i for org in reading.organizations for i in range(org.start, org.end)}
    found = []
    for match_id, start, end in sorted(matcher(reading.doc), key=lambda m: (m[1], m[2])):
        if not any(index in inside_orgs for index in range(start, end)):
            found.append((reading.doc.vocab.strings[match_id], start, end))
    return found


def topics_by_sentence(reading: Reading, spans: list[tuple[str, int, int]]) -> dict[int, list[str]]:
    """Topic ids found in each sentence, in text order."""
    starts = {sent.start: number for number, sent in enumerate(reading.doc.sents)}
    found: dict[int, list[str]] = defaultdict(list)
    for topic, start, _end in spans:
        number = starts[reading.doc[start].sent.start]
        if topic not in found[number]:
            found[number].append(topic)
    return found


def event_topics(
    reading: Reading, clusters: tuple[Cluster, ...], by_sentence: dict[int, list[str]]
) -> dict[int, tuple[str, ...]]:
    """Topic ids of each cluster (by position), from its own and its discussion sentences."""
    sentences = _sentences_of(reading, clusters)
    topics: dict[int, tuple[str, ...]] = {}
    for position, numbers in sentences.items():
        ids = [topic for number in sorted(numbers) for topic in by_sentence.get(number, ())]
        topics[position] = tuple(dict.fromkeys(ids))
    return topics


def _sentences_of(reading: Reading, clusters: tuple[Cluster, ...]) -> dict[int, set[int]]:
    sentences = {p: {m.sentence for m in c.members} for p, c in enumerate(clusters)}
    mentioned = {number for numbers in sentences.values() for number in numbers}
    for number, sentence in enumerate(reading.doc.sents):
        if number in mentioned or not _discusses(sentence):
            continue
        owner = _discussed_event(reading, clusters, number, sentence.start, sentence.end)
        if owner is not None:
            sentences[owner].add(number)
    return sentences


def _discusses(sentence: Span) -> bool:
    return any(token.lemma_.lower() in DISCUSSION_WORDS for token in sentence)


def _discussed_event(
    reading: Reading, clusters: tuple[Cluster, ...], number: int, start: int, end: int
) -> int | None:
    """The event whose people the sentence names, else the one mentioned last before it."""
    people = {a.id for a in reading.actors_within(start, end) if a.kind == "person" and a.id}
    latest: tuple[int, int] | None = None
    for position, cluster in enumerate(clusters):
        before = [m.sentence for m in cluster.members if m.sentence <= number]
        if not before or number - max(before) > DISCUSSION_REACH:
            continue
        if people and len(people & cluster.people) < min(2, len(people)):
            continue
        if latest is None or max(before) >= latest[0]:
            latest = (max(before), position)
    return latest[1] if latest else None
