"""Who signs with whom: co-signature counts, communities, centrality and a drawing.

Plain SQL and Python. Two organizations co-sign when both have an accepted signature on
the same public statement. Communities come from weighted label propagation, centrality
is weighted degree (normalised to 0..1), and the drawing is a Fruchterman–Reingold force
layout with a fixed seed, so the same data always gives the same picture.
"""

from __future__ import annotations

import datetime
import math
import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from django.db.models import Count, QuerySet

from undersigned.registry.models import Organization
from undersigned.signatures.models import Kind, Signature, SignatureStatus
from undersigned.statements.models import PUBLIC_STATUSES, Statement

PALETTE = ["#1b5e9e", "#b3541e", "#2e7d32", "#7b1fa2", "#a61b3f", "#00695c", "#5d4037", "#455a64"]


def _public_signatures() -> QuerySet[Signature]:
    return Signature.objects.filter(
        status=SignatureStatus.ACCEPTED,
        kind=Kind.ORGANIZATION,
        organization__isnull=False,
        statement__status__in=PUBLIC_STATUSES,
    )


def co_signers(organization: Organization, *, limit: int = 10) -> list[tuple[Organization, int]]:
    """The organizations that signed the most of the same public statements, with counts."""
    statements = _public_signatures().filter(organization=organization).values("statement_id")
    rows = list(
        _public_signatures()
        .filter(statement_id__in=statements)
        .exclude(organization=organization)
        .values("organization_id")
        .annotate(n=Count("statement_id", distinct=True))
        .order_by("-n", "organization_id")[:limit]
    )
    organizations = Organization.objects.in_bulk([row["organization_id"] for row in rows])
    return [(organizations[row["organization_id"]], row["n"]) for row in rows]


@dataclass
class Node:
    organization: Organization
    statements: int
    strength: float = 0.0
    centrality: float = 0.0
    community: int = 0
    x: float = 0.0
    y: float = 0.0
    color: str = PALETTE[0]
    radius: float = 4.0
    labelled: bool = False
    anchor: str = "middle"
    label_dx: float = 0.0
    label_dy: float = 0.0


@dataclass
class Edge:
    source: Node
    target: Node
    weight: int
    width: float = 1.0
    opacity: float = 0.3


@dataclass
class Network:
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    statements: int = 0
    organizations: int = 0
    communities: int = 0
    width: int = 800
    height: int = 560


def build_network(
    *,
    coalition_id: int | None = None,
    tag: str = "",
    since: datetime.date | None = None,
    until: datetime.date | None = None,
    max_nodes: int = 60,
) -> Network:
    """The co-signature network of public statements, filtered by coalition, tag and the
    statement's date; the ``max_nodes`` organizations that signed most are drawn."""
    statements = Statement.objects.filter(status__in=PUBLIC_STATUSES)
    if coalition_id:
        statements = statements.filter(coalition_id=coalition_id)
    if tag:
        statements = statements.filter(tags__slug=tag)
    if since:
        statements = statements.filter(date__gte=since)
    if until:
        statements = statements.filter(date__lte=until)
    statement_ids = set(statements.values_list("pk", flat=True))
    signers: dict[int, set[int]] = defaultdict(set)
    for statement_id, organization_id in (
        _public_signatures()
        .filter(statement_id__in=statement_ids)
        .values_list("statement_id", "organization_id")
    ):
        signers[statement_id].add(organization_id)
    signed = Counter(org for orgs in signers.values() for org in orgs)
    network = Network(statements=len(signers), organizations=len(signed))
    chosen = [org for org, _n in sorted(signed.items(), key=lambda i: (-i[1], i[0]))[:max_nodes]]
    chosen_set = set(chosen)
    weights: Counter[tuple[int, int]] = Counter()
    for orgs in signers.values():
        for a, b in combinations(sorted(orgs & chosen_set), 2):
            weights[(a, b)] += 1
    organizations = Organization.objects.in_bulk(chosen)
    nodes = {pk: Node(organization=organizations[pk], statements=signed[pk]) for pk in chosen}
    for (a, b), weight in weights.items():
        nodes[a].strength += weight
        nodes[b].strength += weight
    network.nodes = [nodes[pk] for pk in chosen]
    network.edges = [Edge(nodes[a], nodes[b], w) for (a, b), w in sorted(weights.items())]
    _centrality(network)
    network.communities = _label_propagation(network)
    _layout(network)
    _style(network)
    return network


def _centrality(network: Network) -> None:
    top = max((n.strength for n in network.nodes), default=0.0)
    for node in network.nodes:
        node.centrality = node.strength / top if top else 0.0


