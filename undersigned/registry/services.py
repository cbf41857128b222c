"""Registry workflows: organizations, the spellings of their names, duplicates, splits,
verified domains, and the registry as open data.

Merging lives in ``merger.py`` (``OrganizationMerger`` states the rules); resolving a name
against the registry lives in ``search.py``.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import URLValidator, validate_email
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from undersigned.audit.services import log_action
from undersigned.core.numbers import is_whole_number
from undersigned.core.slugs import unique_slug
from undersigned.matching import clean_name, compare, parse_line, script_of
from undersigned.registry.merger import MergeError, recount
from undersigned.registry.models import (
    RESERVED_SLUGS,
    Alias,
    DuplicatePair,
    DuplicateStatus,
    Organization,
    OrganizationRedirect,
    VerifiedDomain,
)
from undersigned.registry.search import registry_changed, resolve_name
from undersigned.signatures.models import Signature
from undersigned.statements.models import Statement

NAME_MAX_LENGTH = 300
_CONTROL_RE = re.compile(r"[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def tidy(text: str, *, limit: int = NAME_MAX_LENGTH) -> str:
    """NFC, no control characters or direction marks, single spaces, at most ``limit``."""
    text = _CONTROL_RE.sub(" ", unicodedata.normalize("NFC", text or ""))
    return " ".join(text.split())[:limit]


def new_slug(name: str) -> str:
    """A free slug for a new organization, never one of the registry's own paths."""
    slug = unique_slug(Organization, name, fallback="organization")
    if slug in RESERVED_SLUGS:
        slug = unique_slug(Organization, f"{name} organization", fallback="organization")
    return slug


@transaction.atomic
def create_organization(
    name: str,
    *,
    by: User | None = None,
    statement: Statement | None = None,
    country: str = "",
    city: str = "",
    website: str = "",
    language: str = "",
    wikidata_id: str = "",
) -> Organization:
    """A new registry entry whose canonical name is also its first alias."""
    name = tidy(name)
    if not name:
        raise ValueError("an organization needs a name")
    organization = Organization.objects.create(
        name=name,
        slug=new_slug(name),
        country=tidy(country, limit=100),
        city=tidy(city, limit=100),
        website=website,
        wikidata_id=wikidata_id,
    )
    add_alias(organization, name, statement=statement, language=language)
    log_action(
        "registry.organization.created",
        subject=organization,
        user=by,
        data={"name": name, "statement": statement.pk if statement else None},
    )
    return organization


def is_unused(organization_id: int, *, ignoring: Signature | None = None) -> bool:
    """Nothing refers to the organization: no signature or proposal on any statement (but
    ``ignoring``), no merge, redirect or verified domain.  Such an entry may be taken back
    by whatever created it (an import that is undone, a decision that is reverted)."""
    organization = Organization.objects.filter(pk=organization_id).first()
    if organization is None or organization.merged_into_id is not None:
        return False
    others = Signature.objects.exclude(pk=ignoring.pk) if ignoring else Signature.objects.all()
    return (
        not others.filter(organization_id=organization_id).exists()
        and not others.filter(proposed_organization_id=organization_id).exists()
        and not organization.merged_from.exists()
        and not organization.merges_kept.exists()
        and not organization.merges_lost.exists()
        and not organization.redirects.exists()
        and not organization.verified_domains.exists()
    )


def remove_unused(
    organization_id: int, *, by: User | None = None, ignoring: Signature | None = None, why: str
) -> bool:
    """Delete an organization nothing refers to (see ``is_unused``), with its aliases;
    False, and nothing done, when something does."""
    if not is_unused(organization_id, ignoring=ignoring):
        return False
    organization = Organization.objects.get(pk=organization_id)
    log_action(
        "registry.organization.removed",
        subject=organization,
        user=by,
        data={"name": organization.name, "why": why},
    )
    organization.delete()
    registry_changed()
    return True


