"""Entity spans from the ruler and the model, trimmed, de-noised and sorted by what they name.

The model's labels are trusted least: a span that repeats a person's name is that person
whatever the model called it ("Pompeo" as a place, "Lavrov" as an organization), and a span
with no proper noun in it ("Suffice" opening a sentence) is not a name at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.date_grammar import WEEKDAYS
from generator.extract.datelines import dateline_end, is_dateline
from generator.extract.lexicon import (
    HONORIFICS,
    INSTITUTION_WORDS,
    LOCATIVE_PREPOSITIONS,
    MOTION_VERBS,
    RANK_WORDS,
)
from generator.extract.names import LOWERCASE_PARTICLES, name_keys
from generator.extract.registry import Registry
from generator.extract.titles import TITLE_WORDS

RULER_LABELS = {"PERSON", "COUNTRY", "DEMONYM", "CAPITAL", "SEAT", "PLACE", "ORGANIZATION"}
MODEL_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
LEADING_NOISE = {"the", "a", "an"} | HONORIFICS
TRAILING_NOISE = {"'s", "’s", "'", "’", ",", ".", "-", "—", "–", ":", ";", '"', "“", "”"}
MAX_NAME_WORDS = 4
# Capitalised words beside a name that are no part of it: titles, forms of address, ranks, and
# days the parser did not read as dates ("Later on Sunday Putin spoke").
NOT_NAME_WORDS = TITLE_WORDS | HONORIFICS | RANK_WORDS | set(WEEKDAYS)

# Nouns after a name that make it a building's: "the Capella hotel".
# "Mansour bin Zayed": the word that joins a given name to the father's.
PATRONYMIC_PARTICLES = {"bin", "ibn", "bint"}
ARTICLE_PARTICLES = {"al", "el"}  # "Suhail Mohamed Al Mazrouei"
# Words that join a portfolio's parts: "Minister of Energy and Infrastructure Suhail ...".
PORTFOLIO_LINKS = {"and", "of", "&"}
BUILDING_NOUNS = {"hotel", "palace", "resort", "centre", "center", "hall", "tower", "stadium"}
BUILDING_NOUNS |= {"airport", "airbase", "base", "school", "schools", "university", "hospital"}
BUILDING_NOUNS |= {"station", "port", "street", "avenue", "square", "bridge", "museum"}
# Capitalised words that may stand between a name and what is named after it ("Jomo Kenyatta
# International Airport", "Nur Khan Air Base").
MAX_BUILDING_TAIL = 2
# Words that end a body's name, never a person's.
NOT_PERSON_WORDS = INSTITUTION_WORDS | {
    *("congress", "party", "federation", "corporation", "company", "mission", "delegation"),
    *("government", "authority", "administration"),
}


@dataclass(frozen=True, slots=True)
class Name:
    """An entity span trimmed to the name itself; `record` is the curated id the ruler gave."""

    label: str
    start: int
    end: int
    text: str
    record: str | None = None

    @property
    def from_ruler(self) -> bool:
        return self.record is not None


def names_in(doc: Doc, registry: Registry) -> tuple[Name, ...]:
    """Every entity span worth reading, person-shaped spans relabelled as people."""
    trimmed = [name for name in (_trim(doc, ent) for ent in doc.ents) if name is not None]
    city = _dateline_word(doc)
    trimmed = [name for name in trimmed if not _named_as(doc, name, city)]
    person_words = _person_words(doc, trimmed, registry)
    names: list[Name] = []
    for name in trimmed:
        names.extend(relabel(doc, name, person_words))
    names.extend(_missed_surnames(doc, trimmed))
    names = _with_own_first_names(doc, names)
    return _with_double_surnames(doc, sorted(names, key=lambda name: (name.start, -name.end)))


def _dateline_word(doc: Doc) -> str | None:
    """The first word of the dateline that opens the text, if one does."""
    if not dateline_end(doc):
        return None
    return next(token for token in doc[:2] if not token.is_space).lower_


def _named_as(doc: Doc, name: Name, city: str | None) -> bool:
    """ "VALENCIA, 30 Oct. - The mayor of Valencia": a one-word name that is the dateline's
    city is that city, there and after, not someone of that surname."""
    one_word = name.label == "PERSON" and name.end - name.start == 1
    return city is not None and one_word and doc[name.start].lower_ == city


def _with_own_first_names(doc: Doc, names: list[Name]) -> list[Name]:
    """ "Judge Lisa Moreno": a known surname beside name words the archive does not give it
    is part of someone else's name ("Moreno" is Lenín Moreno only on its own). When the words
    before run on ("Minister of Foreign Affairs and International Cooperation Sok Chenda
    Sonexay"), the name is the end of the run that the article gives as a name elsewhere."""
    spans = [_own_name_span(doc, name) for name in names]
    clear = {
        name_keys(doc[start:end].text)
        for (start, end, unclear) in spans
        if not unclear and end - start > 1
    } | {name_keys(n.text) for n in names if n.label == "PERSON" and " " in n.text}
    return [
        _renamed(doc, name, span, clear) if span[:2] != (name.start, name.end) else name
        for name, span in zip(names, spans, strict=True)
    ]


def _own_name_span(doc: Doc, name: Name) -> tuple[int, int, bool]:
    """The words around a known one-word name that make a longer name, and whether where that
    name begins is unclear."""
    if name.label != "PERSON" or not name.record or name.end - name.start != 1:
        return name.start, name.end, False
    start = name.start
    glued = start > 1 and doc[start - 1].text == "-" and _glued(doc, start - 1)
    if glued and not doc[start - 2].ent_id_:
        start -= 2  # "Adeyemi-Johnson" is not Boris Johnson; "Lavrov-Pompeo" two people
    while start > 0 and _first_name_word(doc[start - 1]):
        start -= 1
    unclear = name.start - start > 2 or (start > 0 and _runs_on(doc[start - 1]))
    if name.start - start > 1 and start > 0 and doc[start - 1].lower_ in PORTFOLIO_LINKS:
        start += 1  # "of Energy and Infrastructure Suhail Mohamed": the title's last word
    end = name.end
    # "Dr. Mohamed Irfaan Ali": "Mohamed" opens a name, not Amina Mohamed's; "Sheikh Mansour
    # bin Zayed Al Nahyan" is no Adly Mansour.
    while end < len(doc) and _words(doc[start:end]) < MAX_NAME_WORDS and _name_goes_on(doc, end):
        end += 1
    return start, end, unclear


def _runs_on(token: Token) -> bool:
    """A capitalised word that may still belong to the name before it ("International
    Cooperation Sok Chenda"), not a title, a form of address or a known record."""
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and not token.ent_id_
        and token.lower_ not in NOT_NAME_WORDS
        and token.lower_.rstrip(".") not in NOT_NAME_WORDS
    )


