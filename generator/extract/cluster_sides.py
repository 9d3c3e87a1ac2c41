"""Whether an event mention and an event already told name the same sides.

"Kishida's visit to New Delhi" and "the summit with Modi" are one event when the meeting is
between the visitor's country and the host's; "Prime Minister Jan Novak held talks with Xi" and
"the talks between Malaysia and China" when the one person of no known country stands for the
country left over; the signers of a deal between countries already named sign that deal;
two signers of one sentence, one side each, are one signing.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import replace
from typing import TYPE_CHECKING

from generator.extract.candidates import Candidate, calls_on, hosts_of
from generator.extract.reading import Actor

if TYPE_CHECKING:
    from generator.extract.clusters import Cluster


def countries_of(cluster: Cluster) -> set[str]:
    return {actor.country for actor in cluster.actors if actor.country}


def same_sides(cluster: Cluster, candidate: Candidate) -> bool:
    if (cluster.type == "visit") != (candidate.type == "visit"):
        return _same_host(cluster, candidate) or _between_its_people(cluster, candidate)
    if cluster.type == "visit" and _calls_on_another(cluster, candidate):
        return False
    if cluster.type == candidate.type == "agreement_signing":
        # "Russia and Ukraine signed a deal ... Shoigu and Kubrakov signed separate documents
        # with Akar and Guterres": the signers of a deal between the same countries.
        return _shared_countries(cluster, candidate) >= 2
    if (len(cluster.sides) > 2) != (len(candidate.sides) > 2):
        return False  # a bilateral meeting beside a multilateral summit is another event
    people = {a.id for a in candidate.actors if a.kind == "person" and a.id}
    if people and cluster.people:
        nested = people <= cluster.people or cluster.people <= people
        return nested and _nested(candidate.sides, cluster.sides)
    if _nested(candidate.sides, cluster.sides):
        return True
    return _stands_for(cluster.actors, candidate.actors) or _stands_for(
        candidate.actors, cluster.actors
    )


def _shared_countries(cluster: Cluster, candidate: Candidate) -> int:
    """The cluster's countries the mention names, a person of no known country standing for
    one it leaves out."""
    countries = countries_of(cluster)
    theirs = {a.country for a in candidate.actors if a.country}
    stateless = sum(1 for a in candidate.actors if a.kind == "person" and not a.country)
    return len(countries & theirs) + min(stateless, len(countries - theirs))


def _stands_for(with_people: tuple[Actor, ...], countries: tuple[Actor, ...]) -> bool:
    """ "Prime Minister Jan Novak held talks with Xi" and "the talks between Malaysia and
    China": the one person of no known country is the one country left over."""
    if any(actor.kind == "person" for actor in countries):
        return False
    stateless = {a.side for a in with_people if a.kind == "person" and not a.country}
    first = {a.side for a in with_people}
    second = {a.side for a in countries}
    return len(stateless) == 1 and first - second == stateless and len(second - first) == 1


def _hosts_of_any(cluster: Cluster, candidate: Candidate) -> set[str]:
    visit = cluster.seed if cluster.type == "visit" else candidate
    return hosts_of(visit)


def _nested(first: set[str], second: set[str]) -> bool:
    return first <= second or second <= first


def _same_host(cluster: Cluster, candidate: Candidate) -> bool:
    """A visit and a meeting are one event when the meeting is between the visitor's country
    and the host's ("Kishida's visit to New Delhi" and "the summit with Modi")."""
    if cluster.type == "visit":
        visit_sides = countries_of(cluster) | hosts_of(cluster.seed)
        other = {a.country for a in candidate.actors if a.country}
    else:
        visit_sides = {a.country for a in candidate.actors if a.country} | hosts_of(candidate)
        other = countries_of(cluster)
    hosts = _hosts_of_any(cluster, candidate)
    return (
        bool(other & hosts)
        and other <= visit_sides
        and not _another_host_official(cluster, candidate, hosts)
    )


