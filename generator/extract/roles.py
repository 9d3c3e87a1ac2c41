"""Titles with no name beside them ("the Prime Minister", "his Russian counterpart").

Such a title stands for whoever held the office on the day: the archive's dated roles say who,
given the country (from the title, else the article's own country) or the organization. When
the article has already named someone with that title, the title refers back to them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc

from generator.extract.home import home_country, home_organization
from generator.extract.lexicon import DIPLOMATIC_KINDS, GROUP_SIZES, PAIR_NOUNS, TITLE_PREFIXES
from generator.extract.offices import another_office
from generator.extract.reading import Actor
from generator.extract.recent_people import last_few, listed_last, named_together, subject_pair
from generator.extract.registry import Registry
from generator.extract.titles import Title
from generator.records import Article

# Republics whose president is not the head of government that "the leader" means.
PARLIAMENTARY_REPUBLICS = {"DE", "IT", "IN", "IL", "AT", "GR", "PT", "IE", "HU", "CZ", "FI", "PK"}
HEAD_KINDS = {"head_of_state", "head_of_government"}
# Offices a country has one holder of at a time, whom a title alone can name.
SINGLE_OFFICES = {
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "spokesperson",
    "leader",
}


# What a state calls itself in its own readouts: "the President of the Republic".
STATE_WORDS = {"republic", "federation", "confederation", "state", "nation", "kingdom"}


def title_actors(
    doc: Doc,
    titles: tuple[Title, ...],
    named: tuple[Actor, ...],
    registry: Registry,
    article: Article,
    attached: frozenset[Title] = frozenset(),
    organizations: tuple[str, ...] = (),
) -> tuple[Actor, ...]:
    """An actor for each title that names an office holder but no name; `organizations` are
    the ids of those the text names ("the Secretary-General ... the United Nations said")."""
    taken = {index for actor in named for index in range(actor.start, actor.end)}
    context = _Context(doc, registry, article, named, organizations)
    actors: list[Actor] = []
    for title in titles:
        if title.past or not title.definite or title in attached:
            continue
        if _overlaps(title, taken):
            continue
        if title.kind not in DIPLOMATIC_KINDS and title.kind != "counterpart":
            continue
        actors.extend(context.elect(title) if title.elect else context.resolve(title, actors))
    return tuple(actors)


def _overlaps(title: Title, taken: set[int]) -> bool:
    return any(index in taken for index in range(title.scope_start, title.scope_end))


def kinds_match(title_kind: str, role_kind: str | None) -> bool:
    if role_kind is None:
        return False
    if title_kind == "leader":
        return role_kind in ("head_of_state", "head_of_government", "leader")
    if title_kind == "minister":
        return role_kind in ("minister", "foreign_minister")
    return title_kind == role_kind


class _Context:
    def __init__(
        self,
        doc: Doc,
        registry: Registry,
        article: Article,
        named: tuple[Actor, ...],
        named_organizations: tuple[str, ...] = (),
    ) -> None:
        self.doc, self.registry, self.named, self.article = doc, registry, named, article
        self.day = article.published
        self.home = home_country(article, registry)
        self.organization = home_organization(article, registry)
        self.named_organizations = named_organizations

    def resolve(self, title: Title, earlier: list[Actor]) -> list[Actor]:
        if self._is_pair(title):
            return self._pair(title, earlier)
        if title.kind == "counterpart":
            return self._counterpart(title, earlier)
        if title.organization and title.plural:
            return [self._organization(title)]  # "Leaders of the G20": the G20 itself
        if title.organization:
            holders = self.registry.holders(title.kind, self.day, org=title.organization)
            owner = self.registry.organizations.get(title.organization)
            return [self._actor(title, holders, owner.country if owner else None)]
        if title.plural and len(title.countries) == 1:
            return []  # "Iran's leaders": a body of people, not one office holder
        if title.countries:
            return [self._owned(title, country, earlier) for country in title.countries]
        if title.owner_words:
            return self._by_role_words(title, earlier)
        if title.plural:
            return self._pair(title, earlier)
        return self._unowned(title, earlier)

    def elect(self, title: Title) -> list[Actor]:
        """ "The President-elect of the United States": whoever takes that office next."""
        if len(title.countries) != 1 or title.kind not in SINGLE_OFFICES:
            return []
        [country] = title.countries
        incoming = self.registry.incoming(title.kind, self.day, country=country)
        if len(incoming) != 1:
            return []
        return [
            self._at(
                title,
                kind="person",
                id=incoming[0],
                role=title.text,
                role_kind=title.kind,
                country=country,
            )
        ]

    def _by_role_words(self, title: Title, earlier: list[Actor]) -> list[Actor]:
        """ "The President of the Confederation": whoever the article named with that role."""
        words = {word.lower() for word in title.owner_words}
        for actor in self._latest_first(earlier):
            role_words = set((actor.role or "").lower().split())
            if actor.id and actor.end <= title.start and words & role_words:
                return [self._copy(title, actor)]
        # "The President of the Republic" in a readout of the Elysee: France's president.
        if self.home and words <= STATE_WORDS and title.kind in SINGLE_OFFICES:
            return [self._actor(title, self._holders(title.kind, self.home, title), self.home)]
        return []

    def _owned(self, title: Title, country: str, earlier: list[Actor]) -> Actor:
        """ "The Russian minister": the one the article named, else the office holder that day."""
        for actor in self._latest_first(earlier):
            fits = actor.country == country and kinds_match(title.kind, actor.role_kind)
            if fits and actor.id and actor.end <= title.start:
                return self._copy(title, actor)
        return self._actor(title, self._holders(title.kind, country, title), country)

    def _is_pair(self, title: Title) -> bool:
        return self._group_size(title) is not None

    def _group_size(self, title: Title) -> int | None:
        """2 for "the two leaders" or "both sides", 3 for "the three leaders"."""
        head_noun = self.doc[title.end - 1].lemma_.lower()
        if head_noun not in PAIR_NOUNS:
            return None
        index = title.scope_start - 1
        # "The three countries' foreign ministers": the number counts the countries.
        while index > 0 and (
            self.doc[index].tag_ == "POS" or self.doc[index].lemma_ in ("country", "nation")
        ):
            index -= 1
        size = GROUP_SIZES.get(self.doc[index].lower_) if index >= 0 else None
        return size or self._countries_counted_after(title)

    def _countries_counted_after(self, title: Title) -> int | None:
        """ "The leaders of the six countries": the number counts the countries after."""
        head = self.doc[title.end - 1]
        for preposition in head.children:
            if preposition.dep_ != "prep" or preposition.lower_ != "of":
                continue
            for noun in preposition.children:
                if noun.lemma_.lower() not in ("country", "nation"):
                    continue
                sizes = [GROUP_SIZES.get(c.lower_) for c in noun.children if c.dep_ == "nummod"]
                return next((size for size in sizes if size), None)
        return None

    def _pair(self, title: Title, earlier: list[Actor]) -> list[Actor]:
        """ "The two leaders": the last two people named before who hold such an office; in a
        readout that names no one ("The Prime Minister spoke to the President-elect"), the
        two its titles stand for."""
        named = self._pair_among(title, self.named)
        if len(named) == (self._group_size(title) or 2):
            return named
        everyone = sorted([*self.named, *earlier], key=lambda actor: actor.start)
        return self._pair_among(title, everyone) or named

    def _pair_among(self, title: Title, people: Sequence[Actor]) -> list[Actor]:
        before = [actor for actor in people if actor.end <= title.start and actor.id]
        size = self._group_size(title)
        count = size or 2
        fitting = self._fitting(title.kind, before, size)
        listed = listed_last(self.doc, fitting, title.start)
        if self._group_size(title) is None and len(listed) > 2:
            return [self._copy(title, person) for person in listed]
        serving = [actor for actor in before if self._in_office(actor)]
        latest = last_few(fitting, count)
        subjects = subject_pair(self.doc, fitting, title.start, count)
        if not subjects and not self._in_one_sentence(latest):
            subjects = named_together(self.doc, fitting, title.start, count)
        if subjects or len(latest) == count:
            return [self._copy(title, person) for person in subjects or latest]
        if title.kind == "foreign_minister":
            return self._ministers_of(title, serving, count)
        return [self._copy(title, person) for person in last_few(serving, count)]

    def _fitting(self, kind: str, before: list[Actor], size: int | None) -> list[Actor]:
        """Those named before in such an office; "the two presidents", of Brazil and of the
        Spanish Government, are the two leaders however titled."""
        strict = [a for a in before if kinds_match(kind, a.role_kind) and self._in_office(a)]
        counted = size is not None and len(strict) < size
        if not counted or kind not in ("head_of_state", "head_of_government"):
            return strict
        return [a for a in before if kinds_match("leader", a.role_kind) and self._in_office(a)]

    def _in_one_sentence(self, people: list[Actor]) -> bool:
        return len({self.doc[person.start].sent.start for person in people}) == 1

    def _ministers_of(self, title: Title, serving: list[Actor], count: int) -> list[Actor]:
        """ "Erdogan, Niinisto and Andersson met ... the three countries' foreign ministers
        signed": the foreign ministers of the countries of those named, that day."""
        countries: list[str] = []
        for actor in reversed(serving):
            if actor.country and actor.country not in countries:
                countries.insert(0, actor.country)
            if len(countries) == count:
                break
        if len(countries) < count:
            return []
        return [self._actor(title, self._holders(title.kind, c), c) for c in countries]

    def _counterpart(self, title: Title, earlier: list[Actor]) -> list[Actor]:
        """ "His Russian counterpart": the office of the person before, in another country."""
        sentence = self.doc[title.start].sent
        before = sorted([*self.named, *earlier], key=lambda actor: actor.start)
        speakers = [a for a in before if sentence.start <= a.start < title.start]
        kind = next((a.role_kind for a in reversed(speakers) if a.role_kind), None)
        if kind is None or not title.countries:
            return []
        return [self._actor(title, self._holders(kind, c), c, kind) for c in title.countries]

    def _unowned(self, title: Title, earlier: list[Actor]) -> list[Actor]:
        """ "The President": whom the article called so before, else the last one it named,
        else the article's own country's. One title means one person through a text: in a
        Downing Street readout "The Prime Minister spoke to Prime Minister Tusk ... The Prime
        Minister said" is the British prime minister both times."""
        same = self._same_title_before(title, earlier)
        if same is not None:
            return [self._copy(title, same)]
        own = self._own_head(title)
        if own:
            return [self._actor(title, own, self.home)]
        for actor in self._latest_first(earlier):
            if actor.end <= title.start and self._same_office(title, actor) and actor.id:
                return [self._copy(title, actor)]
        if self.organization is not None:
            holders = self.registry.holders(title.kind, self.day, org=self.organization)
            if holders:
                return [self._actor(title, holders, None)]
        named_office = self._named_organization_office(title)
        if named_office:
            return [self._actor(title, named_office, None)]
        if self.home and title.kind != "leader":
            return [self._actor(title, self._holders(title.kind, self.home, title), self.home)]
        return []

    def _same_office(self, title: Title, actor: Actor) -> bool:
        """The same kind of office; for the catch-all "official", the same title and not a
        deputy's: "the Secretary-General" is neither "Farhan Haq, Deputy Spokesman for the
        Secretary-General" nor the Deputy Secretary-General."""
        role = (actor.role or "").lower()
        words = self.doc[title.start : title.end].text.lower()
        if words == "secretary":  # of State, of Defense...: whoever the text called so before
            return words in role.split()
        if not kinds_match(title.kind, actor.role_kind):
            return False
        if another_office(self.doc[title.start : title.end].text, role):
            return False
        if title.kind != "official":
            return True
        return role.startswith(words) or (words in role and role.split()[0] not in TITLE_PREFIXES)

    def _in_office(self, actor: Actor) -> bool:
        """Not "the late President Raisi" in an article on his successor; a president-elect
        is, whose office is still to come."""
        person = self.registry.people.get(actor.id or "")
        if person is None or person.role_on(self.day) is not None:
            return True
        day = self.day
        ended = any(role.end is not None and role.end < day for role in person.roles)
        to_come = any(role.start is not None and role.start > day for role in person.roles)
        return to_come or not ended

    def _same_title_before(self, title: Title, earlier: list[Actor]) -> Actor | None:
        words = self.doc[title.start : title.end].text.lower()
        for actor in earlier:
            bare = actor.implicit and actor.id and actor.text.lower() == words
            if bare and actor.end <= title.start:
                return actor
        return None

    def _own_head(self, title: Title) -> tuple[str, ...]:
        """ "Prime Minister conveyed his greetings": a title used as a name, with no article,
        is the readout's own head of government (or state)."""
        start = title.start
        article = start > 0 and self.doc[start - 1].lower_ in ("the", "a", "an", "his", "her")
        if self.home is None or article or title.kind not in HEAD_KINDS:
            return ()
        holders = self._holders(title.kind, self.home)
        return holders if len(holders) == 1 else ()

    def _named_organization_office(self, title: Title) -> tuple[str, ...]:
        """ "The Secretary-General" in a text that names the United Nations and no other
        organization with such an office: that organization's office holder."""
        orgs = self.named_organizations
        found = [self.registry.holders(title.kind, self.day, org=org) for org in orgs]
        offices = [holders for holders in found if holders]
        return offices[0] if len(offices) == 1 else ()

    def _latest_first(self, earlier: list[Actor]) -> list[Actor]:
        """People named or titled so far, the most recent first, each with the title the text
        gave them first: "Prime Minister Prayut ... Gen Prayut said" is still a prime minister."""
        people = sorted([*self.named, *earlier], key=lambda actor: actor.start)
        titled: dict[str, Actor] = {}
        for actor in people:
            if actor.id and actor.role_kind and actor.id not in titled:
                titled[actor.id] = actor
        latest = sorted(people, key=lambda actor: actor.start, reverse=True)
        return [_titled_as(actor, titled.get(actor.id or "")) for actor in latest]

    def _holders(self, kind: str, country: str, title: Title | None = None) -> tuple[str, ...]:
        if title is not None and kind in ("official", *HEAD_KINDS):
            # "The Crown Prince": the one holder of an office the archive names so; "the
            # Iranian president" is Iran's President, not its Supreme Leader, head of state.
            words = self.doc[title.start : title.end].text
            titled = self.registry.titled(words, self.day, country=country)
            if len(titled) == 1:
                return titled
            if kind == "official":
                return ()
        if kind not in SINGLE_OFFICES:
            return ()  # a country has many ambassadors and ministers: "the ambassador" is open
        if kind != "leader":
            return self.registry.holders(kind, self.day, country=country)
        return self._leader(country)

    def _leader(self, country: str) -> tuple[str, ...]:
        """A country's leader: the head of state or of government the article names, else the
        president of a presidential republic, else the head of government."""
        heads = self.registry.holders("head_of_state", self.day, country=country)
        chiefs = self.registry.holders("head_of_government", self.day, country=country)
        named_ids = {actor.id for actor in self.named}
        for candidates in (heads, chiefs):
            mentioned = [person for person in candidates if person in named_ids]
            if len(mentioned) == 1:
                return tuple(mentioned)
        presidential = heads and country not in PARLIAMENTARY_REPUBLICS
        if presidential and self._titled_president(heads[0], country):
            return heads
        return chiefs or heads

    def _titled_president(self, person_id: str, country: str) -> bool:
        role = self.registry.people[person_id].role_on(self.day)
        return bool(role and "president" in role.title.lower())

    def _actor(
        self, title: Title, holders: tuple[str, ...], country: str | None, kind: str | None = None
    ) -> Actor:
        person = holders[0] if len(holders) == 1 else None
        role = self.registry.people[person].role_on(self.day) if person else None
        return self._at(
            title,
            kind="person",
            id=person,
            role=role.title if role else title.text,
            role_kind=kind or title.kind,
            country=country or self.registry.person_country(person or "", self.day),
        )

    def _organization(self, title: Title) -> Actor:
        return self._at(title, kind="organization", id=title.organization)

    def _copy(self, title: Title, actor: Actor) -> Actor:
        return self._at(
            title,
            kind="person",
            id=actor.id,
            role=actor.role,
            role_kind=actor.role_kind,
            country=actor.country,
            known=actor.known,
        )

    def _at(self, title: Title, **fields: Any) -> Actor:
        """An actor standing where the title stands in the text."""
        text = self.doc[title.scope_start : title.scope_end].text
        return Actor(
            start=title.scope_start, end=title.scope_end, text=text, implicit=True, **fields
        )


def _titled_as(actor: Actor, first: Actor | None) -> Actor:
    if actor.role_kind or first is None:
        return actor
    return replace(actor, role=first.role, role_kind=first.role_kind)
