"""Merging two registry entries that are one organization, and undoing it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from undersigned.audit.services import log_action
from undersigned.registry.models import (
    Alias,
    DuplicatePair,
    DuplicateStatus,
    MergeRecord,
    Organization,
    OrganizationRedirect,
    VerifiedDomain,
)
from undersigned.signatures import services as signature_services
from undersigned.signatures.models import LIVE_STATUSES, Signature, SignatureStatus

FILLABLE_FIELDS = ("country", "city", "website", "wikidata_id", "description")


class MergeError(ValueError):
    """A merge or an undo that the rules do not allow; the message is for the moderator."""


def recount(*organizations: Organization) -> None:
    """Set ``statement_count`` to the organization's accepted signatures, as the signature
    services keep it (one live signature per statement and organization)."""
    for organization in organizations:
        count = Signature.objects.filter(
            organization=organization, status=SignatureStatus.ACCEPTED
        ).count()
        Organization.objects.filter(pk=organization.pk).update(statement_count=count)
        organization.statement_count = count


def choose_survivor(a: Organization, b: Organization) -> tuple[Organization, Organization]:
    """(keep, drop) when a moderator does not choose: more statements signed, then older."""
    keep = min((a, b), key=lambda org: (-org.statement_count, org.pk))
    return keep, (b if keep is a else a)


def _lock_pair(a: Organization, b: Organization) -> tuple[Organization, Organization]:
    """Both rows, locked in id order, so that two merges of one pair cannot deadlock."""
    rows = Organization.objects.select_for_update().filter(pk__in=[a.pk, b.pk]).order_by("pk")
    found = {row.pk: row for row in rows}
    return found[a.pk], found[b.pk]


def _keeps_first(a: Signature, b: Signature) -> bool:
    """Of two live signatures on one statement, does ``a`` stand? Accepted beats confirmed
    beats pending; on a tie, the older signature stands."""
    rank = {SignatureStatus.ACCEPTED: 0, SignatureStatus.CONFIRMED: 1, SignatureStatus.PENDING: 2}
    return (rank[a.status], a.created_at, a.pk) <= (rank[b.status], b.created_at, b.pk)  # type: ignore[index]


@dataclass
class OrganizationMerger:
    """Merge ``drop`` into ``keep``. The rules:

    1. **Which identity survives.** ``keep`` does, with its id and slug. A moderator names
       it; when nobody chooses, ``choose_survivor`` keeps the entry with more statements
       signed, then the older one (lower id). ``drop`` stays in the database, marked
       ``merged_into=keep``; an ``OrganizationRedirect`` sends its slug and id to ``keep``,
       and redirects that led to ``drop`` now lead to ``keep``, so old URLs and API ids
       keep resolving.
    2. **Which name is canonical.** ``keep``'s, unless ``name`` is given: it must be one of
       the two organizations' spellings.
    3. **Aliases.** Every spelling of ``drop`` moves to ``keep`` with its script, language
       and first sighting; a spelling ``keep`` already has is removed from ``drop`` (the
       older sighting stands).
    4. **Details.** Blank country, city, website, Wikidata id and description of ``keep``
       are filled in from ``drop``; nothing ``keep`` has is overwritten. Verified domains
       move to ``keep``.
    5. **Signatures.** Every signature of ``drop``, in any status, now belongs to ``keep``;
       signatures waiting in review with ``drop`` as the proposed match propose ``keep``.
    6. **Both signed the same statement.** Only one live signature per statement and
       organization may stand. The accepted one stands over a confirmed one over a pending
       one; between equals, the older. The other one is rejected through the signature
       services with the reason "duplicate of signature N after a merge" (a pending one,
       which cannot be rejected yet, loses its link and proposes ``keep``, so it goes to
       review once confirmed). Each such signature is in the merge's audit entry.
    7. **Counts.** Both organizations' ``statement_count`` is recounted from accepted
       signatures; a statement's count drops only by the rejected duplicates.
    8. **Atomic, logged, undoable.** Everything happens in one transaction, writes one
       ``registry.organization.merged`` audit entry and one ``MergeRecord`` whose data is
       what ``undo_merge`` needs to put back every signature, alias, domain, redirect,
       detail and count exactly. The suspected-duplicate pair of the two, if any, is marked
       merged.
    """

    keep: Organization
    drop: Organization
    by: User | None = None
    name: str = ""

    @transaction.atomic
    def merge(self) -> MergeRecord:
        if self.keep.pk == self.drop.pk:
            raise MergeError(_("An organization cannot be merged with itself."))
        keep, drop = _lock_pair(self.keep, self.drop)
        if keep.merged_into_id or drop.merged_into_id:
            raise MergeError(_("One of these organizations was already merged into another."))
        spellings = (
            set(keep.aliases.values_list("name", flat=True))
            | set(drop.aliases.values_list("name", flat=True))
            | {keep.name, drop.name}
        )
        if self.name and self.name not in spellings:
            raise MergeError(_("The canonical name must be one of the two organizations' names."))
        data: dict[str, Any] = {
            "keep": {"id": keep.pk, "name": keep.name, "slug": keep.slug},
            "drop": {"id": drop.pk, "name": drop.name, "slug": drop.slug},
        }
        data["duplicates"] = self._settle_duplicates(keep, drop)
        data["signatures"] = list(
            Signature.objects.filter(organization=drop).values_list("pk", flat=True)
        )
        Signature.objects.filter(pk__in=data["signatures"]).update(organization=keep)
        data["proposals"] = list(
            Signature.objects.filter(proposed_organization=drop).values_list("pk", flat=True)
        )
        Signature.objects.filter(pk__in=data["proposals"]).update(proposed_organization=keep)
        data["aliases_moved"], data["aliases_removed"] = self._move_aliases(keep, drop)
        data["domains"] = list(drop.verified_domains.values_list("pk", flat=True))
        VerifiedDomain.objects.filter(pk__in=data["domains"]).update(organization=keep)
        data["redirects_retargeted"] = list(drop.redirects.values_list("pk", flat=True))
        OrganizationRedirect.objects.filter(pk__in=data["redirects_retargeted"]).update(target=keep)
        redirect = OrganizationRedirect.objects.create(
            old_id=drop.pk, old_slug=drop.slug, target=keep
        )
        data["redirect"] = redirect.pk
        data["keep_before"] = {f: getattr(keep, f) for f in (*FILLABLE_FIELDS, "name")}
        for field in FILLABLE_FIELDS:
            if not getattr(keep, field) and getattr(drop, field):
                setattr(keep, field, getattr(drop, field))
        if self.name:
            keep.name = self.name
        keep.save()
        drop.merged_into = keep
        drop.save(update_fields=["merged_into", "updated_at"])
        data["pair"] = self._close_pair(keep, drop)
        recount(keep, drop)
        record = MergeRecord.objects.create(survivor=keep, merged=drop, by=self.by, data=data)
        log_action(
            "registry.organization.merged",
            subject=keep,
            user=self.by,
            data={
                "merge": record.pk,
                "merged": drop.pk,
                "merged_name": drop.name,
                "name": keep.name,
                "duplicates": data["duplicates"],
            },
        )
        _changed()
        self.keep.refresh_from_db()
        self.drop.refresh_from_db()
        return record

    def _settle_duplicates(self, keep: Organization, drop: Organization) -> list[dict[str, Any]]:
        """Rule 6: one live signature per statement; the others are set aside, recorded."""
        settled: list[dict[str, Any]] = []
        theirs = {
            s.statement_id: s
            for s in Signature.objects.filter(organization=keep, status__in=LIVE_STATUSES)
        }
        for mine in Signature.objects.filter(organization=drop, status__in=LIVE_STATUSES).order_by(
            "pk"
        ):
            other = theirs.get(mine.statement_id)
            if other is None:
                continue
            stands, loser = (other, mine) if _keeps_first(other, mine) else (mine, other)
            entry = {
                "signature": loser.pk,
                "kept": stands.pk,
                "statement": loser.statement_id,
                "status": loser.status,
                "organization": loser.organization_id,
                "proposed_organization": loser.proposed_organization_id,
                "decided_at": loser.decided_at.isoformat() if loser.decided_at else None,
                "decided_by": loser.decided_by_id,
                "rejection_reason": loser.rejection_reason,
            }
            reason = _("Duplicate of signature %(kept)s after a merge of organizations.") % {
                "kept": stands.pk
            }
            if loser.status == SignatureStatus.PENDING:
                Signature.objects.filter(pk=loser.pk).update(
                    organization=None, proposed_organization=keep
                )
                entry["outcome"] = "unlinked"
            else:
                signature_services.reject_signature(loser, by=self.by, reason=reason)
                entry["outcome"] = "rejected"
            settled.append(entry)
        return settled

    @staticmethod
    def _move_aliases(
        keep: Organization, drop: Organization
    ) -> tuple[list[int], list[dict[str, Any]]]:
        known = set(keep.aliases.values_list("name", flat=True))
        moved: list[int] = []
        removed: list[dict[str, Any]] = []
        for alias in drop.aliases.all():
            if alias.name in known:
                removed.append(
                    {
                        "id": alias.pk,
                        "name": alias.name,
                        "key": alias.key,
                        "script": alias.script,
                        "language": alias.language,
                        "first_seen_statement": alias.first_seen_statement_id,
                        "first_seen_at": alias.first_seen_at.isoformat(),
                    }
                )
            else:
                moved.append(alias.pk)
        Alias.objects.filter(pk__in=[r["id"] for r in removed]).delete()
        Alias.objects.filter(pk__in=moved).update(organization=keep)
        return moved, removed

    @staticmethod
    def _close_pair(keep: Organization, drop: Organization) -> dict[str, Any] | None:
        lower, higher = sorted((keep.pk, drop.pk))
        pair = DuplicatePair.objects.filter(lower_id=lower, higher_id=higher).first()
        if pair is None:
            return None
        before = {
            "id": pair.pk,
            "status": pair.status,
            "decided_by": pair.decided_by_id,
            "decided_at": pair.decided_at.isoformat() if pair.decided_at else None,
        }
        DuplicatePair.objects.filter(pk=pair.pk).update(
            status=DuplicateStatus.MERGED, decided_at=timezone.now()
        )
        return before


def merge_organizations(
    keep: Organization, drop: Organization, *, by: User | None = None, name: str = ""
) -> MergeRecord:
    """Merge ``drop`` into ``keep`` following ``OrganizationMerger``'s rules."""
    return OrganizationMerger(keep=keep, drop=drop, by=by, name=name).merge()


