"""From a parsed article to a `Reading`: every actor, place and organization, resolved.

People come from names (clustered, see `people`) and from titles with no name (`roles`);
countries from their names, demonyms, and capitals or seats that stand for a government;
places from names used as locations. Titles beside a name give that person's role and country.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, replace

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from generator.extract.home import home_country, self_named
from generator.extract.lexicon import HONORIFICS, INSTITUTION_WORDS
from generator.extract.mentions import Name, names_in
from generator.extract.names import POSSESSIVE_ENDINGS, name_keys, slugify
from generator.extract.people import Cluster, cluster_people
from generator.extract.places import countries_and_places
from generator.extract.reading import (
    Actor,
    NewPerson,
    OrgMention,
    Reading,
    with_home_officials,
)
from generator.extract.registry import Registry, role_kind
from generator.extract.roles import title_actors
from generator.extract.titled_names import MAX_TITLE_TAIL, names_after_titles
from generator.extract.titles import Owners, Title, find_titles
from generator.records import Article

ACTING_ORG_KINDS = {"international", "government"}
APPOSITION_FILLERS = {"the", "his", "her", "its", "their", "'s", "’s"}
# How many words a title's "for"/"of" phrase may run before the name it introduces.

# The role of someone introduced as another's counterpart, by the other's kind of office.
COUNTERPART_TITLES = {
    "foreign_minister": "Foreign Minister",
    "head_of_state": "President",
    "head_of_government": "Prime Minister",
    "minister": "Minister",
    "diplomat": "Diplomat",
    "spokesperson": "Spokesperson",
    "leader": "Leader",
    "official": "Official",
}
TAIL_LINKS = {"and", "of", "for", "the", "&"}
# Names that end a title's portfolio: a person or a country is no part of one.
PORTFOLIO_BREAKS = {"PERSON", "COUNTRY", "DEMONYM", "CAPITAL", "GPE", "NORP"}


@dataclass(frozen=True, slots=True)
class Attached:
    title: Title
    country: str | None
    also: Title | None = None  # a title joined to it by "and", of the same person


def read_entities(
    doc: Doc, article: Article, registry: Registry, title_matcher: PhraseMatcher
) -> Reading:
    names = names_in(doc, registry)
    titles = find_titles(doc, title_matcher, _owners(names))
    names = names_after_titles(doc, names, titles)
    starts = [sentence.start for sentence in doc.sents]
    clusters = cluster_people(names, registry, lambda index: bisect_right(starts, index) - 1)
    people, new_people, attached = _person_actors(doc, names, clusters, titles, registry, article)
    organizations = _organizations(doc, names, titles, registry)
    named_orgs = tuple(dict.fromkeys(org.id for org in organizations if org.id))
    implicit = title_actors(doc, titles, people, registry, article, attached, named_orgs)
    countries, places = countries_and_places(doc, names, titles, registry)
    in_titles = {i for title in titles for i in range(title.scope_start, title.scope_end)}
    org_actors = tuple(
        _org_actor(org)
        for org in organizations
        if org.kind in ACTING_ORG_KINDS and org.start not in in_titles  # "UN chief": the person
    )
    home = home_country(article, registry)
    kingdoms, places = self_named(doc, home, places)
    everyone = (*people, *implicit, *countries, *kingdoms, *org_actors)
    actors = sorted(everyone, key=lambda a: (a.start, a.end))
    reading = Reading(
        doc=doc,
        article=article,
        registry=registry,
        actors=tuple(actors),
        places=places,
        organizations=organizations,
        titles=titles,
        new_people=new_people,
        home=home,
    )
    return with_home_officials(reading)


def _owners(names: tuple[Name, ...]) -> Owners:
    countries: dict[int, str] = {}
    organizations: dict[int, str] = {}
    for name in names:
        if name.record and name.label in ("COUNTRY", "DEMONYM", "CAPITAL", "SEAT"):
            countries.update(dict.fromkeys(range(name.start, name.end), name.record))
        elif name.record and name.label == "ORGANIZATION":
            organizations.update(dict.fromkeys(range(name.start, name.end), name.record))
    return Owners(countries, organizations)


def _person_actors(
    doc: Doc,
    names: tuple[Name, ...],
    clusters: dict[int, Cluster],
    titles: tuple[Title, ...],
    registry: Registry,
    article: Article,
) -> tuple[tuple[Actor, ...], dict[str, NewPerson], frozenset[Title]]:
    actors: list[Actor] = []
    new_people: dict[str, NewPerson] = {}
    people = [name for name in names if name.label == "PERSON" and name.start in clusters]
    attached: dict[int, Attached] = {}
    countries = _owners(names).countries
    for name in people:
        attached_title = _attached_title(doc, name, titles, people, attached, countries)
        if attached_title:
            attached[name.start] = attached_title
        cluster = clusters[name.start]
        _known_by_title(cluster, attached_title, registry, article.published)
        actor = _person_actor(doc, name, cluster, attached_title, registry, article)
        actor = _as_counterpart(doc, actor, actors)
        actors.append(actor)
        if not cluster.known:
            new_people[cluster.id] = _new_person(cluster, actor, new_people.get(cluster.id))
    titled = frozenset(t for a in attached.values() for t in (a.title, a.also) if t)
    return _with_roles_of_the_article(actors), new_people, titled


def _known_by_title(
    cluster: Cluster, attached: Attached | None, registry: Registry, day: dt.date
) -> None:
    """ "His Majesty King Abdullah": a one-word name the archive gives several people is the
    one of them who held that title that day."""
    if cluster.known or attached is None or len(cluster.keys) != 1:
        return
    found = registry.titled_bearer(attached.title.text, cluster.keys[0], day)
    if found is not None:
        cluster.id, cluster.known = found, True
        cluster.keys = name_keys(registry.people[found].name)


def _with_roles_of_the_article(actors: list[Actor]) -> tuple[Actor, ...]:
    """ "Cambodian Foreign Minister Sok Chenda ... Sok Chenda said", "President-elect Masoud
    Pezeshkian ... congratulated Masoud Pezeshkian": a mention with no role takes the role
    and country the article first gave the same person."""
    titled = {actor.id: actor for actor in reversed(actors) if actor.id and actor.role_kind}
    return tuple(_as_titled(actor, titled.get(actor.id or "")) for actor in actors)


def _as_titled(actor: Actor, titled: Actor | None) -> Actor:
    if actor.role_kind is not None or titled is None:
        return actor
    country = actor.country or titled.country
    return replace(actor, role=titled.role, role_kind=titled.role_kind, country=country)


def _as_counterpart(doc: Doc, actor: Actor, before: list[Actor]) -> Actor:
    """ "Lavrov and his Ukrainian counterpart Dmytro Kuleba": Kuleba holds the office Lavrov
    holds, in his own country."""
    if actor.role_kind != "counterpart":
        return actor
    sentence = doc[actor.start].sent
    peers = [a for a in before if a.start >= sentence.start and a.role_kind != "counterpart"]
    kind = next((a.role_kind for a in reversed(peers) if a.role_kind), None)
    if kind is None:
        return actor
    return replace(actor, role=COUNTERPART_TITLES.get(kind, actor.role), role_kind=kind)


def _person_actor(
    doc: Doc,
    name: Name,
    cluster: Cluster,
    attached: Attached | None,
    registry: Registry,
    article: Article,
) -> Actor:
    title = attached.title if attached and not attached.title.past else None
    role = registry.role_around(cluster.id, article.published) if cluster.known else None
    if title is not None and title.elect:
        role = None  # "President-elect Pezeshkian": not yet the office the archive dates
    country = registry.person_country(cluster.id, article.published) if cluster.known else None
    return Actor(
        kind="person",
        id=cluster.id,
        start=name.start,
        end=name.end,
        text=name.text,
        role=role.title if role else (title.text if title else None),
        role_kind=role_kind(role) if role else (title.kind if title else None),
        country=country or (attached.country if attached else None) or _possessor(doc, name),
        known=cluster.known,
        title_words=_title_words(attached),
    )


def _possessor(doc: Doc, name: Name) -> str | None:
    """ "Paraguay's Mario Abdo Benitez": the country whose person the text says he is."""
    if name.start < 2 or doc[name.start - 1].lower_ not in POSSESSIVE_ENDINGS:
        return None
    owner = doc[name.start - 2]
    return owner.ent_id_ if owner.ent_type_ == "COUNTRY" and owner.ent_id_ else None


def _title_words(attached: Attached | None) -> tuple[int, int] | None:
    if attached is None:
        return None
    first = attached.also or attached.title
    return (min(first.start, attached.title.start), attached.title.end)


def _new_person(cluster: Cluster, actor: Actor, previous: NewPerson | None) -> NewPerson:
    return NewPerson(
        id=cluster.id,
        name=cluster.full_name,
        forms=tuple(cluster.forms),
        role=(previous.role if previous and previous.role else actor.role),
        role_kind=(previous.role_kind if previous and previous.role_kind else actor.role_kind),
        country=(previous.country if previous and previous.country else actor.country),
    )


def _attached_title(
    doc: Doc,
    name: Name,
    titles: tuple[Title, ...],
    people: list[Name],
    attached: dict[int, Attached],
    countries: dict[int, str],
) -> Attached | None:
    """The title just before a name, or in apposition after it, or shared with the name
    before ("Presidents of Russia and the United States Vladimir Putin and Donald Trump"), or
    with its country ("The presidents of Venezuela, Nicolás Maduro, and Guyana, Irfaan Ali")."""
    start = name.start
    while start > 0 and doc[start - 1].lower_ in HONORIFICS:
        start -= 1
    nearest_first = sorted(titles, key=lambda title: -title.start)
    for title in nearest_first:
        if title.scope_end > start:
            continue
        before = title.scope_end == start or _named_after(doc, title, start)
        if before or _named_after_tail(doc, name, title):
            return _with_conjoined(doc, title, titles)
    for title in titles:
        if _in_apposition(doc, name, title):
            return Attached(title, _nth(title.countries, 0))
    return _shared_title(doc, name, people, attached) or _title_of_country_before(
        doc, name, titles, countries
    )


def _title_of_country_before(
    doc: Doc, name: Name, titles: tuple[Title, ...], countries: dict[int, str]
) -> Attached | None:
    """ "The presidents of Venezuela, Nicolás Maduro, and Guyana, Irfaan Ali": the name after
    a country the plural title's "of" names is that country's holder of the title."""
    if name.start < 2 or doc[name.start - 1].text != ",":
        return None
    country = countries.get(name.start - 2)
    if country is None:
        return None
    owner = doc[name.start - 2]
    for title in titles:
        head = doc[title.end - 1]
        if title.plural and title.end <= owner.i and owner in head.subtree:
            return Attached(title, country)
    return None


def _with_conjoined(doc: Doc, title: Title, titles: tuple[Title, ...]) -> Attached:
    """ "Cambodian Deputy Prime Minister and Minister of Foreign Affairs Sok Chenda": both
    titles are the one person's, and the first says whose. Two of one kind of office are two
    people: "The Prime Minister and Premier Li witnessed the signing"."""
    country = _nth(title.countries, 0)
    for other in titles:
        joined = other.scope_end + 1 == title.scope_start and doc[other.scope_end].lower_ == "and"
        if joined and not other.plural and other.kind != title.kind:
            return Attached(title, country or _nth(other.countries, 0), other)
    return Attached(title, country)


def _named_after(doc: Doc, title: Title, start: int) -> bool:
    """ "The President of the Swiss Confederation, Guy Parmelin": the name in apposition."""
    end = title.scope_end
    return start == end + 1 and doc[end].text == ","


def _named_after_tail(doc: Doc, name: Name, title: Title) -> bool:
    """ "China's special envoy for Eurasian affairs Li Hui": the name in apposition to the
    title's head word, after the title's own "for"/"of" phrase."""
    root = doc[name.start : name.end].root
    between = doc[title.scope_end : name.start]
    if not 0 < len(between) <= MAX_TITLE_TAIL:
        return False
    if _capitalised_tail(between) or _listed_portfolio(between):
        return True  # "Minister of Foreign Affairs and International Cooperation Sok Chenda"
    if between[0].dep_ != "prep":
        return False
    return root.dep_ == "appos" and root.head.i == title.end - 1


def _capitalised_tail(words: Span) -> bool:
    """ "of Foreign Affairs and International Cooperation"; not a bare "and" ("the three
    leaders and Stoltenberg": Stoltenberg is no leader of theirs)."""
    if words[0].lower_ not in TAIL_LINKS or all(w.lower_ in TAIL_LINKS for w in words):
        return False
    return all(
        w.lower_ in TAIL_LINKS or (w.text[:1].isupper() and w.pos_ == "PROPN") for w in words
    )


def _listed_portfolio(words: Span) -> bool:
    """ "Minister for Foreign Affairs, European Union and Cooperation, José Manuel Albares":
    the rest of the portfolio, set off by commas, between the title and the name."""
    inner = words[1:-1]
    if len(inner) < 3 or words[0].text != "," or words[-1].text != ",":
        return False
    if not any(w.lower_ == "and" for w in inner) or inner[-1].lower_ == "and":
        return False
    # Not "the presidents of Venezuela, Nicolás Maduro, and Guyana, Irfaan Ali".
    if any(w.ent_type_ in PORTFOLIO_BREAKS for w in inner):
        return False
    return all(w.lower_ == "and" or w.text == "," or w.text[:1].isupper() for w in inner)


def _in_apposition(doc: Doc, name: Name, title: Title) -> bool:
    if name.end >= len(doc) or doc[name.end].text != "," or title.scope_start <= name.end:
        return False
    between = doc[name.end + 1 : title.scope_start]
    if not (_fillers(between) or _owned_by_a_common_noun(between)):
        return False
    # "Ali Shamkhani, the Saudi national security adviser, Musaed al-Aiban": the title
    # introduces the next name, not this one.
    after = title.scope_end
    return not (after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].pos_ == "PROPN")