def _renamed(
    doc: Doc, name: Name, span: tuple[int, int, bool], clear: set[tuple[str, ...]]
) -> Name:
    start, end, unclear = span
    if unclear:
        found = next(
            (s for s in range(start, name.start + 1) if name_keys(doc[s:end].text) in clear),
            None,
        )
        if found is None:
            return name
        start = found
    return Name("PERSON", start, end, doc[start:end].text)


def _words(span: Span) -> int:
    """The words of a name that count toward its length: not "bin", nor the article "Al"."""
    return sum(token.lower_ not in PATRONYMIC_PARTICLES | ARTICLE_PARTICLES for token in span)


def _name_goes_on(doc: Doc, index: int) -> bool:
    """The word at `index` continues the name before it: a name word, or "bin" before one."""
    token = doc[index]
    if token.lower_ in PATRONYMIC_PARTICLES and index + 1 < len(doc):
        return _first_name_word(doc[index + 1])
    return _first_name_word(token)


def _first_name_word(token: Token) -> bool:
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and token.is_alpha
        and not token.ent_id_
        and token.ent_type_ not in ("DATE", "TIME", "GPE", "LOC")
        and token.lower_ not in NOT_NAME_WORDS
    )


def _with_double_surnames(doc: Doc, names: list[Name]) -> tuple[Name, ...]:
    """ "Henrik Lund-Jensen": a full name runs on over a hyphen into a second surname, which
    the model cut off (and the ruler may take for someone else's surname). "The Lavrov-Pompeo
    talks" joins two surnames, not a first name and a surname: two people."""
    kept: list[Name] = []
    for name in names:
        if kept and kept[-1].label == "PERSON" and kept[-1].start <= name.start < kept[-1].end:
            continue  # inside the name just read
        end = _double_surname_end(doc, name)
        if end > name.end:
            name = Name("PERSON", name.start, end, doc[name.start : end].text)
        kept.append(name)
    return tuple(kept)