def add_alias(
    organization: Organization,
    name: str,
    *,
    statement: Statement | None = None,
    language: str = "",
) -> Alias:
    """Record a spelling of the organization's name; an existing spelling is returned as is.

    The script is detected from the name; ``statement`` is where it was first seen.
    """
    name = tidy(name)
    alias, created = Alias.objects.get_or_create(
        organization=organization,
        name=name,
        defaults={
            "key": parse_line(name).key[:300],
            "script": script_of(name),
            "language": language[:10],
            "first_seen_statement": statement,
        },
    )
    if created:
        registry_changed(added=[(organization.pk, name)])
    return alias


def record_spelling(signature: Signature) -> Alias | None:
    """Make the name an organization signature was typed under one of its organization's
    aliases (cleaned of list numbering and stray quotes), first seen on its statement.

    Call it when a signature is linked to an organization; a known spelling changes nothing.
    """
    if signature.organization_id is None:
        return None
    name = clean_name(signature.name_as_signed) or tidy(signature.name_as_signed)
    if not name:
        return None
    organization = Organization.objects.get(pk=signature.organization_id)
    return add_alias(organization, name, statement=signature.statement, language=signature.language)


# --- Splitting --------------------------------------------------------------------------


def signatures_under(alias: Alias) -> list[Signature]:
    """The organization's signatures made under this spelling (as typed, once cleaned)."""
    matches = []
    for signature in Signature.objects.filter(organization_id=alias.organization_id):
        typed = signature.name_as_signed
        if alias.name in (typed, tidy(typed), signature.display_name) or (
            alias.key and parse_line(typed).key[:300] == alias.key
        ):
            matches.append(signature)
    return matches


@transaction.atomic
def split_alias(alias: Alias, *, by: User | None = None) -> Organization:
    """Move a spelling, and the signatures made under it, off to a new organization.

    The new organization's canonical name is the spelling; the old organization keeps its
    name, so its canonical spelling cannot be split off (rename it first). Counts of both
    are recounted. Undo a split by merging the new organization back.
    """
    source = Organization.objects.select_for_update().get(pk=alias.organization_id)
    if source.merged_into_id:
        raise MergeError(_("This organization was merged into another one."))
    if alias.name == source.name:
        raise MergeError(
            _("This spelling is the organization's name: choose another name for it first.")
        )
    moved = signatures_under(alias)
    target = Organization.objects.create(
        name=alias.name,
        slug=new_slug(alias.name),
        country=source.country,
        city=source.city,
    )
    Alias.objects.filter(pk=alias.pk).update(organization=target)
    Signature.objects.filter(pk__in=[s.pk for s in moved]).update(organization=target)
    recount(source, target)
    log_action(
        "registry.organization.split",
        subject=source,
        user=by,
        data={
            "alias": alias.pk,
            "name": alias.name,
            "new_organization": target.pk,
            "signatures": [s.pk for s in moved],
        },
    )
    registry_changed()
    return target


@transaction.atomic
def rename_organization(
    organization: Organization, *, name: str, by: User | None = None
) -> Organization:
    """Make one of the organization's spellings its canonical name."""
    name = tidy(name)
    if organization.merged_into_id:
        raise MergeError(_("This organization was merged into another one."))
    if not organization.aliases.filter(name=name).exists():
        raise MergeError(_("The name must be one of the organization's spellings."))
    before = organization.name
    organization.name = name
    organization.save(update_fields=["name", "updated_at"])
    log_action(
        "registry.organization.renamed",
        subject=organization,
        user=by,
        data={"from": before, "to": name},
    )
    registry_changed()
    return organization


# --- Duplicates -------------------------------------------------------------------------


LAST_SEARCH_KEY = "registry:duplicates-last-search"


@dataclass
class DetectionSummary:
    compared: int = 0
    found: int = 0
    updated: int = 0
    skipped_decided: int = 0

    def line(self) -> str:
        compared = ngettext(
            "%(n)d organization compared", "%(n)d organizations compared", self.compared
        ) % {"n": self.compared}
        found = ngettext("%(n)d new suspected pair", "%(n)d new suspected pairs", self.found) % {
            "n": self.found
        }
        return _("%(compared)s: %(found)s, %(updated)d updated, %(skipped)d already decided.") % {
            "compared": compared,
            "found": found,
            "updated": self.updated,
            "skipped": self.skipped_decided,
        }