def _fillers(words: Span) -> bool:
    return len(words) <= 2 and all(t.lower_ in APPOSITION_FILLERS for t in words)


def _owned_by_a_common_noun(words: Span) -> bool:
    """ "Nechirvan Barzani, the region's president": a title whose owner is no country."""
    return (
        len(words) == 3
        and words[0].lower_ == "the"
        and words[1].pos_ == "NOUN"
        and words[2].lower_ in ("'s", "’s")
    )


def _shared_title(
    doc: Doc, name: Name, people: list[Name], attached: dict[int, Attached]
) -> Attached | None:
    if name.start < 2 or doc[name.start - 1].lower_ not in ("and", ","):
        return None
    previous = next((p for p in people if p.end == name.start - 1), None)
    shared = attached.get(previous.start) if previous else None
    if shared is None or not shared.title.plural:
        return None
    position = sum(1 for index in attached if attached[index].title is shared.title)
    return Attached(shared.title, _nth(shared.title.countries, position))


def _nth(countries: tuple[str, ...], index: int) -> str | None:
    if len(countries) == 1:
        return countries[0]
    return countries[index] if index < len(countries) else None


def _organizations(
    doc: Doc, names: tuple[Name, ...], titles: tuple[Title, ...], registry: Registry
) -> tuple[OrgMention, ...]:
    found: list[OrgMention] = []
    for name in names:
        if name.label == "ORGANIZATION" and name.record:
            org = registry.organizations[name.record]
            found.append(OrgMention(org.id, name.start, name.end, name.text, org.kind, org.country))
        elif name.label == "ORG" and _institution(doc, name):
            found.append(_new_org(doc, name, registry))
    return tuple(found)


def _institution(doc: Doc, name: Name) -> bool:
    words = [token.lower_ for token in doc[name.start : name.end]]
    return len(words) > 1 and any(word in INSTITUTION_WORDS for word in words)


def _new_org(doc: Doc, name: Name, registry: Registry) -> OrgMention:
    country = next(
        (
            registry.country_code(t.text)
            for t in doc[name.start : name.end]
            if t.text[:1].isupper() and registry.country_code(t.text)
        ),
        None,
    )
    kind = "government" if country else "other"
    return OrgMention(slugify(name.text), name.start, name.end, name.text, kind, country, False)


def _org_actor(org: OrgMention) -> Actor:
    return Actor(
        kind="organization",
        id=org.id,
        start=org.start,
        end=org.end,
        text=org.text,
        country=org.country,
        known=org.known,
    )
