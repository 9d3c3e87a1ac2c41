"""Names right after titles: "President of Mongolia Ukhnaagiin Khurelsukh", "Paraguayan
President Santiago Pena": the capitalised words after a title name its holder, whatever the
model made of them (nothing, an organization, a city, half a name)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.lexicon import HONORIFICS
from generator.extract.mentions import MAX_NAME_WORDS, NOT_PERSON_WORDS, Name, relabel
from generator.extract.names import name_keys
from generator.extract.titles import TITLE_WORDS, Title

MAX_TITLE_TAIL = 8


def names_after_titles(
    doc: Doc, names: tuple[Name, ...], titles: tuple[Title, ...]
) -> tuple[Name, ...]:
    """ "President of Mongolia Ukhnaagiin Khurelsukh": capitalised words right after a title
    name its holder, whatever the model made of them (nothing, an organization, half a name)."""
    full_names = {
        name_keys(name.text) for name in names if name.label == "PERSON" and " " in name.text
    }
    titled = (_titled_name(doc, names, title, full_names) for title in titles)
    found = [name for name in titled if name]
    if not found:
        return names
    covered = {index for name in found for index in range(name.start, name.end)}
    words = {key for name in found for key in name_keys(name.text)}
    kept = [
        relabelled
        for name in names
        if not any(index in covered for index in range(name.start, name.end))
        for relabelled in relabel(doc, name, words)
    ]
    return tuple(sorted(kept + found, key=lambda name: name.start))


def _titled_name(
    doc: Doc, names: tuple[Name, ...], title: Title, full_names: set[tuple[str, ...]]
) -> Name | None:
    start = title.scope_end
    while start < len(doc) and (doc[start].lower_ in HONORIFICS or doc[start].text == "."):
        start += 1
    end = _name_run(doc, start, MAX_NAME_WORDS)
    if end == start:
        found = _name_after_tail(doc, start, full_names)
        start, end = (found.start, found.end) if found else (start, start)
    if end == start or _owned(names, start, end):
        return None
    if any(token.lower_ in NOT_PERSON_WORDS for token in doc[start : end + 1]):
        # "leaders of the Nigeria Labour Congress", "President of the Iraqi Kurdistan Regional
        # Government": the words name a body, not its head.
        return None
    return Name("PERSON", start, end, doc[start:end].text)


def _name_run(doc: Doc, start: int, longest: int) -> int:
    end = start
    while end < len(doc) and end - start < longest and _name_word(doc[end]):
        end += 1
    return end


def _name_after_tail(doc: Doc, start: int, full_names: set[tuple[str, ...]]) -> Span | None:
    """ "Minister of Foreign Affairs and International Cooperation Sok Chenda Sonexay": the
    title runs on in capitals; the name is the end of the run that the article names in full."""
    if start >= len(doc) or doc[start].lower_ not in ("and", "of", "for"):
        return None
    run_start = start + 1
    end = _name_run(doc, run_start, MAX_TITLE_TAIL)
    for length in range(min(MAX_NAME_WORDS, end - run_start - 1), 1, -1):
        if name_keys(doc[end - length : end].text) in full_names:
            return doc[end - length : end]
    return None


def _name_word(token: Token) -> bool:
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and token.ent_type_ not in ("DATE", "TIME")
        and token.lower_ not in TITLE_WORDS
    )


def _owned(names: tuple[Name, ...], start: int, end: int) -> bool:
    """Words already read as a person, or as a record the ruler knows (a country, a city).
    A known surname inside longer words is someone else's ("Wang" of "Wang Qishan")."""
    for name in names:
        if not (name.start < end and start < name.end):
            continue
        if name.from_ruler and _keeps_its_words(name, start, end):
            return True
        if not name.from_ruler and name.label == "PERSON" and name.start <= start < end <= name.end:
            return True  # the model read the whole of it as a name already
    return False


def _keeps_its_words(name: Name, start: int, end: int) -> bool:
    """A known record keeps its words, but for a known surname or a city that begins longer
    words after a title: "President Santiago Pena" is no one in Chile's capital."""
    one_word = name.end - name.start == 1 and name.label in ("PERSON", "CAPITAL", "PLACE")
    return not (one_word and name.start == start and name.end < end)