def _label_propagation(network: Network, *, rounds: int = 30) -> int:
    """Weighted label propagation in a fixed order; returns the number of communities."""
    neighbours: dict[int, list[tuple[int, int]]] = defaultdict(list)
    index = {id(node): i for i, node in enumerate(network.nodes)}
    for edge in network.edges:
        a, b = index[id(edge.source)], index[id(edge.target)]
        neighbours[a].append((b, edge.weight))
        neighbours[b].append((a, edge.weight))
    labels = list(range(len(network.nodes)))
    order = sorted(range(len(network.nodes)), key=lambda i: -network.nodes[i].strength)
    for _round in range(rounds):
        changed = False
        for i in order:
            if not neighbours[i]:
                continue
            votes: Counter[int] = Counter()
            for j, weight in neighbours[i]:
                votes[labels[j]] += weight
            best = max(votes.values())
            label = min(label for label, v in votes.items() if v == best)
            if votes.get(labels[i], 0) == best:
                label = labels[i]
            if label != labels[i]:
                labels[i], changed = label, True
        if not changed:
            break
    sizes = Counter(labels)
    ranked = {
        label: n
        for n, (label, _size) in enumerate(sorted(sizes.items(), key=lambda i: (-i[1], i[0])))
    }
    for i, node in enumerate(network.nodes):
        node.community = ranked[labels[i]]
    return len(sizes)


def _layout(network: Network, *, iterations: int = 150) -> None:
    """Fruchterman–Reingold in a unit square, seeded; scaled to the drawing afterwards."""
    nodes = network.nodes
    count = len(nodes)
    if not count:
        return
    rng = random.Random(42)  # noqa: S311 - a layout, not a secret
    pos = [[rng.random(), rng.random()] for _ in nodes]
    index = {id(node): i for i, node in enumerate(nodes)}
    links = [(index[id(e.source)], index[id(e.target)], e.weight) for e in network.edges]
    k = math.sqrt(1.0 / count)
    temperature = 0.1
    for _step in range(iterations):
        shift = [[0.0, 0.0] for _ in nodes]
        for i in range(count):
            xi, yi = pos[i]
            for j in range(i + 1, count):
                dx, dy = xi - pos[j][0], yi - pos[j][1]
                distance = math.hypot(dx, dy) or 1e-4
                force = k * k / distance
                fx, fy = dx / distance * force, dy / distance * force
                shift[i][0] += fx
                shift[i][1] += fy
                shift[j][0] -= fx
                shift[j][1] -= fy
        for a, b, weight in links:
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            distance = math.hypot(dx, dy) or 1e-4
            force = distance * distance / k * (1 + math.log(weight))
            fx, fy = dx / distance * force, dy / distance * force
            shift[a][0] -= fx
            shift[a][1] -= fy
            shift[b][0] += fx
            shift[b][1] += fy
        for i in range(count):
            # a pull to the centre keeps loose nodes in the picture
            shift[i][0] += (0.5 - pos[i][0]) * 0.05
            shift[i][1] += (0.5 - pos[i][1]) * 0.05
            length = math.hypot(*shift[i]) or 1e-4
            step = min(length, temperature)
            pos[i][0] += shift[i][0] / length * step
            pos[i][1] += shift[i][1] / length * step
        temperature *= 0.97
    xs, ys = [p[0] for p in pos], [p[1] for p in pos]
    margin = 40
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0
    for node, (x, y) in zip(nodes, pos, strict=True):
        node.x = round(margin + (x - min(xs)) / span_x * (network.width - 2 * margin), 1)
        node.y = round(margin + (y - min(ys)) / span_y * (network.height - 2 * margin), 1)


def _style(network: Network) -> None:
    heaviest = max((e.weight for e in network.edges), default=1)
    for node in network.nodes:
        node.color = PALETTE[node.community % len(PALETTE)]
        node.radius = round(4 + 10 * node.centrality, 1)
    labelled = sorted(network.nodes, key=lambda n: -n.centrality)[:12]
    for node in labelled:
        node.labelled = True
        # labels near an edge of the drawing grow inwards, so none is cut off
        if node.x < network.width * 0.3:
            node.anchor, node.label_dx = "start", node.radius + 3
        elif node.x > network.width * 0.7:
            node.anchor, node.label_dx = "end", -(node.radius + 3)
        else:
            node.label_dy = -(node.radius + 4)
    for edge in network.edges:
        edge.width = round(0.5 + 3 * edge.weight / heaviest, 2)
        edge.opacity = round(0.15 + 0.5 * edge.weight / heaviest, 2)
