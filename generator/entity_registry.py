"""The people, places and organizations one merge knows, and when two records are one.

A proposed person, place or organization is the same as a record when one's name is the other's
name or alias (a person's full name may also end the other's), and their countries do not differ.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from generator.records import Organization, Person, Place

Entity = Person | Place | Organization


# What tells a father and a son apart after their names: "Jr.", "III".
GENERATIONS = {"jr", "sr", "ii", "iii", "iv"}


def free_id(base: str, taken: Mapping[str, object] | set[str]) -> str:
    """`base`, or `base-2`, `base-3`… when another record already has it."""
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def name_key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.casefold().replace(".", " ").replace("-", " ").split())


def names(record: Entity) -> set[str]:
    return {name_key(name) for name in (record.name, *record.aliases)} - {""}


def same_entity(a: Entity, b: Entity) -> bool:
    if a.country and b.country and a.country != b.country:
        return False
    if name_key(a.name) in names(b) or name_key(b.name) in names(a):
        return True
    return isinstance(a, Person) and (
        _named_within(a, b) or _named_within(b, a) or _initials_aside(a, b)
    )


def _initials_aside(a: Entity, b: Entity) -> bool:
    """ "Lloyd J. Austin III" is Lloyd Austin: the same first and last names, and the middle
    initials and generation of one, where the other gives any, the same."""
    (a_core, a_extra), (b_core, b_extra) = _core_name(a.name), _core_name(b.name)
    return (
        len(a_core) >= 2 and a_core == b_core and (not a_extra or not b_extra or a_extra == b_extra)
    )


def _core_keys(record: Entity) -> set[str]:
    """A person's name without middle initials or generation, to find `_initials_aside`."""
    if not isinstance(record, Person):
        return set()
    return {" ".join(_core_name(name)[0]) for name in (record.name, *record.aliases)} - {""}


def _core_name(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    words = name_key(name).split()
    extra = tuple(w for w in words if len(w) == 1 or w in GENERATIONS)
    return tuple(w for w in words if w not in extra), extra


def _named_within(longer: Entity, full: Entity) -> bool:
    """ "Reconciliation Zalmay Khalilzad", a title's last word taken into the name, is Zalmay
    Khalilzad: a full name of two words or more ends the other."""
    name = name_key(full.name)
    return len(name.split()) >= 2 and name_key(longer.name).endswith(" " + name)


def _name_tails(record: Entity) -> list[str]:
    """The endings of two words or more of a person's name, the way `_named_within` reads it."""
    if not isinstance(record, Person):
        return []
    words = name_key(record.name).split()
    return [" ".join(words[start:]) for start in range(1, len(words) - 1)]


def combined(first: Entity, second: Entity) -> Entity:
    """One new record from two proposals of it: the first's values, every alias of both."""
    names = [*first.aliases, second.name, *second.aliases]
    aliases = tuple(dict.fromkeys(name for name in names if name != first.name))
    filled = {"aliases": aliases, "country": first.country or second.country}
    if isinstance(first, Person) and isinstance(second, Person):
        filled["roles"] = tuple(dict.fromkeys((*first.roles, *second.roles)))
    return replace(first, **filled)


@dataclass(frozen=True, slots=True)
class Doubt:
    """Something a reviewer should check, and why."""

    kind: str  # event | person | place | organization
    id: str
    reason: str


@dataclass
class Registry:
    """People, places or organizations: the curated ones and those created in this run."""

    kind: str
    records: dict[str, Entity]
    created: list[str] = field(default_factory=list)
    by_name: dict[str, set[str]] = field(default_factory=dict)
    # The name endings of people this run created: "zalmay khalilzad" of "Reconciliation
    # Zalmay Khalilzad", so that a later "Zalmay Khalilzad" finds that record.
    by_tail: dict[str, set[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for record in self.records.values():
            self._index(record)

    def _index(self, record: Entity) -> None:
        for name in names(record) | _core_keys(record):
            self.by_name.setdefault(name, set()).add(record.id)

    def admit(self, proposed: Entity, doubts: list[Doubt]) -> str:
        """The id the proposed record goes by: an existing record's, or a new one's."""
        same = self._find(proposed)
        if same is not None:
            if same.id in self.created:
                self.records[same.id] = combined(same, proposed)
                self._index(self.records[same.id])
            return same.id
        new_id = free_id(proposed.id, self.records)
        if new_id != proposed.id:
            reason = f"another {self.kind} already has the id '{proposed.id}'; check they differ"
            doubts.append(Doubt(self.kind, new_id, reason))
        self.records[new_id] = replace(proposed, id=new_id, reviewed=False)
        self.created.append(new_id)
        self._index(self.records[new_id])
        for tail in _name_tails(self.records[new_id]):
            self.by_tail.setdefault(tail, set()).add(new_id)
        return new_id

    def _find(self, proposed: Entity) -> Entity | None:
        keys = names(proposed) | set(_name_tails(proposed)) | _core_keys(proposed)
        longer = self.by_tail.get(name_key(proposed.name), set())
        candidates = (
            {proposed.id} | longer | set().union(*(self.by_name.get(name, set()) for name in keys))
        )
        for record_id in sorted(candidates, key=lambda rid: (rid != proposed.id, rid)):
            record = self.records.get(record_id)
            if record is not None and same_entity(record, proposed):
                return record
        return None

    def new_records(self) -> list[Entity]:
        return [self.records[record_id] for record_id in sorted(self.created)]
