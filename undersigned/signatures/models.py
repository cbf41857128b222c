"""Signatures: one sign-on of an organization or a person on one statement.

The e-mail address, the hashed IP and the comment are private: they never leave the
coordinators' and moderators' screens.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    ORGANIZATION = "organization", _("Organization")
    PERSON = "person", _("Individual")


class SignatureStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for e-mail confirmation")
    CONFIRMED = "confirmed", _("Confirmed, waiting for review")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    EXPIRED = "expired", _("Expired")


# A live signature still stands or may still stand: at most one per e-mail and per
# organization on a statement.
LIVE_STATUSES = (SignatureStatus.PENDING, SignatureStatus.CONFIRMED, SignatureStatus.ACCEPTED)


class Source(models.TextChoices):
    FORM = "form", _("Sign form")
    IMPORT = "import", _("Import")
    API = "api", _("API")


class SignatureQuerySet(models.QuerySet["Signature"]):
    def public(self) -> SignatureQuerySet:
        """Only these may be shown to readers: accepted by the trust rules or a moderator."""
        return self.filter(status=SignatureStatus.ACCEPTED)

    def live(self) -> SignatureQuerySet:
        return self.filter(status__in=LIVE_STATUSES)


class Signature(models.Model):
    statement = models.ForeignKey(
        "statements.Statement", on_delete=models.CASCADE, related_name="signatures"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=SignatureStatus.choices, default=SignatureStatus.PENDING
    )
    source = models.CharField(
        _("source"), max_length=20, choices=Source.choices, default=Source.FORM
    )

    # Who signed, as they typed it, and what the registry made of it.
    name_as_signed = models.CharField(_("name as signed"), max_length=300)
    display_name = models.CharField(_("published name"), max_length=300, blank=True)
    organization = models.ForeignKey(
        "registry.Organization",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="signatures",
        verbose_name=_("organization"),
    )
    proposed_organization = models.ForeignKey(
        "registry.Organization",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("proposed organization"),
    )
    match_score = models.FloatField(null=True, blank=True)
    match_reasons = models.JSONField(default=list, blank=True)
    person_name = models.CharField(_("name of the representative"), max_length=200, blank=True)
    person_role = models.CharField(_("role"), max_length=200, blank=True)
    country = models.CharField(_("country"), max_length=100, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    website = models.URLField(_("website"), max_length=300, blank=True)

    # Private.
    email = models.EmailField(_("e-mail"), max_length=254, blank=True)
    comment = models.TextField(_("comment"), blank=True, max_length=2000)
    ip_hash = models.CharField(max_length=64, blank=True)

    # What was signed.
    statement_version = models.PositiveIntegerField(default=1)
    language = models.CharField(max_length=10, blank=True)

    import_batch = models.ForeignKey(
        "imports.ImportBatch",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="signatures",
    )
    rejection_reason = models.CharField(_("reason"), max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    objects = SignatureQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["statement", "email"],
                condition=models.Q(status__in=LIVE_STATUSES) & ~models.Q(email=""),
                name="one_live_signature_per_email",
            ),
            models.UniqueConstraint(
                fields=["statement", "organization"],
                condition=models.Q(status__in=LIVE_STATUSES) & models.Q(organization__isnull=False),
                name="one_live_signature_per_organization",
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=SignatureStatus.values), name="signature_status_known"
            ),
            models.CheckConstraint(
                condition=models.Q(kind__in=Kind.values), name="signature_kind_known"
            ),
            models.CheckConstraint(
                condition=models.Q(kind=Kind.ORGANIZATION) | models.Q(organization__isnull=True),
                name="only_organization_signatures_link_organizations",
            ),
        ]
        indexes = [
            models.Index(fields=["statement", "status", "kind"]),
            models.Index(fields=["organization", "status"]),
        ]
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")

    def __str__(self) -> str:
        return self.public_name

    @property
    def public_name(self) -> str:
        if self.kind == Kind.ORGANIZATION and self.organization_id and not self.display_name:
            return self.organization.name if self.organization else self.name_as_signed
        return self.display_name or self.name_as_signed

    @property
    def email_domain(self) -> str:
        return self.email.rpartition("@")[2].lower() if "@" in self.email else ""

    @property
    def is_public(self) -> bool:
        return self.status == SignatureStatus.ACCEPTED