def _best_comparison(
    a_names: list[str], b_names: list[str]
) -> tuple[float, list[str], str, str] | None:
    best: tuple[float, list[str], str, str] | None = None
    for left in a_names:
        for right in b_names:
            comparison = compare(left, right)
            if best is None or comparison.score > best[0]:
                best = (comparison.score, list(comparison.reasons), left, right)
    return best


@transaction.atomic
def detect_duplicates(*, limit_per_organization: int = 5) -> DetectionSummary:
    """Compare every live organization with the registry through the matching engine and
    store each suspected pair once, lower id first, with its score and reasons.

    A pair somebody decided ("not the same", merged, later) is never reopened, whatever
    new aliases arrive. Nothing is ever merged here: a person decides.
    """
    summary = DetectionSummary()
    names: dict[int, list[str]] = {}
    for organization_id, name in Alias.objects.filter(
        organization__merged_into__isnull=True
    ).values_list("organization_id", "name"):
        names.setdefault(organization_id, []).append(name)
    decided = set(
        DuplicatePair.objects.exclude(status=DuplicateStatus.OPEN).values_list(
            "lower_id", "higher_id"
        )
    )
    existing = {
        (p.lower_id, p.higher_id): p
        for p in DuplicatePair.objects.filter(status=DuplicateStatus.OPEN)
    }
    seen: set[tuple[int, int]] = set()
    for organization_id, spellings in names.items():
        summary.compared += 1
        for spelling in spellings:
            for resolved in resolve_name(spelling, limit=limit_per_organization + 1):
                other = resolved.organization.pk
                if other == organization_id or resolved.decision == "new":
                    continue
                pair_key = (min(organization_id, other), max(organization_id, other))
                if pair_key in seen:
                    continue
                seen.add(pair_key)
                if pair_key in decided:
                    summary.skipped_decided += 1
                    continue
                best = _best_comparison(names.get(pair_key[0], []), names.get(pair_key[1], []))
                if best is None:
                    continue
                score, reasons, left, right = best
                if score < 0.7:
                    continue
                reasons = [f"“{left}” ~ “{right}”", *reasons]
                pair = existing.get(pair_key)
                if pair is None:
                    DuplicatePair.objects.create(
                        lower_id=pair_key[0], higher_id=pair_key[1], score=score, reasons=reasons
                    )
                    summary.found += 1
                elif abs(pair.score - score) > 1e-9 or pair.reasons != reasons:
                    DuplicatePair.objects.filter(pk=pair.pk).update(score=score, reasons=reasons)
                    summary.updated += 1
    cache.set(LAST_SEARCH_KEY, timezone.now(), timeout=None)
    newest = DuplicatePair.objects.order_by("-pk").first()
    if summary.found and newest is not None:
        log_action(
            "registry.duplicates.detected",
            subject=newest,
            data={"found": summary.found, "updated": summary.updated},
        )
    return summary


def last_duplicate_search() -> datetime.datetime | None:
    """When the duplicate search last finished, if this cache remembers it."""
    value = cache.get(LAST_SEARCH_KEY)
    return value if isinstance(value, datetime.datetime) else None


def queue_duplicate_detection() -> None:
    """Run the duplicate search in the background once this transaction commits."""
    from undersigned.registry.tasks import detect_duplicates_task

    transaction.on_commit(lambda: detect_duplicates_task.delay())


