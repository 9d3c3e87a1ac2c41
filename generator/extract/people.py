"""People named in an article: one id per real person, whatever form of the name is used.

A full name opens a cluster; a later surname ("Lavrov") or another transliteration ("Sergey"
for "Sergei") joins it. A name the archive knows resolves to its record, else the person is
new and gets a slug of the fullest form of the name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from generator.extract.mentions import Name
from generator.extract.names import name_keys, slugify
from generator.extract.registry import Registry


@dataclass(slots=True)
class Cluster:
    """Every form of one person's name in an article."""

    id: str
    keys: tuple[str, ...]
    known: bool
    forms: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # where its full name is written

    def add(self, text: str) -> None:
        if text not in self.forms:
            self.forms.append(text)

    @property
    def full_name(self) -> str:
        return max(self.forms, key=lambda form: (len(form.split()), len(form)))


def cluster_people(
    names: tuple[Name, ...], registry: Registry, sentence_of: Callable[[int], int]
) -> dict[int, Cluster]:
    """The cluster of each person name, keyed by the name's start token.

    Full names are read first, so that a surname used before the full name ("Lavrov ...
    Sergei Lavrov") still joins it. `sentence_of` gives a token's sentence number.
    """
    people = [name for name in names if name.label == "PERSON"]
    clusters: list[Cluster] = []
    found: dict[int, Cluster] = {}
    full = [name for name in people if len(name_keys(name.text)) > 1]
    short = [name for name in people if len(name_keys(name.text)) == 1]
    for name in full:
        found[name.start] = _full_name_cluster(name, clusters, registry)
    for name in short:
        found[name.start] = _short_name_cluster(name, clusters, registry, sentence_of)
    for name in people:
        if name.start in found:
            found[name.start].add(name.text)
    return found


def _full_name_cluster(name: Name, clusters: list[Cluster], registry: Registry) -> Cluster:
    keys = name_keys(name.text)
    record = name.record or registry.person_named(name.text)
    for cluster in clusters:
        if (record and cluster.id == record) or (not record and _compatible(keys, cluster.keys)):
            cluster.starts.append(name.start)
            return cluster
    if record:
        person = registry.people[record]
        cluster = Cluster(record, name_keys(person.name), True)
    else:
        cluster = Cluster(_new_id(name.text, clusters, registry), keys, False)
    cluster.starts.append(name.start)
    clusters.append(cluster)
    return cluster


def _short_name_cluster(
    name: Name, clusters: list[Cluster], registry: Registry, sentence_of: Callable[[int], int]
) -> Cluster:
    """A one-word name is whoever in the article bears it, else the one archive person."""
    key = name_keys(name.text)[0]
    for position in (-1, 0):
        bearers = [c for c in clusters if c.keys and c.keys[position] == key]
        if len(bearers) == 1:
            return bearers[0]
        bearer = _bearer_before(bearers, name.start, sentence_of)
        if bearer is not None:
            return bearer
    record = name.record or registry.person_named(name.text)
    for cluster in clusters:
        if cluster.id == record or (cluster.keys == (key,)):
            return cluster
    if record:
        cluster = Cluster(record, name_keys(registry.people[record].name), True)
    else:
        cluster = Cluster(_new_id(name.text, clusters, registry), (key,), False)
    clusters.append(cluster)
    return cluster


def _bearer_before(
    bearers: list[Cluster], index: int, sentence_of: Callable[[int], int]
) -> Cluster | None:
    """ "Her Chinese counterpart Wang Yi ... Wong held talks with Wang ... spokesperson Wang
    Wenbin": of two people with that name, the one named in full last before it in that
    sentence; in a later sentence, the one the article named first ("North Korean
    leader Kim Jong-un ... Kim Dae-jung met Kim Jong-il in 2000 ... a meeting between Kim and
    Trump" is Kim Jong-un), as reports name anyone else in full."""
    named = [
        (max(s for s in c.starts if s < index), min(c.starts), c)
        for c in bearers
        if any(s < index for s in c.starts)
    ]
    if not named:
        return None
    last, _, latest = max(named, key=lambda item: item[0])
    if sentence_of(index) == sentence_of(last):
        return latest
    return min(named, key=lambda item: item[1])[2]


def _compatible(keys: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Same surname, and first names equal or one an initial of the other."""
    if not keys or not other or keys[-1] != other[-1]:
        return False
    first, other_first = keys[0], other[0]
    return first == other_first or first[:1] == other_first or other_first[:1] == first


def _new_id(text: str, clusters: list[Cluster], registry: Registry) -> str:
    slug = slugify(text)
    taken = {cluster.id for cluster in clusters} | set(registry.people)
    candidate, number = slug, 2
    while candidate in taken:
        candidate, number = f"{slug}-{number}", number + 1
    return candidate
