"""Event mentions grouped into the real events they report.

An article names one event many times: "talks with Pompeo", "the Lavrov-Pompeo negotiations",
"the meeting took place behind closed doors". A mention that names its sides opens an event or
joins one with the same sides, kind and date; a mention that names no sides ("the meeting",
"during the call") refers back to the latest event of its kind. A mention dated differently
("their first summit, last summer") is another event.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from generator.extract.announced import SUMMIT_REACH, announced_by, ordinals_clash
from generator.extract.arguments import diplomatic
from generator.extract.candidates import Candidate, is_complete
from generator.extract.cluster_sides import (
    countries_of,
    fits_within,
    halves_joined,
    other_envoy,
    other_plan,
    same_sides,
    visit_to_a_gathering,
)
from generator.extract.reading import Actor, PlaceMention
from generator.records import DateSpan

# Kinds of event that one real event can be reported as.
FAMILIES = dict.fromkeys(("meeting", "talks", "summit", "visit"), "in person")
# More sides than this, at a meeting the text also calls "the summit", make it that summit.
MANY_SIDES = 3
# An undated report of what happened is news: a date this long before publication is
# another, earlier event ("Putin, on a visit to Mongolia ... last visited in 2019").
NEWS_REACH = dt.timedelta(days=30)
# A mention joins an undated report of the day's news only when dated this close to it:
# "travelled to China last month" is not Wang Yi's visit that the news is about.
JOIN_REACH = dt.timedelta(days=14)


@dataclass(slots=True)
class Cluster:
    published: dt.date
    members: list[Candidate] = field(default_factory=list)

    @property
    def seed(self) -> Candidate:
        return self.members[0]

    @property
    def type(self) -> str:
        """The type of the first mention, unless the text calls it a summit somewhere, calls
        "their first conversation" a phone call, or a meeting a visit."""
        summits = [m for m in self.members if m.type == "summit" and not m.trigger.attends]
        # "The meeting ... brought together Xi, Putin, Sharif ... The summit capped a busy
        # week": leaders of many countries, named a summit again; three leaders who meet
        # beside a summit ("a tripartite meeting") are a meeting still.
        many = len(self.sides) > MANY_SIDES
        summit = any(is_complete(m) for m in summits) or (bool(summits) and many)
        if summit and _family(self.seed.type) == "in person":
            return "summit"
        if self.seed.trigger.soft and any(m.type == "phone_call" for m in self.members):
            return "phone_call"
        if self.seed.type == "meeting" and any(self._told_as_visit(m) for m in self.members):
            return "visit"  # "they last met in Dublin, when the PM made his first visit"
        return self.seed.type

    def _told_as_visit(self, member: Candidate) -> bool:
        return member.type == "visit" and member.related == self.seed.trigger.index

    @property
    def occurred(self) -> bool:
        return self.seed.occurred

    @property
    def actors(self) -> tuple[Actor, ...]:
        """Every side's actors, in the order the text first names them."""
        seen: dict[tuple[str, str], Actor] = {}
        for member in self.members:
            for actor in sorted(member.actors, key=lambda a: a.start):
                seen.setdefault((actor.kind, actor.id or actor.side), actor)
        return tuple(seen.values())

    @property
    def people(self) -> set[str]:
        return {a.id for a in self.actors if a.kind == "person" and a.id}

    @property
    def sides(self) -> set[str]:
        return {actor.side for actor in self.actors}

    @property
    def date_member(self) -> Candidate | None:
        """The mention whose date is the event's: its own before a borrowed one, exact first."""
        dated = [m for m in self.members if m.date is not None]
        if not self.occurred:
            dated = [m for m in dated if is_complete(m)]  # "the coming weeks" of other plans
        if not dated:
            return None
        return min(dated, key=lambda m: (m.date_borrowed, not is_complete(m), not m.date.exact))

    @property
    def own_date(self) -> DateSpan | None:
        member = self.date_member
        return member.date.span if member and member.date else None