@transaction.atomic
def decide_pair(pair: DuplicatePair, *, decision: str, by: User | None = None) -> DuplicatePair:
    """Record a moderator's "not the same" or "later" (or reopen a pair decided "later")."""
    if decision not in (DuplicateStatus.NOT_DUPLICATE, DuplicateStatus.LATER, DuplicateStatus.OPEN):
        raise ValueError(f"unknown decision {decision!r}")
    locked = DuplicatePair.objects.select_for_update().get(pk=pair.pk)
    if locked.status in (DuplicateStatus.MERGED, DuplicateStatus.NOT_DUPLICATE) and (
        decision != DuplicateStatus.NOT_DUPLICATE or locked.status == DuplicateStatus.MERGED
    ):
        raise MergeError(_("This pair was already decided."))
    before = locked.status
    locked.status = decision
    locked.decided_by = by
    locked.decided_at = timezone.now()
    locked.save(update_fields=["status", "decided_by", "decided_at"])
    log_action(
        "registry.duplicate.decided",
        subject=locked,
        user=by,
        data={"from": before, "to": decision, "lower": locked.lower_id, "higher": locked.higher_id},
    )
    return locked


# --- Verified domains -------------------------------------------------------------------

DOMAIN_SALT = "undersigned.registry.domain"
DOMAIN_LINK_DAYS = 3
# Mail providers: an address there proves nothing about an organization.
SHARED_MAIL_DOMAINS = frozenset(
    [
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "yahoo.fr",
        "ymail.com",
        "hotmail.com",
        "outlook.com",
        "live.com",
        "msn.com",
        "icloud.com",
        "me.com",
        "mail.ru",
        "inbox.ru",
        "list.ru",
        "bk.ru",
        "yandex.ru",
        "yandex.com",
        "ya.ru",
        "rambler.ru",
        "aol.com",
        "protonmail.com",
        "proton.me",
        "gmx.com",
        "gmx.de",
        "gmx.net",
        "web.de",
        "mail.com",
        "zoho.com",
        "tutanota.com",
        "rocketmail.com",
    ]
)
_DOMAIN_RE = re.compile(r"^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


class DomainError(ValueError):
    """A domain that cannot be verified; the message is for the person asking."""


def domain_of(email: str) -> str:
    email = tidy(email, limit=254).lower()
    try:
        validate_email(email)
    except ValidationError as error:
        raise DomainError(_("Enter a valid e-mail address.")) from error
    domain = email.rpartition("@")[2]
    try:
        domain = domain.encode("idna").decode("ascii")
    except UnicodeError as error:
        raise DomainError(_("Enter a valid e-mail address.")) from error
    if not _DOMAIN_RE.match(domain):
        raise DomainError(_("Enter a valid e-mail address."))
    if domain in SHARED_MAIL_DOMAINS:
        raise DomainError(
            _("%(domain)s is a mail provider, not the organization's own domain.")
            % {"domain": domain}
        )
    return domain


def request_domain_verification(
    organization: Organization, *, email: str, by: User | None = None
) -> str:
    """Send a signed link to ``email``; following it proves control of its domain.

    Returns the domain. The address itself is not stored; the e-mail is sent by a Celery
    task once the transaction commits.
    """
    if organization.merged_into_id:
        raise DomainError(_("This organization was merged into another one."))
    domain = domain_of(email)
    holder = VerifiedDomain.objects.filter(domain=domain).exclude(verified_at=None).first()
    if holder is not None:
        if holder.organization_id == organization.pk:
            raise DomainError(_("This domain is already verified for this organization."))
        raise DomainError(_("This domain is already verified for another organization."))
    log_action(
        "registry.domain.requested",
        subject=organization,
        user=by,
        data={"domain": domain},
    )
    from undersigned.registry.tasks import send_domain_verification_task

    address = email.strip().lower()
    pk = organization.pk
    transaction.on_commit(lambda: send_domain_verification_task.delay(pk, address))
    return domain


def domain_token(organization: Organization, email: str) -> str:
    return signing.dumps(
        {"o": organization.pk, "d": domain_of(email)}, salt=DOMAIN_SALT, compress=True
    )


def send_domain_verification(organization: Organization, *, email: str) -> None:
    token = domain_token(organization, email)
    link = settings.SITE_URL + reverse("registry:confirm_domain", kwargs={"token": token})
    context = {
        "organization": organization,
        "domain": domain_of(email),
        "link": link,
        "days": DOMAIN_LINK_DAYS,
    }
    send_mail(
        subject=_("Confirm that %(domain)s belongs to %(name)s")
        % {"domain": context["domain"], "name": organization.name},
        message=render_to_string("registry/domain_email.txt", context),
        from_email=None,
        recipient_list=[email],
    )


@transaction.atomic
def confirm_domain(token: str) -> VerifiedDomain:
    """Follow a verification link: the domain is verified for the organization."""
    try:
        payload = signing.loads(token, salt=DOMAIN_SALT, max_age=DOMAIN_LINK_DAYS * 86400)
        organization_id, domain = int(payload["o"]), str(payload["d"])
    except signing.SignatureExpired as error:
        raise DomainError(_("This link has expired. Ask for a new one.")) from error
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise DomainError(_("This link is not valid.")) from error
    organization = Organization.objects.filter(pk=organization_id).first()
    while organization is not None and organization.merged_into_id:
        organization = organization.merged_into
    if organization is None:
        raise DomainError(_("This link is not valid."))
    existing = VerifiedDomain.objects.select_for_update().filter(domain=domain).first()
    if existing is not None and existing.verified_at is not None:
        if existing.organization_id != organization.pk:
            raise DomainError(_("This domain is already verified for another organization."))
        return existing
    if existing is None:
        existing = VerifiedDomain(domain=domain, organization=organization)
    existing.organization = organization
    existing.verified_at = timezone.now()
    try:
        with transaction.atomic():
            existing.save()
    except IntegrityError as error:
        raise DomainError(_("This domain is already verified for another organization.")) from error
    log_action("registry.domain.verified", subject=organization, data={"domain": domain})
    return existing


@transaction.atomic
def remove_domain(domain: VerifiedDomain, *, by: User | None = None) -> None:
    organization = domain.organization
    name = domain.domain
    domain.delete()
    log_action("registry.domain.removed", subject=organization, user=by, data={"domain": name})


def trusted_organization_for(email: str) -> Organization | None:
    """The organization whose verified domain ``email`` is at, if any."""
    domain = email.rpartition("@")[2].strip().lower()
    if not domain:
        return None
    found = (
        VerifiedDomain.objects.filter(domain=domain, verified_at__isnull=False)
        .select_related("organization")
        .first()
    )
    return found.organization if found else None


# --- Open data: import and export -------------------------------------------------------

EXPORT_COLUMNS = [
    "id",
    "name",
    "aliases",
    "country",
    "city",
    "website",
    "wikidata_id",
    "statement_count",
    "url",
]
_WIKIDATA_RE = re.compile(r"^Q[1-9][0-9]{0,15}$")
_HEADER_ALIASES = {
    "id": "id",
    "name": "name",
    "aliases": "aliases",
    "alias": "aliases",
    "other names": "aliases",
    "country": "country",
    "city": "city",
    "website": "website",
    "url": "website",
    "wikidata": "wikidata_id",
    "wikidata id": "wikidata_id",
    "wikidata_id": "wikidata_id",
    "wikidataid": "wikidata_id",
}
MAX_IMPORT_ROWS = 100_000


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    aliases: int = 0
    errors: list[str] = field(default_factory=list)
    dry_run: bool = False

    def line(self) -> str:
        text = _(
            "%(created)d organizations created, %(updated)d updated, %(aliases)d new spellings,"
            " %(errors)d rows with errors."
        ) % {
            "created": self.created,
            "updated": self.updated,
            "aliases": self.aliases,
            "errors": len(self.errors),
        }
        return text + (" " + _("Dry run: nothing was saved.") if self.dry_run else "")


class _DryRunError(Exception):
    """Raised inside a dry run's transaction so that everything it wrote is rolled back."""


def _clean_website(value: str) -> str:
    value = tidy(value, limit=300)
    if not value:
        return ""
    if "://" not in value:
        value = "https://" + value
    try:
        URLValidator(schemes=["http", "https"])(value)
    except ValidationError as error:
        raise ValueError(_("website %(value)s is not a web address") % {"value": value}) from error
    return value


def _split_aliases(value: str) -> list[str]:
    parts = re.split(r"[|;\n]", value or "")
    return [tidy(p) for p in parts if tidy(p)]


def read_registry_csv(text: str) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) with the columns named as ``import_registry`` expects."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    header = next(reader, None)
    if not header:
        raise ValueError(_("The file is empty."))
    columns = [_HEADER_ALIASES.get(tidy(h, limit=50).lower()) for h in header]
    if "name" not in columns:
        raise ValueError(_("The file has no “name” column."))
    for number, values in enumerate(reader, start=2):
        if number > MAX_IMPORT_ROWS + 1:
            raise ValueError(_("The file has more than %(n)d rows.") % {"n": MAX_IMPORT_ROWS})
        row = {c: v for c, v in zip(columns, values, strict=False) if c}
        if any(v.strip() for v in row.values()):
            yield number, row


