"""Look-ups over the curated archive that extraction needs: names, countries, role holders."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from generator.extract.lexicon import TITLES
from generator.extract.names import ascii_fold, name_keys, slugify
from generator.records import Archive, Country, Organization, Person, Place, Role

# From an election to taking office: long enough for the eleven weeks of a US transition.
TRANSITION = dt.timedelta(days=100)


def role_kind(role: Role) -> str | None:
    """The kind a role declares, else the kind its title reads as."""
    if role.kind:
        return role.kind
    return TITLES.get(ascii_fold(role.title).lower())


def person_names(person: Person) -> tuple[str, ...]:
    return tuple(dict.fromkeys((person.name, *person.aliases)))


@dataclass(frozen=True, slots=True)
class Registry:
    """The archive indexed by the words articles use for its records."""

    archive: Archive
    people: dict[str, Person]
    places: dict[str, Place]
    organizations: dict[str, Organization]
    countries: dict[str, Country]
    country_names: dict[str, str]
    demonyms: dict[str, str]
    capitals: dict[str, str]
    seats: dict[str, str]
    people_by_keys: dict[tuple[str, ...], tuple[str, ...]]
    people_by_word: dict[str, tuple[str, ...]]

    @classmethod
    def from_archive(cls, archive: Archive) -> Registry:
        countries = {country.code: country for country in archive.countries}
        return cls(
            archive=archive,
            people={person.id: person for person in archive.people},
            places={place.id: place for place in archive.places},
            organizations={org.id: org for org in archive.organizations},
            countries=countries,
            country_names=_country_words(archive.countries, "names"),
            demonyms=_country_words(archive.countries, "demonyms"),
            capitals=_country_words(archive.countries, "capital"),
            seats=_country_words(archive.countries, "seats"),
            people_by_keys=_people_by_keys(archive.people),
            people_by_word=_people_by_word(archive.people),
        )

    def country_code(self, text: str) -> str | None:
        """The country a name, demonym, capital or seat stands for."""
        bare = _without_article(text)
        for table in (self.country_names, self.demonyms, self.capitals, self.seats):
            if bare in table:
                return table[bare]
        return None

    def person_named(self, name: str) -> str | None:
        """The one person with this name or alias, whatever its transliteration."""
        keys = name_keys(name)
        found = self.people_by_keys.get(keys, ())
        if not found and len(keys) == 1:
            found = self.people_by_word.get(keys[0], ())
        return found[0] if len(found) == 1 else None

    def holders(
        self, kind: str, day: dt.date, *, country: str | None = None, org: str | None = None
    ) -> tuple[str, ...]:
        """Who held a role of this kind, for this country or organization, on that day."""
        found = []
        for person in self.archive.people:
            if any(_role_fits(role, kind, day, country, org) for role in person.roles):
                found.append(person.id)
        return tuple(found)

    def titled(self, title: str, day: dt.date, *, country: str) -> tuple[str, ...]:
        """Who held an office of exactly this title for this country that day: "the Crown
        Prince" of a Saudi readout, an office with no kind of its own."""
        wanted = title.lower()
        return tuple(
            person.id
            for person in self.archive.people
            if any(
                role.held_on(day) and role.country == country and role.title.lower() == wanted
                for role in person.roles
            )
        )

    def titled_bearer(self, title: str, word: str, day: dt.date) -> str | None:
        """The one person bearing this name word who held an office of this title that day:
        "King Abdullah" in 2025 is Jordan's, not the Saudi king who died in 2015."""
        wanted = title.lower()
        found = [
            person.id
            for person in self.archive.people
            if any(role.held_on(day) and role.title.lower() == wanted for role in person.roles)
            and any(word in name_keys(name) for name in person_names(person))
        ]
        return found[0] if len(found) == 1 else None

    def incoming(self, kind: str, day: dt.date, *, country: str) -> tuple[str, ...]:
        """Who takes up a role of this kind for this country within the transition after an
        election ("the President-elect"): the next term to start, not the one held that day."""
        starts = {
            person.id: role.start
            for person in self.archive.people
            for role in person.roles
            if role.start is not None
            and day < role.start <= day + TRANSITION
            and _role_fits(role, kind, role.start, country, None)
        }
        first = min(starts.values(), default=None)
        return tuple(person for person, start in starts.items() if start == first)

    def capital_place(self, code: str) -> str | None:
        """The place record of a country's capital, when the archive has one."""
        country = self.countries.get(code)
        if country is None or not country.capital:
            return None
        return self.place_named(country.capital, code)

    def place_named(self, name: str, code: str | None = None) -> str | None:
        wanted = _without_article(name)
        for place in self.archive.places:
            names = {place.name, *place.aliases}
            if wanted in names and (code is None or place.country in (None, code)):
                return place.id
        return None

    def role_around(self, person_id: str, day: dt.date | None) -> Role | None:
        """The role held that day, else the last one held before it: an article may report
        what a former office holder did while in office ("then Prime Minister Ishiba")."""
        person = self.people.get(person_id)
        if person is None:
            return None
        held = person.role_on(day)
        if held is not None or day is None:
            return held
        earlier = [role for role in person.roles if role.start is None or role.start <= day]
        return earlier[-1] if earlier else None

    def person_country(self, person_id: str, day: dt.date | None) -> str | None:
        person = self.people.get(person_id)
        if person is None:
            return None
        role = self.role_around(person_id, day)
        if role is not None and role.organization:
            return None  # the Secretary-General speaks for the UN, not for Portugal
        if role is not None and role.country:
            return role.country
        return person.country

    def person_kind(self, person_id: str, day: dt.date | None) -> str | None:
        role = self.role_around(person_id, day)
        return role_kind(role) if role else None


def _role_fits(role: Role, kind: str, day: dt.date, country: str | None, org: str | None) -> bool:
    if not role.held_on(day) or role_kind(role) != kind:
        return False
    if org is not None:
        return role.organization == org
    return country is not None and role.country == country and role.organization is None


def _without_article(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def _country_words(countries: tuple[Country, ...], field: str) -> dict[str, str]:
    words: dict[str, str] = {}
    for country in countries:
        for word in _words_of(country, field):
            words.setdefault(word, country.code)
    return words


def _words_of(country: Country, field: str) -> tuple[str, ...]:
    if field == "names":
        return (country.name, *country.aliases)
    if field == "demonyms":
        return country.demonyms
    if field == "capital":
        return (country.capital,) if country.capital else ()
    return country.seats


def _people_by_keys(people: tuple[Person, ...]) -> dict[tuple[str, ...], tuple[str, ...]]:
    index: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for person in people:
        for name in person_names(person):
            keys = name_keys(name)
            if keys and person.id not in index[keys]:
                index[keys].append(person.id)
    return {keys: tuple(ids) for keys, ids in index.items()}


def _people_by_word(people: tuple[Person, ...]) -> dict[str, tuple[str, ...]]:
    """Surnames (and one-word aliases) to the people who bear them."""
    index: dict[str, list[str]] = defaultdict(list)
    for person in people:
        for name in person_names(person):
            keys = name_keys(name)
            if len(keys) == 1 or (keys and name == person.name):
                word = keys[-1] if len(keys) > 1 else keys[0]
                if person.id not in index[word]:
                    index[word].append(person.id)
    return {word: tuple(ids) for word, ids in index.items()}


def new_person_id(name: str, registry: Registry) -> str:
    """A slug for someone not in the archive, never equal to an existing record's id."""
    slug = slugify(name)
    return slug if slug not in registry.people else f"{slug}-2"