def _double_surname_end(doc: Doc, name: Name) -> int:
    if name.label != "PERSON" or name.record or name.end - name.start < 2:
        return name.end
    end = name.end
    while end + 1 < len(doc) and doc[end].text in ("-", "‑") and _glued(doc, end):
        following = doc[end + 1]
        if not (following.text[:1].isupper() and following.is_alpha):
            break
        end += 2
    return end


def _glued(doc: Doc, hyphen: int) -> bool:
    return not doc[hyphen - 1].whitespace_ and not doc[hyphen].whitespace_


def _missed_surnames(doc: Doc, names: list[Name]) -> list[Name]:
    """ "Cosgrave told the crowd": a surname of someone named in full earlier in the article,
    which the model did not label; and, as the subject of a clause, a first name ("Redwan
    described the agreement", after "Redwan Hussien", as Ethiopian reports name people)."""
    full = [name_keys(n.text) for n in names if n.label == "PERSON" and len(name_keys(n.text)) > 1]
    surnames = {keys[-1] for keys in full}
    first_names = {keys[0] for keys in full} - surnames
    taken = {index for name in names for index in range(name.start, name.end)}
    return [
        Name("PERSON", start, token.i + 1, doc[start : token.i + 1].text)
        for token in doc
        if token.i not in taken
        and _proper_or_subject(token)
        and token.text[:1].isupper()
        and (start := _particle_start(doc, token.i)) not in taken
        and name_keys(doc[start : token.i + 1].text)
        and _names_someone(doc[start : token.i + 1], surnames, first_names)
    ]


def _particle_start(doc: Doc, start: int) -> int:
    """ "Along with bin Salman": the particle the model left out opens the name; "Jassim bin
    Saif": so does the name before the patronymic the model began with."""
    if start > 0 and doc[start - 1].text in LOWERCASE_PARTICLES:
        return start - 1
    if start > 0 and doc[start].lower_ in PATRONYMIC_PARTICLES and _first_name_word(doc[start - 1]):
        return start - 1
    return start


def _proper_or_subject(token: Token) -> bool:
    """A proper noun, or a name the tagger took for a common noun: a subject ("Guterres last
    met Putin in Moscow", sentence-initial), or capitalised inside a sentence ("held talks
    with Zelenskyy on Friday")."""
    if token.pos_ == "PROPN":
        return True
    return token.pos_ == "NOUN" and (
        token.dep_ in ("nsubj", "nsubjpass") or not token.is_sent_start
    )


def _names_someone(words: Span, surnames: set[str], first_names: set[str]) -> bool:
    key = name_keys(words.text)[0]
    token = words[-1]
    # "Abe and Park held their first summit": a name that opens a full name (as Korean and
    # Chinese names open with the surname), as a subject or joined to one.
    joined = token.dep_ == "conj" and token.head.dep_ in ("nsubj", "nsubjpass")
    subject = (token.dep_ in ("nsubj", "nsubjpass") or joined) and not _addressed(token)
    return key in surnames or (subject and key in first_names)


