"""Quotations and who said them.

Text in quotation marks is a quote when the text attributes it: a speech verb outside the
marks in the same sentence ("..., Lavrov said", "X said that '...'", "saying that '...'"),
"according to X", or, for a whole quoted sentence, the speaker of the sentence before (or after).
A short quoted phrase with no speech verb around it is a scare quote and is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from generator.extract.argument_actors import antecedent
from generator.extract.cues import SPEECH_VERBS
from generator.extract.reading import Actor, Reading

_QUOTED = re.compile(r"“([^“”]+)”|\"([^\"]+)\"")
SUBJECT_CLIMB = {"advcl", "xcomp", "conj", "ccomp", "pcomp", "acl"}
PRONOUNS = {"he", "she", "him", "her"}
# "I", "me", "my" in a quote: its speaker.
FIRST_PERSON = {"i", "me", "my", "myself"}
# A quote that fills most of its sentence may take its speaker from the next or previous one.
WHOLE_SENTENCE_SHARE = 0.8


@dataclass(frozen=True, slots=True)
class QuoteFound:
    speaker: str
    text: str
    start: int
    end: int
    sentences: tuple[int, ...]


def find_quotes(reading: Reading) -> tuple[QuoteFound, ...]:
    doc = reading.doc
    sentences = list(doc.sents)
    found = []
    for paragraph_start, paragraph in _paragraphs(doc.text):
        for match in _QUOTED.finditer(paragraph):
            group = 1 if match.group(1) is not None else 2
            start = paragraph_start + match.start(group)
            end = paragraph_start + match.end(group)
            quote = _attribute(reading, sentences, start, end)
            if quote is not None:
                found.append(quote)
    return tuple(found)


def _paragraphs(text: str) -> list[tuple[int, str]]:
    paragraphs, offset = [], 0
    for line in text.split("\n"):
        paragraphs.append((offset, line))
        offset += len(line) + 1
    return paragraphs


def _attribute(reading: Reading, sentences: list[Span], start: int, end: int) -> QuoteFound | None:
    text = _clean(reading.doc.text[start:end])
    inside = reading.doc.char_span(start, end, alignment_mode="expand")
    if not text or inside is None:
        return None
    numbers = tuple(
        n for n, s in enumerate(sentences) if s.start < inside.end and inside.start < s.end
    )
    speaker = _speaker_in(reading, [sentences[n] for n in numbers], inside)
    if speaker is None and _fills_sentences(sentences, numbers, inside):
        speaker = _neighbour_speaker(reading, sentences, numbers)
    if speaker is None or not speaker.id:
        return None
    return QuoteFound(speaker.id, text, inside.start, inside.end, numbers)


def _clean(text: str) -> str:
    """Spaces collapsed; a fragment's closing comma or full stop belongs to the sentence around
    it ("called it "good and constructive.""), a whole quoted sentence keeps its own."""
    text = " ".join(text.split()).rstrip(",").strip()
    if text[:1].islower():
        text = text.rstrip(".")
    return text


def _speaker_in(reading: Reading, sentences: list[Span], inside: Span) -> Actor | None:
    """The subject of the nearest speech verb outside the quote, or "according to X"."""
    frame = [t for s in sentences for t in s if not inside.start <= t.i < inside.end]
    scored = []
    for token in frame:
        distance = min(abs(token.i - inside.start), abs(token.i - inside.end))
        speaker = _according_to(reading, token, inside) or _speech_subject(reading, token, inside)
        if speaker is not None:
            scored.append((distance, token.i, speaker))
    return min(scored, key=lambda item: item[:2])[2] if scored else None


def _according_to(reading: Reading, token: Token, quote: Span) -> Actor | None:
    if token.lower_ != "according":
        return None
    objects = [g for c in token.children if c.lower_ == "to" for g in c.children]
    return _person(reading, objects[0], quote) if objects else None


def _speech_subject(reading: Reading, token: Token, quote: Span) -> Actor | None:
    if token.pos_ != "VERB" or token.lemma_.lower() not in SPEECH_VERBS:
        return None
    if token.lemma_.lower() == "quote":
        objects = [c for c in token.children if c.dep_ == "dobj"]
        return _person(reading, objects[0], quote) if objects else None
    current = token
    for _ in range(3):
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return _person(reading, subjects[0], quote)
        if current.dep_ not in SUBJECT_CLIMB or current.head.i == current.i:
            return None
        current = current.head
    return None


def _person(reading: Reading, token: Token, quote: Span) -> Actor | None:
    """The one person a subject names; none for "the two leaders", "they" or "X and Y".
    "He" is never someone the quote itself names ("'... hosting President Putin in India,'
    he added" is not Putin's)."""
    if token.lower_ in PRONOUNS:
        if not reading.people_before(token.i):
            return None
        return antecedent(reading, token, outside=(quote.start, quote.end))
    own = [a for a in reading.actors_at(token.i) if a.kind == "person" and a.id]
    if _coordinated(token) or len({a.id for a in own}) > 1:
        return None
    if own:
        return own[0]
    subtree = {t.i for t in token.subtree}
    people = [a for a in reading.actors if a.kind == "person" and a.start in subtree and a.id]
    return people[0] if len({a.id for a in people}) == 1 else None


def _coordinated(token: Token) -> bool:
    """ "Xi and Biden said": no one speaker."""
    return any(child.dep_ == "conj" for child in token.children)


def _fills_sentences(sentences: list[Span], numbers: tuple[int, ...], inside: Span) -> bool:
    if not numbers:
        return False
    words = sum(1 for n in numbers for t in sentences[n] if not t.is_punct and not t.is_space)
    quoted = sum(1 for t in inside if not t.is_punct and not t.is_space)
    return quoted >= WHOLE_SENTENCE_SHARE * words


def _neighbour_speaker(
    reading: Reading, sentences: list[Span], numbers: tuple[int, ...]
) -> Actor | None:
    """A whole quoted sentence: the speaker introduced just before it ("X said:"), or after."""
    before, after = numbers[0] - 1, numbers[-1] + 1
    for number in (before, after):
        if 0 <= number < len(sentences):
            sentence = sentences[number]
            speaker = _speaker_in(reading, [sentence], sentence[0:0])
            if speaker is not None:
                return speaker
    return None


def with_speakers_in_quotes(reading: Reading, quotes: tuple[QuoteFound, ...]) -> Reading:
    """ "'I look forward to hosting President Putin in India,' Modi said": "I" in a quote is
    the person who said it, as a participant of what the quote tells."""
    added: list[Actor] = []
    for quote in quotes:
        speaker = next((a for a in reading.actors if a.id == quote.speaker), None)
        if speaker is None:
            continue
        words = reading.doc[quote.start : quote.end]
        added.extend(
            replace(speaker, start=token.i, end=token.i + 1, text=token.text, title_words=None)
            for token in words
            if token.lower_ in FIRST_PERSON and not reading.actors_at(token.i)
        )
    actors = sorted((*reading.actors, *added), key=lambda actor: (actor.start, actor.end))
    return replace(reading, actors=tuple(actors))