def import_registry(
    rows: Iterable[tuple[int, dict[str, str]]],
    *,
    by: User | None = None,
    dry_run: bool = False,
) -> ImportSummary:
    """Bring organizations in: a row whose id is a registry id, or whose name is a known
    spelling, updates that organization (blank details filled in, new spellings added);
    any other row creates one. Rows with errors are reported and skipped; the rest is
    written in one transaction (nothing with ``dry_run``)."""
    summary = ImportSummary(dry_run=dry_run)
    try:
        with transaction.atomic():
            for number, row in rows:
                try:
                    with transaction.atomic():
                        _import_row(row, summary, by=by)
                except (ValueError, ValidationError, IntegrityError) as error:
                    message = (
                        error.messages[0] if isinstance(error, ValidationError) else str(error)
                    )
                    summary.errors.append(
                        _("line %(n)d: %(error)s") % {"n": number, "error": message}
                    )
            last = Organization.objects.order_by("-updated_at", "-pk").first()
            if (summary.created or summary.updated) and last is not None:
                log_action(
                    "registry.organizations.imported",
                    subject=last,
                    user=by,
                    data={
                        "created": summary.created,
                        "updated": summary.updated,
                        "aliases": summary.aliases,
                        "errors": len(summary.errors),
                    },
                )
            if dry_run:
                raise _DryRunError
    except _DryRunError:
        registry_changed()
    return summary


