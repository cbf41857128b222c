"""The one place where names are resolved against the registry.

Every process keeps one ``RegistryIndex`` (``undersigned.matching``) built from the live
organizations and their aliases. Django's cache holds a version number: every change to
the registry bumps it when its transaction commits, and a process whose index is older
rebuilds it on the next lookup. A fingerprint of the tables (aliases: count and highest
id; organizations: count and latest change), read with one query per lookup, catches
what the version cannot see: a rolled-back transaction, a change made in the admin.
Aliases added in this process are added to its index at once (and the fingerprint taken
again), so a list being imported sees its own new organizations without a rebuild.

    resolve_name("Asparez Club")  ->  [Resolved(organization, 0.93, "match", [...]), ...]
    suggest("Aspa")               ->  [Suggestion(organization, "Journalists’ Club Asparez")]
"""

from __future__ import annotations

import datetime
import re
import threading
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

from django.core.cache import cache
from django.db import transaction
from django.db.models import Count, Max

from undersigned.matching import RegistryIndex, transliterate
from undersigned.registry.models import Alias, Organization

VERSION_KEY = "registry:index-version"
MAX_QUERY_LENGTH = 300
_WORD_RE = re.compile(r"\w+")
# aliases: count and highest id; organizations: count and latest change
Fingerprint = tuple[int, int | None, int, datetime.datetime | None]


class Resolved(NamedTuple):
    """A registry entry proposed for a name: decision is "match", "review" or "new"."""

    organization: Organization
    score: float
    decision: str
    reasons: list[str]


@dataclass(frozen=True)
class Suggestion:
    organization: Organization
    alias: str


def _words(text: str) -> tuple[str, ...]:
    latin = transliterate(unicodedata.normalize("NFKC", text)).casefold()
    return tuple(_WORD_RE.findall(latin))


class _Registry:
    """This process's index, its version and the words of every alias for prefixes."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.version: int | None = None
        self.fingerprint: Fingerprint | None = None
        self.index = RegistryIndex()
        self.prefixes: list[tuple[tuple[str, ...], int, str]] = []

    def add(self, organization_id: int, name: str) -> None:
        self.index.add(str(organization_id), name)
        words = _words(name)
        if words:
            self.prefixes.append((words, organization_id, name))

    def rebuild(self, version: int, fingerprint: Fingerprint) -> None:
        fresh = _Registry()
        rows = Alias.objects.filter(organization__merged_into__isnull=True).values_list(
            "organization_id", "name"
        )
        aliases = list(rows.order_by("organization_id", "pk"))
        fresh.index.add_many((str(organization_id), name) for organization_id, name in aliases)
        for organization_id, name in aliases:
            words = _words(name)
            if words:
                fresh.prefixes.append((words, organization_id, name))
        self.index, self.prefixes = fresh.index, fresh.prefixes
        self.version, self.fingerprint = version, fingerprint


_registry = _Registry()


def current_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
    return int(version)


def _fingerprint() -> Fingerprint:
    aliases = Alias.objects.aggregate(n=Count("pk"), top=Max("pk"))
    organizations = Organization.objects.aggregate(n=Count("pk"), last=Max("updated_at"))
    return (aliases["n"], aliases["top"], organizations["n"], organizations["last"])


def _index() -> _Registry:
    version, fingerprint = current_version(), _fingerprint()
    with _registry.lock:
        if _registry.version != version or _registry.fingerprint != fingerprint:
            _registry.rebuild(version, fingerprint)
    return _registry


def reset() -> None:
    """Forget this process's index (tests; after restoring a database)."""
    with _registry.lock:
        _registry.version = None
        _registry.fingerprint = None


def _bump(previous: int | None, kept_current: bool) -> None:
    try:
        version = cache.incr(VERSION_KEY)
    except ValueError:
        cache.add(VERSION_KEY, 2, timeout=None)
        version = current_version()
    with _registry.lock:
        if kept_current and _registry.version == previous:
            _registry.version = int(version)


def registry_changed(*, added: list[tuple[int, str]] | None = None) -> None:
    """Tell every process that the registry changed, once the transaction commits.

    With ``added`` (new aliases only), this process's index takes them at once and stays
    current; anything else (a merge, a split, a removal) makes every index rebuild.
    """
    with _registry.lock:
        previous, known = _registry.version, _registry.fingerprint
        kept_current = False
        if added and known is not None and previous == current_version():
            now = _fingerprint()
            # Current only if the sole change to the aliases is the ones just added.
            kept_current = known[0] + len(added) == now[0]
            if kept_current:
                for organization_id, name in added:
                    _registry.add(organization_id, name)
                _registry.fingerprint = now
        if not kept_current:
            _registry.version = None
    transaction.on_commit(lambda: _bump(previous, kept_current))


def _live(ids: list[int]) -> dict[int, Organization]:
    """Organizations by id; an id merged since the index was built leads to its survivor."""
    found = {org.pk: org for org in Organization.objects.filter(pk__in=ids)}
    result: dict[int, Organization] = {}
    for pk in ids:
        organization = found.get(pk)
        hops = 0
        while organization is not None and organization.merged_into_id and hops < 20:
            organization = Organization.objects.filter(pk=organization.merged_into_id).first()
            hops += 1
        if organization is not None and organization.merged_into_id is None:
            result[pk] = organization
    return result


def resolve_name(name: str, limit: int = 5) -> list[Resolved]:
    """The registry's best entries for ``name`` (any script, any spelling), best first."""
    name = name.strip()[:MAX_QUERY_LENGTH]
    if not name:
        return []
    registry = _index()
    with _registry.lock:
        candidates = registry.index.resolve(name, limit=limit * 2)
    organizations = _live([int(c.entity_id) for c in candidates])
    results: list[Resolved] = []
    seen: set[int] = set()
    for candidate in candidates:
        organization = organizations.get(int(candidate.entity_id))
        if organization is None or organization.pk in seen:
            continue
        seen.add(organization.pk)
        results.append(
            Resolved(organization, candidate.score, candidate.decision, list(candidate.reasons))
        )
    return results[:limit]


def suggest(prefix: str, limit: int = 8) -> list[Suggestion]:
    """Organizations for a name being typed: every typed word begins a word of one of the
    organization's spellings (in any script), the most-signing first; then close matches."""
    query = _words(prefix[:MAX_QUERY_LENGTH])
    if not query or limit < 1:
        return []
    registry = _index()
    hits: dict[int, str] = {}
    with _registry.lock:
        for words, organization_id, alias in registry.prefixes:
            if organization_id in hits:
                continue
            if all(any(word.startswith(q) for word in words) for q in query):
                hits[organization_id] = alias
                if len(hits) >= limit * 4:
                    break
    organizations = _live(list(hits))
    ranked = sorted(
        ((organizations[pk], alias) for pk, alias in hits.items() if pk in organizations),
        key=lambda item: (-item[0].statement_count, item[0].name.casefold()),
    )
    suggestions: list[Suggestion] = []
    seen: set[int] = set()
    for organization, alias in ranked:
        if organization.pk not in seen:
            seen.add(organization.pk)
            suggestions.append(Suggestion(organization, alias))
    if len(suggestions) < limit and len(prefix.strip()) >= 4:
        for resolved in resolve_name(prefix, limit=limit):
            if resolved.organization.pk not in seen and resolved.decision != "new":
                seen.add(resolved.organization.pk)
                suggestions.append(Suggestion(resolved.organization, resolved.organization.name))
    return suggestions[:limit]