def cluster_candidates(
    candidates: tuple[Candidate, ...], published: dt.date
) -> tuple[Cluster, ...]:
    clusters: list[Cluster] = []
    latest: list[Cluster] = []
    pending: list[Candidate] = []
    for candidate in halves_joined(candidates):
        candidate = _with_joint_partners(candidate, latest)
        target = _home_for(candidate, clusters, latest)
        announced = announced_by(candidate, pending) if target is None else []
        # "X and Y attended" opens no event of its own, only completes one announced before;
        # nor do people the text gives no office ("Wang Huning was present at the meeting").
        joining = candidate.trigger.attends or candidate.listed
        opens = announced or not (joining or _too_few_officials(candidate))
        if target is None and is_complete(candidate) and opens:
            target = Cluster(published, announced)
            clusters.append(target)
            pending = [earlier for earlier in pending if earlier not in announced]
        if target is not None:
            target.members.append(candidate)
            latest.append(target)
        else:
            pending.append(candidate)
    return tuple(clusters)


def _too_few_officials(candidate: Candidate) -> bool:
    """Without the people of no office it names, the mention is no event of its own."""
    return not is_complete(replace(candidate, actors=diplomatic(candidate.actors)))


def _with_joint_partners(candidate: Candidate, latest: list[Cluster]) -> Candidate:
    """ "A joint press conference after the talks": the speaker's partners in the talks.
    "The two sides signed four agreements": the sides of the talks just told."""
    if not candidate.trigger.joint or len(candidate.sides) > 1:
        return candidate
    if not candidate.sides:
        in_person = [c for c in reversed(latest) if _family(c.type) == "in person"]
        # "Albares met Bourita yesterday ... At the end of the plenary session, the two
        # governments signed": the day's talks, not the day before's told in between.
        todays = [c for c in in_person if _recent(c, candidate) and not _days_from_news(c)]
        told = next(iter(todays or in_person), None)
        if told is None or not _recent(told, candidate) or told.occurred != candidate.occurred:
            return candidate
        related = candidate.related if candidate.related is not None else told.seed.trigger.index
        return replace(candidate, actors=_heads(told.actors), related=related)
    speakers = {a.id for a in candidate.actors}
    for cluster in reversed(latest):
        if _family(cluster.type) == "in person" and speakers & cluster.people:
            # The other side's head, not the ministers who sat in on the talks.
            partners = _heads(tuple(a for a in cluster.actors if a.side not in candidate.sides))
            return replace(candidate, actors=(*candidate.actors, *partners))
    return candidate