def _import_row(row: dict[str, str], summary: ImportSummary, *, by: User | None) -> None:
    name = tidy(row.get("name", ""))
    if not name:
        raise ValueError(_("the name is empty"))
    if len(row.get("name", "")) > NAME_MAX_LENGTH * 2:
        raise ValueError(_("the name is too long"))
    wikidata = tidy(row.get("wikidata_id", ""), limit=40).upper()
    if wikidata.startswith("HTTP"):
        wikidata = wikidata.rstrip("/").rpartition("/")[2]
    if wikidata and not _WIKIDATA_RE.match(wikidata):
        raise ValueError(_("%(value)s is not a Wikidata id (Q1234567)") % {"value": wikidata})
    website = _clean_website(row.get("website", ""))
    country = tidy(row.get("country", ""), limit=100)
    city = tidy(row.get("city", ""), limit=100)
    aliases = _split_aliases(row.get("aliases", ""))
    organization = None
    raw_id = tidy(row.get("id", ""), limit=20)
    if is_whole_number(raw_id):
        organization = Organization.objects.filter(pk=int(raw_id)).first()
        while organization is not None and organization.merged_into_id:
            organization = organization.merged_into
    if organization is None:
        known = (
            Alias.objects.filter(name__in=[name, *aliases], organization__merged_into__isnull=True)
            .select_related("organization")
            .first()
        )
        organization = known.organization if known else None
    if organization is None:
        organization = create_organization(
            name, by=by, country=country, city=city, website=website, wikidata_id=wikidata
        )
        organization.full_clean()
        summary.created += 1
    else:
        changed = []
        for field_name, value in (
            ("country", country),
            ("city", city),
            ("website", website),
            ("wikidata_id", wikidata),
        ):
            if value and not getattr(organization, field_name):
                setattr(organization, field_name, value)
                changed.append(field_name)
        organization.full_clean()
        if changed:
            organization.save(update_fields=[*changed, "updated_at"])
        summary.updated += 1
    for spelling in [name, *aliases]:
        before = organization.aliases.count()
        add_alias(organization, spelling)
        summary.aliases += organization.aliases.count() - before