def _between_its_people(cluster: Cluster, candidate: Candidate) -> bool:
    """ "Lula received Xi at the Alvorada Palace for a state visit ... the two presidents met
    privately": a meeting of the people of a visit, whoever the text says went where."""
    people = {a.id for a in candidate.actors if a.kind == "person" and a.id}
    return len(people) >= 2 and people <= cluster.people


def _calls_on_another(cluster: Cluster, candidate: Candidate) -> bool:
    """ "Erdoğan, on an official visit to Iraq, was welcomed by Al Sudani ... paid a visit to
    President Rashid": a call on another official than the host met already is its own event."""
    hosts = hosts_of(cluster.seed)
    called_on = {d.id for d in candidate.destinations if d.id and calls_on(d)}
    return bool(called_on) and _another_host_official(cluster, candidate, hosts, called_on)


def _another_host_official(
    cluster: Cluster,
    candidate: Candidate,
    hosts: set[str],
    called_on: AbstractSet[str] = frozenset(),
) -> bool:
    """A visitor's talks with one minister and their meeting with another are two events."""

    def officials(actors: tuple[Actor, ...]) -> set[str]:
        return {a.id for a in actors if a.kind == "person" and a.id and a.country in hosts}

    called_on_before = tuple(d for member in cluster.members for d in member.destinations)
    present = officials(cluster.actors + called_on_before)
    new = officials(candidate.actors) | called_on
    return bool(present and new - present)


def halves_joined(candidates: tuple[Candidate, ...]) -> list[Candidate]:
    """ "Redwan signed on behalf of the government, while Getachew signed for the Tigrayan
    side": two mentions of one sentence, one side each, are one event with both."""
    joined: list[Candidate] = []
    for candidate in candidates:
        last = joined[-1] if joined else None
        if last is not None and _halves(last, candidate):
            joined[-1] = replace(last, actors=(*last.actors, *candidate.actors))
        else:
            joined.append(candidate)
    return joined


def _halves(first: Candidate, second: Candidate) -> bool:
    return (
        first.sentence == second.sentence
        and first.type == second.type == "agreement_signing"
        and first.status == second.status
        and len(first.sides) == len(second.sides) == 1
        and first.sides != second.sides
    )


def other_envoy(cluster: Cluster, candidate: Candidate) -> bool:
    """ "Netanyahu invited President Biden to visit Israel. Blinken will arrive in Israel on
    Thursday": plans of one country sending different people are different plans."""
    if cluster.occurred:
        return False
    named = {a.id: a.country for a in candidate.actors if a.kind == "person" and a.id}
    theirs = {a.id: a.country for a in cluster.actors if a.kind == "person" and a.id}
    shared = set(named.values()) & set(theirs.values()) - {None}
    return bool(shared) and not set(named) & set(theirs)


def other_plan(cluster: Cluster, candidate: Candidate) -> bool:
    """ "Seoul and Tokyo agreed to hold the next round of the dialogue ... ahead of a meeting
    between Moon and Abe": two plans between the same countries, one of governments, one of
    leaders, called by different names."""
    people = any(actor.kind == "person" and actor.id for actor in candidate.actors)
    return (
        not cluster.occurred and cluster.type != candidate.type and bool(cluster.people) != people
    )


def fits_within(cluster: Cluster, candidate: Candidate) -> bool:
    """Everyone the mention names is in the event already, or of a country it is between."""
    countries = countries_of(cluster) | hosts_of(cluster.seed)
    return all(
        actor.id in cluster.people or (actor.country is not None and actor.country in countries)
        for actor in candidate.actors
    )


def visit_to_a_gathering(cluster: Cluster, candidate: Candidate) -> bool:
    """ "Xi, who arrived on a state visit on July 2", after the summit of many leaders: a
    visit is one leader's trip to a host, not the gathering of many told before."""
    return candidate.type == "visit" and cluster.type != "visit" and len(cluster.sides) > 2