def _heads(actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """Each side's first-named actor."""
    heads = {actor.side: actor for actor in reversed(actors)}
    return tuple(actor for actor in actors if heads[actor.side] is actor)


def _home_for(
    candidate: Candidate, clusters: list[Cluster], latest: list[Cluster]
) -> Cluster | None:
    within = _held_during(candidate, clusters)
    if within is not None:
        return within
    if candidate.trigger.attends and candidate.related is not None:
        return None  # "talks, in which X took part" completes those talks, told just before
    if candidate.trigger.again:  # "who signed the Agreement as guarantors"
        signing = next((c for c in reversed(latest) if c.type == candidate.type), None)
        if signing is not None and _may_join(signing, candidate):
            return signing
    if is_complete(candidate):
        same = next((c for c in clusters if _same_event(c, candidate)), None)
        if same is None and candidate.trigger.soft and candidate.date is None:
            # "Trump spoke with Zelensky. Rutte joined ... familiar with the conversation".
            same = next((c for c in reversed(latest) if _refers_back(c, candidate)), None)
        return same or (_joined(candidate, latest) if candidate.joins else None)
    if candidate.joins and candidate.actors:
        # "Vieira, who attended the meeting": one more person of a side already there.
        joined = _joined(candidate, latest)
        if joined is not None:
            return joined
    # "Sunak also held bilateral talks with Modi ... The summit closes on Sunday": where the
    # text has told of a summit, "the summit" is that one, not the talks.
    summits = [c for c in clusters if any(m.type == "summit" for m in c.members)]
    eligible = [
        cluster
        for cluster in reversed(latest)
        if not (candidate.type == "summit" and summits and cluster not in summits)
        and _refers_back(cluster, candidate)
    ]
    # "Their first meeting since June 2013, when they met at the G8 summit. The talks were
    # constructive": an undated mention is the day's news, not the background just told.
    news = [c for c in eligible if candidate.date is not None or not _background(c)]
    # "Putin held talks with Xi ... The day before, they had a meeting ... Following the
    # talks, they signed": the word named again is the event first told by it.
    pool = news or eligible
    told_so = [c for c in pool if any(_told_alike(m, candidate) for m in c.members)]
    return (told_so or pool or [None])[0]


def _told_alike(member: Candidate, mention: Candidate) -> bool:
    """Told by the same kind of word: "the talks" is not "the discussion held by Putin,
    Merkel and Hollande on February 6" told in between."""
    return member.type == mention.type and (mention.trigger.soft or not member.trigger.soft)


def _background(cluster: Cluster) -> bool:
    span = cluster.own_date
    return span is not None and span.end < cluster.published - NEWS_REACH


def _held_during(candidate: Candidate, clusters: list[Cluster]) -> Cluster | None:
    """ "A state visit, during which the two leaders would hold talks": part of the visit."""
    if candidate.related is None or candidate.sequenced:
        return None
    for cluster in clusters:
        if any(member.trigger.index == candidate.related for member in cluster.members):
            # Who "took part in" an event adds to it, whoever they are, whatever its kind.
            if candidate.trigger.attends:
                return cluster
            same_kind = _family(cluster.type) == _family(candidate.type)
            return cluster if same_kind and fits_within(cluster, candidate) else None
    return None


def _joined(candidate: Candidate, latest: list[Cluster]) -> Cluster | None:
    """ "Moniz and Salehi joined the talks", "the summit brought together Xi, Modi...": more
    people in the event last reported; "Blinken joined President Biden": the event last
    reported with Biden in it."""
    open_to = [cluster for cluster in reversed(latest) if _may_join(cluster, candidate)]
    if candidate.date is None:  # "Kerry and Lavrov also attended the meeting": the news
        open_to.sort(key=_background)
    people = {a.id for a in candidate.actors if a.kind == "person" and a.id}
    with_them = sorted((c for c in open_to if people & c.people), key=_days_from_news)
    if candidate.trigger.ceremony:  # "attended the ceremony": the signing told as one
        with_them = [c for c in open_to if _told_as_ceremony(c)] or with_them
    if with_them and candidate.trigger.attends:
        return with_them[0]
    for cluster in open_to:
        # "The summit" named again, or "Faisal and Al-Aiban attended the start of the meeting".
        # "X and Y were among the leaders attending", paragraphs after the summit's report.
        named_again = candidate.trigger.attends or (
            (candidate.type == "summit" or candidate.joins) and _recent(cluster, candidate)
        )
        return cluster if named_again or candidate.sides & cluster.sides else None
    return None


def _told_as_ceremony(cluster: Cluster) -> bool:
    return any("ceremony" in member.evidence.lower() for member in cluster.members)


def _days_from_news(cluster: Cluster) -> int:
    """How long before the article's news the event was: "Jaishankar, who accompanied the
    Prime Minister" was on the trip the article reports, not on the one of last month."""
    span = cluster.own_date
    return 0 if span is None else abs((cluster.published - span.end).days)


def _may_join(cluster: Cluster, candidate: Candidate) -> bool:
    kind_agrees = (
        _family(cluster.type) == _family(candidate.type)
        or _present_at(cluster, candidate)
        or _video_call_named_again(cluster, candidate)
        # "Harris also took part in the conversation": the call just told.
        or (candidate.trigger.soft and cluster.type == "phone_call" and _recent(cluster, candidate))
    )
    if not kind_agrees or cluster.occurred != candidate.occurred:
        return False
    if _summit_of_another(cluster, candidate) or _elsewhere(cluster, candidate):
        return False  # "Xi also attended the summit in Rio", after his meeting in Lima
    if ordinals_clash(cluster.members, candidate):
        return False
    # "In May, the two leaders were both attending the G7 summit"
    return candidate.date_borrowed or _dates_agree(cluster, candidate)


def _present_at(cluster: Cluster, candidate: Candidate) -> bool:
    """ "Wang Yi and Qin Gang were present", just after a call: officials at that call."""
    joint = cluster.type in ("phone_call", "agreement_signing")
    if candidate.trigger.ceremony and cluster.type == "agreement_signing":
        return True  # "Niinistö and Kaikkonen attended the ceremony", after the quotes
    return candidate.trigger.attends and joint and _recent(cluster, candidate)


def _summit_of_another(cluster: Cluster, candidate: Candidate) -> bool:
    """A summit named again joins an event the text has called a summit, not a meeting."""
    if candidate.type != "summit" or candidate.trigger.attends:  # "also took part"
        return False
    return all(m.type != "summit" for m in cluster.members)


def _elsewhere(cluster: Cluster, candidate: Candidate) -> bool:
    """Held in another city than the event it would join ("in Lima" and "in Rio")."""
    here = candidate.place
    if here is None or here.kind != "city":
        return False
    places = [m.place for m in cluster.members if m.place and m.place.kind == "city"]
    return bool(places) and not any(_same_city(here, place) for place in places)


def _same_city(one: PlaceMention, other: PlaceMention) -> bool:
    """ "Nara" and "Nara Prefecture" name one place; so does a city the text names twice."""
    if one.id == other.id:
        return True
    first, second = one.text.lower(), other.text.lower()
    return first in second or second in first


def _recent(cluster: Cluster, candidate: Candidate) -> bool:
    return candidate.sentence - cluster.members[-1].sentence <= SUMMIT_REACH


def _same_event(cluster: Cluster, candidate: Candidate) -> bool:
    return (
        not _timed_by(cluster, candidate)
        and not candidate.later
        and not ordinals_clash(cluster.members, candidate)
        and not _elsewhere(cluster, candidate)
        and _kinds_agree(cluster, candidate)
        and cluster.occurred == candidate.occurred
        and same_sides(cluster, candidate)
        and _dates_agree(cluster, candidate)
        and not other_plan(cluster, candidate)
        and not other_envoy(cluster, candidate)
    )


def _refers_back(cluster: Cluster, candidate: Candidate) -> bool:
    """ "The meeting", "during the call", "these talks": the latest event of that kind."""
    return (
        not _timed_by(cluster, candidate)
        and not ordinals_clash(cluster.members, candidate)
        and not _elsewhere(cluster, candidate)
        and not visit_to_a_gathering(cluster, candidate)
        and _kinds_agree(cluster, candidate)
        and cluster.occurred == candidate.occurred
        and _people_of(cluster, candidate)
        and candidate.sides <= cluster.sides | countries_of(cluster)
        and _dates_agree(cluster, candidate)
    )


def _people_of(cluster: Cluster, candidate: Candidate) -> bool:
    """Everyone the mention names is in the event already, or, in an event of countries
    only, of one of them ("Israel, the UAE and Bahrain signed ... Netanyahu signed")."""
    people = [a for a in candidate.actors if a.kind == "person" and a.id]
    if cluster.people:
        return {a.id for a in people} <= cluster.people
    return all(
        a.country is not None and a.country in cluster.sides and a.role_kind != "spokesperson"
        for a in people
    )


def _timed_by(cluster: Cluster, candidate: Candidate) -> bool:
    """ "Before the talks, Li Qiang met Sok Chenda": an event timed by another is not it. A
    visit holds every step of it ("following the welcoming ceremony, they held talks")."""
    if cluster.type == "visit" and candidate.type != "visit":
        return False
    return candidate.sequenced and any(
        member.trigger.index == candidate.related for member in cluster.members
    )


def _kinds_agree(cluster: Cluster, candidate: Candidate) -> bool:
    """Same family of event; a "conversation" or "discussion" is also the call it follows,
    and "the meeting" the call by video link it follows."""
    if _family(cluster.type) == _family(candidate.type) or _video_call_named_again(
        cluster, candidate
    ):
        return True
    if candidate.type == "phone_call" and all(m.trigger.soft for m in cluster.members):
        return all(m.place is None for m in cluster.members)  # "the conversation ... the call"
    return candidate.trigger.soft and cluster.type == "phone_call" and candidate.place is None


def _video_call_named_again(cluster: Cluster, candidate: Candidate) -> bool:
    """ "Biden met virtually with Xi ... joined the President for the meeting in the Roosevelt
    Room"; "a video summit ... as the meeting began": the call, named as a meeting."""
    remote = any(member.trigger.remote for member in cluster.members)
    return remote and candidate.type in ("meeting", "talks", "summit")


def _family(event_type: str) -> str:
    return FAMILIES.get(event_type, event_type)


def _dates_agree(cluster: Cluster, candidate: Candidate) -> bool:
    """Within one article, different days are different events ("on Sunday ... on Monday"),
    and so are spans that do not overlap ("last summer", "last autumn")."""
    span = cluster.own_date
    if candidate.date is None:
        return True
    other = candidate.date.span
    if span is None and candidate.date.from_another_day:
        return False  # "The day before, the two leaders had an informal conversation"
    if span is None:
        return not (cluster.occurred and other.end < cluster.published - JOIN_REACH)
    return other.start <= span.end and span.start <= other.end
