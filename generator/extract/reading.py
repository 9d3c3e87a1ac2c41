"""What extraction has read in one article: actors, places and organizations by token position.

These records live only inside `generator.extract`; they point into the spaCy `Doc` by token
index, and the stages after extraction never see them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span

from generator.extract.datelines import is_dateline
from generator.extract.registry import Registry
from generator.extract.titles import Title
from generator.records import Article


@dataclass(frozen=True, slots=True)
class Actor:
    """Someone who can take part in an event: a person, a country or an organization.

    `id` is a person id, an ISO country code or an organization id; None for a title whose
    holder is unknown ("the Foreign Minister" of a country the archive has no minister for).
    """

    kind: str
    id: str | None
    start: int
    end: int
    text: str
    role: str | None = None
    role_kind: str | None = None
    country: str | None = None
    known: bool = True
    implicit: bool = False
    # The words of the title the text gives this person ("Cambodian Foreign Minister"):
    # where the parse hangs the title rather than the name, the title stands for the person.
    title_words: tuple[int, int] | None = None

    @property
    def side(self) -> str:
        """What makes two actors different sides of an event: their country, else themselves."""
        if self.country:
            return self.country
        return f"{self.kind}:{self.id or self.text}"


@dataclass(frozen=True, slots=True)
class PlaceMention:
    id: str
    start: int
    end: int
    text: str
    country: str | None = None
    kind: str = "city"
    known: bool = True


@dataclass(frozen=True, slots=True)
class OrgMention:
    id: str
    start: int
    end: int
    text: str
    kind: str = "other"
    country: str | None = None
    known: bool = True


@dataclass(frozen=True, slots=True)
class NewPerson:
    """Someone the archive does not know yet, as the article presents them."""

    id: str
    name: str
    forms: tuple[str, ...]
    role: str | None = None
    role_kind: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Reading:
    doc: Doc
    article: Article
    registry: Registry
    actors: tuple[Actor, ...]
    places: tuple[PlaceMention, ...]
    organizations: tuple[OrgMention, ...]
    titles: tuple[Title, ...]
    new_people: dict[str, NewPerson] = field(default_factory=dict)
    home: str | None = None

    def actors_within(self, start: int, end: int) -> tuple[Actor, ...]:
        return tuple(a for a in self.actors if start <= a.start and a.end <= end)

    def actors_at(self, index: int) -> tuple[Actor, ...]:
        return tuple(a for a in self.actors if a.start <= index < a.end)

    def places_at(self, index: int) -> tuple[PlaceMention, ...]:
        return tuple(p for p in self.places if p.start <= index < p.end)

    def places_within(self, start: int, end: int) -> tuple[PlaceMention, ...]:
        return tuple(p for p in self.places if start <= p.start and p.end <= end)

    def organizations_within(self, start: int, end: int) -> tuple[OrgMention, ...]:
        return tuple(o for o in self.organizations if start <= o.start and o.end <= end)

    def people_before(self, index: int) -> tuple[Actor, ...]:
        """Person actors ending before a token, nearest last."""
        return tuple(a for a in self.actors if a.kind == "person" and a.id and a.end <= index)

    def sentence_of(self, index: int) -> Span:
        return self.doc[index].sent

    @property
    def dateline(self) -> PlaceMention | None:
        """ "GENEVA —" opening a news report: where the reporter, and usually the event, was."""
        first = self.places[0] if self.places else None
        if first is None or first.start > 1 or first.kind not in ("city", "venue"):
            return None
        return first if is_dateline(self.doc, first.start, first.end) else None


# Officials the text gives a government title but no country: "Information Minister Mohammed
# Idris" in a report datelined ABUJA is Nigeria's.
HOME_OFFICIAL_KINDS = {"minister", "foreign_minister", "spokesperson", "official"}


def with_home_officials(reading: Reading) -> Reading:
    """New officials of no stated country belong to the country the readout speaks for
    ("Minister of Construction and Housing Ze'ev Elkin" in the Israeli Prime Minister's
    Office's), else to the dateline's country."""
    dateline = reading.dateline
    country = reading.home or (dateline.country if dateline else None)
    if country is None:
        return reading
    own = reading.home is not None
    actors = tuple(_homed(actor, country, own) for actor in reading.actors)
    new_people = {
        key: replace(person, country=country) if _homeless(person, own) else person
        for key, person in reading.new_people.items()
    }
    return replace(reading, actors=actors, new_people=new_people)


def _homed(actor: Actor, country: str, own: bool) -> Actor:
    new = actor.kind == "person" and not actor.known
    return replace(actor, country=country) if new and _homeless(actor, own) else actor


def _homeless(person: Actor | NewPerson, own: bool) -> bool:
    role = (person.role or "").lower()
    # "Baradar, the head of the Taliban's political office": a head or chief is someone's,
    # and a readout names whose.
    owned_elsewhere = role in ("head", "chief")
    # "SYDNEY - Biden met House Speaker Kevin McCarthy": a wire names a parliament's speaker
    # wherever its reporter is; only a readout's own speaker is its country's.
    owned_elsewhere = owned_elsewhere or ("speaker" in role and not own)
    return (
        person.country is None and person.role_kind in HOME_OFFICIAL_KINDS and not owned_elsewhere
    )
