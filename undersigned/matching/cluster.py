"""De-duplicating one list: which lines name the same organization (or person).

1. Every line is parsed; noise lines get no cluster.
2. Lines with the same cleaned name are one cluster outright.
3. Distinct names are compared only with candidates that share a rare word or a word one
   typing error / romanisation variant away (``blocking``), with word weights learnt from
   the list itself.
4. Pairs scored "same" are merged best-first, with complete linkage: two clusters join
   only if every name of one is "same" as every name of the other, so A~B and B~C never
   drag A and C together when A and C disagree.  Everything between "review" and a merge
   is reported as a review pair, never merged.
5. With a registry, each cluster is resolved; a "match" gives the cluster the registry
   id, and clusters matching the same entry are merged.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from undersigned.matching import vocab
from undersigned.matching.blocking import WordNeighbours
from undersigned.matching.index import RegistryIndex
from undersigned.matching.parse import Kind, ParsedLine, parse_line
from undersigned.matching.score import Comparison, CorpusWeights, compare_parsed
from undersigned.matching.tokens import latin_words

RARE_WORDS_PER_NAME = 3
MAX_POSTING = 400
MAX_CANDIDATES = 40


@dataclass(frozen=True, slots=True)
class LineResult:
    """One input line after cleaning."""

    line_no: int
    raw: str
    kind: Kind
    cluster: str | None
    name: str
    confidence: float
    representative: str | None = None
    acronym: str | None = None
    country: str | None = None


@dataclass(slots=True)
class Cluster:
    """One organization (or person) of the list with the lines that name it."""

    id: str
    kind: Kind
    name: str
    lines: list[int]
    names: list[str]
    registry_id: str | None = None
    registry_name: str | None = None
    registry_score: float | None = None


@dataclass(frozen=True, slots=True)
class ReviewPair:
    """Two lines that may name the same organization: a person should decide."""

    line_a: int
    line_b: int
    name_a: str
    name_b: str
    score: float
    reasons: list[str]
    cluster_a: str
    cluster_b: str


@dataclass(frozen=True, slots=True)
class Summary:
    lines: int
    organizations: int
    people: int
    merged: int
    review: int
    noise: int
    blank: int

    def line(self) -> str:
        return (
            f"{self.lines} lines, {self.organizations} organizations, {self.people} people, "
            f"{self.merged} merged duplicates, {self.review} pairs to review, "
            f"{self.noise} noise"
        )


@dataclass(slots=True)
class CleanResult:
    """Everything ``cluster_lines`` found."""

    lines: list[LineResult]
    clusters: list[Cluster]
    review: list[ReviewPair]
    summary: Summary
    registry_review: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "summary": asdict(self.summary),
            "lines": [asdict(line) for line in self.lines],
            "clusters": [asdict(cluster) for cluster in self.clusters],
            "review": [asdict(pair) for pair in self.review],
            "registry_review": self.registry_review,
        }


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))
        self.members: dict[int, list[int]] = {i: [i] for i in range(size)}

    def find(self, item: int) -> int:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: int, b: int) -> int:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra].extend(self.members.pop(rb))
        return ra


_SLUG_RE = re.compile(r"[^a-z0-9]+")


def slugify(name: str, limit: int = 60) -> str:
    """A readable ASCII slug of a name, legal forms left out ("journalists-club-asparez")."""
    words = [word for word, _ in latin_words(name)]
    kept: list[str] = []
    index = 0
    while index < len(words):
        found = vocab.legal_form_at(words, index)
        if found is not None:
            index += found[0]
            continue
        kept.append(words[index])
        index += 1
    slug = _SLUG_RE.sub("-", " ".join(kept or words).lower()).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug or "name"


class _Nodes:
    """Distinct names of the list and their comparisons (cached)."""

    def __init__(self, parsed: list[ParsedLine]) -> None:
        self.parsed = parsed
        frequency: Counter[str] = Counter()
        for line in parsed:
            if line.match is not None:
                frequency.update(set(line.match.words))
        self.frequency = frequency
        self.weights = CorpusWeights(frequency, len(parsed))
        self._cache: dict[tuple[int, int], Comparison] = {}

    def compare(self, a: int, b: int) -> Comparison:
        key = (a, b) if a < b else (b, a)
        found = self._cache.get(key)
        if found is None:
            found = compare_parsed(self.parsed[key[0]], self.parsed[key[1]], self.weights)
            self._cache[key] = found
        return found

    def candidates(self) -> set[tuple[int, int]]:
        postings: dict[str, list[int]] = defaultdict(list)
        initials: dict[str, list[int]] = defaultdict(list)
        neighbours = WordNeighbours()
        for node, line in enumerate(self.parsed):
            assert line.match is not None
            for word in set(line.match.words):
                postings[word].append(node)
            neighbours.add_all(line.match.words)
            if len(line.match.initials) >= 3:
                initials[line.match.initials].append(node)
            if line.acronym:
                initials[line.acronym.lower()].append(node)
        pairs: set[tuple[int, int]] = set()
        for node, line in enumerate(self.parsed):
            assert line.match is not None
            words = sorted(set(line.match.words), key=lambda w: (self.frequency[w], w))
            found: Counter[int] = Counter()
            for word in words[:RARE_WORDS_PER_NAME]:
                for near in (word, *neighbours(word)):
                    found.update(postings.get(near, ())[:MAX_POSTING])
            if len(line.match.words) == 1:
                found.update(initials.get(line.match.words[0], ()))
            if line.acronym:
                found.update(initials.get(line.acronym.lower(), ()))
            for other, _count in found.most_common(MAX_CANDIDATES + 1):
                if other != node:
                    pairs.add((node, other) if node < other else (other, node))
        return pairs


def _complete_link(nodes: _Nodes, left: list[int], right: list[int]) -> Comparison | None:
    """The weakest comparison across two clusters, or None when one pair is not "same"."""
    weakest: Comparison | None = None
    for a in left:
        for b in right:
            comparison = nodes.compare(a, b)
            if comparison.decision != "same":
                return None
            if weakest is None or comparison.score < weakest.score:
                weakest = comparison
    return weakest


def cluster_lines(lines: list[str], registry: RegistryIndex | None = None) -> CleanResult:
    """Clean and de-duplicate a list (see the module docstring)."""
    parsed = [parse_line(line) for line in lines]
    # Distinct (kind, cleaned name) -> node.
    node_of_line: dict[int, int] = {}
    node_index: dict[tuple[str, str], int] = {}
    node_lines: list[list[int]] = []
    node_parsed: list[ParsedLine] = []
    for line_no, line in enumerate(parsed):
        if line.kind == "noise":
            continue
        identity = (line.kind, line.name)
        node = node_index.get(identity)
        if node is None:
            node = node_index[identity] = len(node_parsed)
            node_parsed.append(line)
            node_lines.append([])
        node_lines[node].append(line_no)
        node_of_line[line_no] = node

    nodes = _Nodes(node_parsed)
    scored: list[tuple[float, int, int]] = []
    review_candidates: list[tuple[int, int]] = []
    for a, b in sorted(nodes.candidates()):
        if node_parsed[a].kind != node_parsed[b].kind:
            continue
        comparison = nodes.compare(a, b)
        if comparison.decision == "same":
            scored.append((comparison.score, a, b))
        elif comparison.decision == "review":
            review_candidates.append((a, b))
    scored.sort(key=lambda item: (-item[0], item[1], item[2]))
    groups = _UnionFind(len(node_parsed))
    link_score: dict[int, float] = {}
    for _score, a, b in scored:
        ra, rb = groups.find(a), groups.find(b)
        if ra == rb:
            continue
        weakest = _complete_link(nodes, groups.members[ra], groups.members[rb])
        if weakest is None:
            review_candidates.append((a, b))
            continue
        groups.union(a, b)
        link_score[a] = max(link_score.get(a, 0.0), weakest.score)
        link_score[b] = max(link_score.get(b, 0.0), weakest.score)

    registry_hits: dict[int, tuple[str, str, float]] = {}
    registry_review: list[dict[str, Any]] = []
    if registry is not None and len(registry):
        _resolve_clusters(groups, node_parsed, registry, registry_hits, registry_review)

    clusters, cluster_of_node = _build_clusters(groups, node_parsed, node_lines, registry_hits)
    confidence = {
        node: (link_score.get(node, 1.0) if len(groups.members[groups.find(node)]) > 1 else 1.0)
        for node in range(len(node_parsed))
    }
    results: list[LineResult] = []
    for line_no, line in enumerate(parsed):
        node = node_of_line.get(line_no)
        results.append(
            LineResult(
                line_no=line_no,
                raw=line.raw,
                kind=line.kind,
                cluster=None if node is None else cluster_of_node[node],
                name=line.name,
                confidence=0.0 if node is None else confidence[node],
                representative=line.representative,
                acronym=line.acronym,
                country=line.country,
            )
        )
    review = _review_pairs(review_candidates, nodes, node_lines, cluster_of_node)
    named = [line for line in parsed if line.kind != "noise"]
    summary = Summary(
        lines=sum(1 for line in lines if line.strip()),
        organizations=sum(1 for cluster in clusters if cluster.kind == "org"),
        people=sum(1 for cluster in clusters if cluster.kind == "person"),
        merged=len(named) - len(clusters),
        review=len(review),
        noise=sum(1 for line in parsed if line.kind == "noise" and line.name),
        blank=sum(1 for line in lines if not line.strip()),
    )
    return CleanResult(results, clusters, review, summary, registry_review)


def _resolve_clusters(
    groups: _UnionFind,
    node_parsed: list[ParsedLine],
    registry: RegistryIndex,
    hits: dict[int, tuple[str, str, float]],
    review: list[dict[str, Any]],
) -> None:
    by_entity: dict[str, int] = {}
    for root in sorted({groups.find(node) for node in range(len(node_parsed))}):
        members = groups.members[root]
        line = node_parsed[members[0]]
        if line.kind != "org":
            continue
        candidates = registry.resolve(line.name, limit=1)
        if not candidates:
            continue
        best = candidates[0]
        if best.decision == "match":
            previous = by_entity.get(best.entity_id)
            if previous is not None:
                root = groups.union(previous, root)
            by_entity[best.entity_id] = root
            hits[root] = (best.entity_id, best.alias, best.score)
        elif best.decision == "review":
            review.append(
                {
                    "name": line.name,
                    "entity_id": best.entity_id,
                    "alias": best.alias,
                    "score": best.score,
                    "reasons": best.reasons,
                }
            )
    for root in list(hits):
        current = groups.find(root)
        if current != root:
            hits[current] = hits.pop(root)


def _build_clusters(
    groups: _UnionFind,
    node_parsed: list[ParsedLine],
    node_lines: list[list[int]],
    registry_hits: dict[int, tuple[str, str, float]],
) -> tuple[list[Cluster], dict[int, str]]:
    roots = sorted(
        {groups.find(node) for node in range(len(node_parsed))},
        key=lambda root: min(line for m in groups.members[root] for line in node_lines[m]),
    )
    taken: set[str] = {hit[0] for hit in registry_hits.values()}
    clusters: list[Cluster] = []
    cluster_of_node: dict[int, str] = {}
    for root in roots:
        members = sorted(groups.members[root], key=lambda m: node_lines[m][0])
        # The display name: the spelling used most often, the first one on a tie.
        best = max(members, key=lambda m: (len(node_lines[m]), -node_lines[m][0]))
        hit = registry_hits.get(root)
        if hit is not None:
            cluster_id = hit[0]
        else:
            base = slugify(node_parsed[best].name)
            cluster_id, suffix = base, 2
            while cluster_id in taken:
                cluster_id, suffix = f"{base}-{suffix}", suffix + 1
            taken.add(cluster_id)
        cluster = Cluster(
            id=cluster_id,
            kind=node_parsed[best].kind,
            name=node_parsed[best].name,
            lines=sorted(line for m in members for line in node_lines[m]),
            names=[node_parsed[m].name for m in members],
        )
        if hit is not None:
            cluster.registry_id, cluster.registry_name, cluster.registry_score = hit
        clusters.append(cluster)
        for member in members:
            cluster_of_node[member] = cluster_id
    return clusters, cluster_of_node


def _review_pairs(
    candidates: list[tuple[int, int]],
    nodes: _Nodes,
    node_lines: list[list[int]],
    cluster_of_node: dict[int, str],
) -> list[ReviewPair]:
    pairs: dict[tuple[str, str], ReviewPair] = {}
    for a, b in candidates:
        cluster_a, cluster_b = cluster_of_node[a], cluster_of_node[b]
        if cluster_a == cluster_b:
            continue
        comparison = nodes.compare(a, b)
        key = (cluster_a, cluster_b) if cluster_a < cluster_b else (cluster_b, cluster_a)
        previous = pairs.get(key)
        if previous is not None and previous.score >= comparison.score:
            continue
        pairs[key] = ReviewPair(
            line_a=node_lines[a][0],
            line_b=node_lines[b][0],
            name_a=nodes.parsed[a].name,
            name_b=nodes.parsed[b].name,
            score=comparison.score,
            reasons=comparison.reasons,
            cluster_a=cluster_a,
            cluster_b=cluster_b,
        )
    return sorted(pairs.values(), key=lambda pair: (pair.line_a, pair.line_b))
