"""The registry: one identity per organization, with every spelling of its name.

Information here is about an organization, not about its signature on a statement.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

# Paths of the registry's own pages under /o/: no organization may take them as its slug.
RESERVED_SLUGS = frozenset({"network", "duplicates", "merge", "merges", "domain"})


class OrganizationQuerySet(models.QuerySet["Organization"]):
    def live(self) -> OrganizationQuerySet:
        """Organizations that were not merged into another one."""
        return self.filter(merged_into__isnull=True)


class Organization(models.Model):
    name = models.CharField(_("name"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, allow_unicode=True)
    country = models.CharField(_("country"), max_length=100, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    website = models.URLField(_("website"), max_length=300, blank=True)
    wikidata_id = models.CharField(
        _("Wikidata id"),
        max_length=20,
        blank=True,
        validators=[RegexValidator(r"^Q[1-9][0-9]*$", _("A Wikidata id looks like Q1234567."))],
        help_text=_("For example Q1234567."),
    )
    description = models.TextField(_("description"), blank=True)
    merged_into = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="merged_from",
        verbose_name=_("merged into"),
    )
    statement_count = models.PositiveIntegerField(_("statements signed"), default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OrganizationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(merged_into=models.F("pk")),
                name="organization_not_merged_into_itself",
            ),
        ]
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("registry:organization", kwargs={"slug": self.slug})


class Script(models.TextChoices):
    LATIN = "latin", _("Latin")
    ARMENIAN = "armenian", _("Armenian")
    CYRILLIC = "cyrillic", _("Cyrillic")
    GEORGIAN = "georgian", _("Georgian")
    MIXED = "mixed", _("Mixed")


class Alias(models.Model):
    """One spelling of an organization's name, in one script and language."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(_("name"), max_length=300)
    key = models.CharField(_("matching key"), max_length=300, db_index=True, blank=True)
    script = models.CharField(
        _("script"), max_length=10, choices=Script.choices, default=Script.LATIN
    )
    language = models.CharField(_("language"), max_length=10, blank=True)
    first_seen_statement = models.ForeignKey(
        "statements.Statement", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    first_seen_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "name"], name="one_alias_per_spelling"),
        ]
        verbose_name = _("alias")
        verbose_name_plural = _("aliases")

    def __str__(self) -> str:
        return self.name


class VerifiedDomain(models.Model):
    """An e-mail domain that an organization proved it controls."""

    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="verified_domains"
    )
    domain = models.CharField(_("domain"), max_length=253, unique=True)
    verified_at = models.DateTimeField(_("verified at"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["domain"]
        verbose_name = _("verified domain")
        verbose_name_plural = _("verified domains")

    def __str__(self) -> str:
        return self.domain

    def save(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self.domain = self.domain.strip().lower().lstrip("@")
        super().save(*args, **kwargs)


class OrganizationRedirect(models.Model):
    """Where an organization's old id and slug lead after a merge."""

    old_id = models.BigIntegerField(unique=True)
    old_slug = models.SlugField(max_length=120, unique=True, allow_unicode=True)
    target = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="redirects")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("organization redirect")
        verbose_name_plural = _("organization redirects")

    def __str__(self) -> str:
        return f"{self.old_slug} -> {self.target}"


class DuplicateStatus(models.TextChoices):
    OPEN = "open", _("To review")
    NOT_DUPLICATE = "not_duplicate", _("Not the same")
    MERGED = "merged", _("Merged")
    LATER = "later", _("Later")


class DuplicatePair(models.Model):
    """A suspected duplicate, stored once in canonical order (lower pk first)."""

    lower = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    higher = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    score = models.FloatField(_("score"))
    reasons = models.JSONField(_("reasons"), default=list, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=DuplicateStatus.choices, default=DuplicateStatus.OPEN
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-score"]
        constraints = [
            models.UniqueConstraint(fields=["lower", "higher"], name="one_duplicate_pair"),
            models.CheckConstraint(
                condition=models.Q(lower__lt=models.F("higher")), name="duplicate_pair_ordered"
            ),
        ]
        verbose_name = _("suspected duplicate")
        verbose_name_plural = _("suspected duplicates")

    def __str__(self) -> str:
        return f"{self.lower} ~ {self.higher} ({self.score:.2f})"


class MergeRecord(models.Model):
    """One merge, with everything its undo needs: see ``OrganizationMerger``.

    ``data`` lists what moved (alias, signature, domain and redirect ids), what was set aside
    (signatures rejected as duplicates, spellings the survivor already had) and the
    survivor's fields as they were before. It holds ids and names, never private data.
    """

    survivor = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="merges_kept")
    merged = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="merges_lost")
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    undone_at = models.DateTimeField(null=True, blank=True)
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(survivor=models.F("merged")), name="merge_of_two_organizations"
            ),
        ]
        verbose_name = _("merge")
        verbose_name_plural = _("merges")

    def __str__(self) -> str:
        return f"{self.merged} -> {self.survivor}"

    @property
    def is_undone(self) -> bool:
        return self.undone_at is not None