def _later_merges(record: MergeRecord) -> bool:
    """Is there a merge still in force, made after ``record``, touching either organization?"""
    involved = [record.survivor_id, record.merged_id]
    return (
        MergeRecord.objects.filter(undone_at__isnull=True, pk__gt=record.pk)
        .filter(Q(survivor_id__in=involved) | Q(merged_id__in=involved))
        .exists()
    )


def _when(value: str | None) -> Any:
    return parse_datetime(value) if value else None


@transaction.atomic
def undo_merge(record: MergeRecord, *, by: User | None = None) -> Organization:
    """Put back everything ``record`` changed; returns the organization that was merged.

    Merges are undone newest first: a merge that a later merge (still in force) builds on
    must wait until that one is undone.
    """
    record = MergeRecord.objects.select_for_update().get(pk=record.pk)
    if record.is_undone:
        raise MergeError(_("This merge was already undone."))
    keep, drop = _lock_pair(record.survivor, record.merged)
    if drop.merged_into_id != keep.pk:
        raise MergeError(_("This merge can no longer be undone."))
    if _later_merges(record):
        raise MergeError(_("Undo the later merges of these organizations first."))
    data = record.data

    drop.merged_into = None
    drop.save(update_fields=["merged_into", "updated_at"])
    OrganizationRedirect.objects.filter(pk=data["redirect"]).delete()
    OrganizationRedirect.objects.filter(pk__in=data["redirects_retargeted"]).update(target=drop)
    for field, value in data["keep_before"].items():
        setattr(keep, field, value)
    keep.save()
    VerifiedDomain.objects.filter(pk__in=data["domains"], organization=keep).update(
        organization=drop
    )
    Alias.objects.filter(pk__in=data["aliases_moved"], organization=keep).update(organization=drop)
    for alias in data["aliases_removed"]:
        restored = Alias.objects.create(
            pk=alias["id"],
            organization=drop,
            name=alias["name"],
            key=alias["key"],
            script=alias["script"],
            language=alias["language"],
            first_seen_statement_id=alias["first_seen_statement"],
        )
        Alias.objects.filter(pk=restored.pk).update(first_seen_at=_when(alias["first_seen_at"]))
    Signature.objects.filter(pk__in=data["signatures"], organization=keep).update(organization=drop)
    Signature.objects.filter(pk__in=data["proposals"], proposed_organization=keep).update(
        proposed_organization=drop
    )
    for entry in data["duplicates"]:
        _restore_signature(entry, by=by)
    if data.get("pair"):
        pair = data["pair"]
        DuplicatePair.objects.filter(pk=pair["id"]).update(
            status=pair["status"],
            decided_by_id=pair["decided_by"],
            decided_at=_when(pair["decided_at"]),
        )
    recount(keep, drop)
    record.undone_at = timezone.now()
    record.undone_by = by
    record.save(update_fields=["undone_at", "undone_by"])
    log_action(
        "registry.organization.merge_undone",
        subject=keep,
        user=by,
        data={"merge": record.pk, "restored": drop.pk, "restored_name": drop.name},
    )
    _changed()
    return drop


def _restore_signature(entry: dict[str, Any], *, by: User | None) -> None:
    """Give a signature set aside by a merge back its status, link and decision."""
    signature = Signature.objects.get(pk=entry["signature"])
    if entry["outcome"] == "unlinked":
        if signature.status in LIVE_STATUSES and signature.organization_id is None:
            Signature.objects.filter(pk=signature.pk).update(
                organization_id=entry["organization"],
                proposed_organization_id=entry["proposed_organization"],
            )
        return
    if signature.status != SignatureStatus.REJECTED:
        return  # someone decided on it since; their decision stands
    if entry["status"] == SignatureStatus.ACCEPTED:
        organization = Organization.objects.get(pk=entry["organization"])
        signature_services.accept_signature(signature, by=by, organization=organization)
    else:
        signature_services.return_to_review(signature, by=by)
    Signature.objects.filter(pk=signature.pk).update(
        organization_id=entry["organization"],
        proposed_organization_id=entry["proposed_organization"],
        decided_at=_when(entry["decided_at"]),
        decided_by_id=entry["decided_by"],
        rejection_reason=entry["rejection_reason"],
    )


def _changed() -> None:
    from undersigned.registry.search import registry_changed

    registry_changed()
