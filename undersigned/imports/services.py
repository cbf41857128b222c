"""Bringing lists in: every line cleaned, de-duplicated and matched against the registry.

What the matcher is sure of is committed accepted; a line it is unsure of is committed as
waiting for review, with the organization it might be as the proposal.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from undersigned.audit.services import log_action
from undersigned.imports.models import BatchStatus, ImportBatch
from undersigned.matching import CleanResult, cluster_lines
from undersigned.registry.models import Alias, Organization
from undersigned.registry.services import add_alias, create_organization
from undersigned.signatures.models import Kind, SignatureStatus, Source
from undersigned.signatures.services import create_signature
from undersigned.statements.models import Statement


def _existing_organization(names: list[str]) -> Organization | None:
    alias = (
        Alias.objects.filter(name__in=names, organization__merged_into__isnull=True)
        .select_related("organization")
        .first()
    )
    return alias.organization if alias else None


@transaction.atomic
def commit_clean_result(
    statement: Statement,
    result: CleanResult,
    *,
    batch: ImportBatch,
    by: AbstractBaseUser | None = None,
) -> ImportBatch:
    """Write one signature per cluster of ``result``; uncertain clusters wait for review."""
    doubtful = {}
    for pair in result.review:
        best = doubtful.get(pair.cluster_b)
        if best is None or pair.score > best.score:
            doubtful[pair.cluster_b] = pair
    organization_of: dict[str, Organization] = {}
    created = review = 0
    for cluster in result.clusters:
        first = result.lines[cluster.lines[0]]
        if cluster.kind == "person":
            create_signature(
                statement,
                kind=Kind.PERSON,
                name=first.raw.strip(),
                display_name=cluster.name,
                source=Source.IMPORT,
                status=SignatureStatus.ACCEPTED,
                by=by,
                import_batch_id=batch.pk,
            )
            created += 1
            continue
        pair = doubtful.get(cluster.id)
        if pair is not None and pair.cluster_a in organization_of:
            signature = create_signature(
                statement,
                kind=Kind.ORGANIZATION,
                name=first.raw.strip(),
                display_name=cluster.name,
                source=Source.IMPORT,
                status=SignatureStatus.CONFIRMED,
                proposed_organization=organization_of[pair.cluster_a],
                by=by,
                import_batch_id=batch.pk,
            )
            signature.match_score = pair.score
            signature.match_reasons = pair.reasons
            signature.save(update_fields=["match_score", "match_reasons"])
            review += 1
            continue
        organization = _existing_organization(cluster.names) or create_organization(
            cluster.name, by=by, statement=statement
        )
        for name in cluster.names:
            add_alias(organization, name, statement=statement)
        organization_of[cluster.id] = organization
        create_signature(
            statement,
            kind=Kind.ORGANIZATION,
            name=first.raw.strip(),
            display_name=organization.name,
            organization=organization,
            source=Source.IMPORT,
            status=SignatureStatus.ACCEPTED,
            by=by,
            import_batch_id=batch.pk,
        )
        created += 1
    batch.status = BatchStatus.COMMITTED
    batch.committed_at = timezone.now()
    batch.stats = {**asdict(result.summary), "accepted": created, "waiting_for_review": review}
    batch.save(update_fields=["status", "committed_at", "stats"])
    log_action(
        "imports.batch.committed",
        subject=batch,
        user=by,
        coalition=statement.coalition,
        data=batch.stats,
    )
    return batch


def import_demo_list(statement: Statement, text: str) -> ImportBatch:
    """The demo statement's list, exactly as published, through the import path."""
    batch = ImportBatch.objects.create(
        statement=statement,
        filename="signatories-2020-09-27.txt",
        checksum=hashlib.sha256(text.encode()).hexdigest(),
    )
    return commit_clean_result(statement, cluster_lines(text.splitlines()), batch=batch)