def _cell(value: Any) -> str:
    """A CSV cell that a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export_organizations() -> Iterator[Organization]:
    return (
        Organization.objects.live()
        .prefetch_related("aliases", "verified_domains")
        .order_by("pk")
        .iterator(chunk_size=500)
    )


def registry_csv_rows() -> Iterator[list[str]]:
    """The registry as CSV rows: public fields only."""
    yield EXPORT_COLUMNS
    for organization in export_organizations():
        others = [a.name for a in organization.aliases.all() if a.name != organization.name]
        yield [
            _cell(v)
            for v in (
                organization.pk,
                organization.name,
                " | ".join(others),
                organization.country,
                organization.city,
                organization.website,
                organization.wikidata_id,
                organization.statement_count,
                settings.SITE_URL + organization.get_absolute_url(),
            )
        ]


def popolo_organization(organization: Organization) -> dict[str, Any]:
    """One organization in the Popolo format (https://www.popoloproject.com/specs/organization.html)."""
    identifiers = [{"scheme": "undersigned", "identifier": str(organization.pk)}]
    if organization.wikidata_id:
        identifiers.append({"scheme": "wikidata", "identifier": organization.wikidata_id})
    links = []
    if organization.website:
        links.append({"url": organization.website, "note": "website"})
    if organization.wikidata_id:
        links.append(
            {"url": f"https://www.wikidata.org/wiki/{organization.wikidata_id}", "note": "Wikidata"}
        )
    return {
        "id": str(organization.pk),
        "name": organization.name,
        "other_names": [
            {"name": a.name, "note": a.script, **({"lang": a.language} if a.language else {})}
            for a in organization.aliases.all()
            if a.name != organization.name
        ],
        "identifiers": identifiers,
        "classification": "organization",
        "area": {"name": organization.country} if organization.country else None,
        "city": organization.city or None,
        "links": links,
        "verified_domains": [
            d.domain for d in organization.verified_domains.all() if d.verified_at
        ],
        "statement_count": organization.statement_count,
        "url": settings.SITE_URL + organization.get_absolute_url(),
        "created_at": organization.created_at.isoformat(),
        "updated_at": organization.updated_at.isoformat(),
    }


def registry_popolo() -> Iterator[dict[str, Any]]:
    for organization in export_organizations():
        yield popolo_organization(organization)


def find_organization(slug_or_id: str) -> tuple[Organization | None, bool]:
    """(organization, moved): a live organization by slug or id, following merges and
    redirects; ``moved`` is True when the address is an old one."""
    if not slug_or_id or len(slug_or_id) > 200 or _CONTROL_RE.search(slug_or_id):
        return None, False
    organization = Organization.objects.filter(slug=slug_or_id).first()
    is_number = is_whole_number(slug_or_id, 18)
    if organization is None and is_number:
        organization = Organization.objects.filter(pk=int(slug_or_id)).first()
    moved = False
    if organization is None:
        lookup = Q(old_slug=slug_or_id) | (Q(old_id=int(slug_or_id)) if is_number else Q())
        redirect = OrganizationRedirect.objects.filter(lookup).select_related("target").first()
        if redirect is None:
            return None, False
        organization, moved = redirect.target, True
    hops = 0
    while organization.merged_into_id and hops < 50:
        organization = Organization.objects.get(pk=organization.merged_into_id)
        moved, hops = True, hops + 1
    if organization.slug != slug_or_id:
        moved = True
    return organization, moved