def _addressed(token: Token) -> bool:
    """ "Farhan, will the Secretary-General be meeting Putin?": the one asked, by name."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    opens = token.i == token.sent.start or doc[token.i - 1].text[-1:] in (":", "*", '"', "“")
    return opens and following is not None and following.text == ","


def _trim(doc: Doc, ent: Span) -> Name | None:
    start, end = ent.start, ent.end
    is_person = ent.label_ == "PERSON"
    while start < end and _leading_noise(doc[start], is_person and not ent.ent_id_):
        start += 1
    while end > start and (
        doc[end - 1].text.lower() in TRAILING_NOISE or doc[end - 1].pos_ in ("ADP", "DET", "CCONJ")
    ):
        end -= 1
    if start >= end:
        return None
    if is_person and start == ent.start and not ent.ent_id_:
        start = _particle_start(doc, start)
    span = doc[start:end]
    record = ent.ent_id_ or None
    if record is None and not _looks_like_a_name(span, ent.label_):
        return None
    if is_person and _names_a_building(doc, end, record is None):
        return None  # "the Capella hotel", "Nur Khan Air Base": a building's name
    return Name(ent.label_, start, end, span.text, record if ent.label_ in RULER_LABELS else None)


def _names_a_building(doc: Doc, end: int, unknown: bool) -> bool:
    """ "The Capella hotel": a name no record has, right before a building's word; "Johnson
    Space Center", "Jomo Kenyatta International Airport": any name, before capitalised words
    that end in one."""
    if unknown and end < len(doc) and doc[end].lower_ in BUILDING_NOUNS:
        return True
    last = end
    while last < min(len(doc), end + MAX_BUILDING_TAIL + 1) and doc[last].text[:1].isupper():
        if doc[last].lower_ in BUILDING_NOUNS:
            return True
        last += 1
    return False


def _leading_noise(token: Token, strip_titles: bool) -> bool:
    lower = token.lower_
    if lower == "tan" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "sri":
        return True  # "Tan Sri Muhyiddin Yassin": a Malaysian honour, where Tan is no surname
    return lower in LEADING_NOISE or (strip_titles and lower in TITLE_WORDS)


def _looks_like_a_name(span: Span, label: str) -> bool:
    if label not in MODEL_LABELS:
        return False
    if label == "NORP":
        return span[0].text[:1].isupper()
    # "On Wednesday (25), Lula travels": a name the tagger took for a common noun, as subject.
    named = (t.pos_ == "PROPN" or (label == "PERSON" and _proper_or_subject(t)) for t in span)
    return any(named) and span[0].text[:1].isupper()


def _person_words(doc: Doc, names: list[Name], registry: Registry) -> set[str]:
    """Spelling keys of every word of every person's name seen in the article or the archive."""
    words: set[str] = set()
    for name in names:
        if name.label != "PERSON":
            continue
        words.update(name_keys(name.text))
        person = registry.people.get(name.record or "")
        if person is not None:
            words.update(name_keys(person.name))
    return words


def relabel(doc: Doc, name: Name, person_words: set[str]) -> list[Name]:
    """A model span made only of people's names is those people ("the Lavrov-Pompeo talks")."""
    if name.from_ruler or name.label == "PERSON":
        return [name]
    parts = _hyphen_parts(doc, name)
    if all(
        name_keys(doc[s:e].text) and set(name_keys(doc[s:e].text)) <= person_words for s, e in parts
    ):
        return [Name("PERSON", s, e, doc[s:e].text) for s, e in parts]
    return [name]


def _hyphen_parts(doc: Doc, name: Name) -> list[tuple[int, int]]:
    parts: list[tuple[int, int]] = []
    start = name.start
    for index in range(name.start, name.end):
        if doc[index].text in ("-", "–", "—"):
            parts.append((start, index))
            start = index + 1
    parts.append((start, name.end))
    return [(s, e) for s, e in parts if e > s]


SETTLEMENT_NOUNS = {"city", "town", "village", "port", "resort", "capital"}


def settlement_country(doc: Doc, start: int, end: int) -> str | None:
    """ "The Tajik city of Khujand": the country the words before "city of" name."""
    token = doc[start:end].root
    head = token.head
    if token.dep_ != "pobj" or head.lower_ != "of" or head.head.lemma_ not in SETTLEMENT_NOUNS:
        return None
    return country_modifying(head.head)


def country_modifying(noun: Token) -> str | None:
    """ "The Tajik city", "the Spanish capital": the one country a word before the noun names."""
    owners = [
        child.ent_id_
        for child in noun.children
        if child.ent_type_ in ("DEMONYM", "COUNTRY") and child.ent_id_
    ]
    return owners[0] if len(owners) == 1 else None


def is_locative(doc: Doc, start: int, end: int) -> bool:
    """Whether a place name says where something happens ("talks in Moscow"), not who acts."""
    token = doc[start:end].root
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPOSITIONS:
        return True
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_ in SETTLEMENT_NOUNS:
        return is_locative(doc, head.head.i, head.head.i + 1)  # "in the Tajik city of Khujand"
    if token.dep_ == "pobj" and head.lower_ == "from":
        return head.head.lemma_ in MOTION_VERBS
    if token.dep_ == "dobj" and head.lemma_ in ("visit", "tour", "reach"):
        return True
    return is_dateline(doc, start, end)
