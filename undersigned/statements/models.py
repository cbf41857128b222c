"""Statements: the text, its translations and versions, its addressees and its life.

Information here is about a statement, not about who signed it.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    OPEN = "open", _("Open for signatures")
    PUBLISHED = "published", _("Published")
    CLOSED = "closed", _("Closed")


# Published statements stay open for others to join; closed ones take no more signatures.
SIGNABLE_STATUSES = (Status.OPEN, Status.PUBLISHED)
PUBLIC_STATUSES = (Status.OPEN, Status.PUBLISHED, Status.CLOSED)


class Tag(models.Model):
    name = models.CharField(_("name"), max_length=60, unique=True)
    slug = models.SlugField(_("slug"), max_length=60, unique=True, allow_unicode=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("tag")
        verbose_name_plural = _("tags")

    def __str__(self) -> str:
        return self.name


class StatementQuerySet(models.QuerySet["Statement"]):
    def public(self) -> StatementQuerySet:
        return self.filter(status__in=PUBLIC_STATUSES)


class Statement(models.Model):
    """A joint statement. Its title and body are in ``language``; translations sit beside it.

    Counts of accepted signatures are kept on the row by the signature services, so that
    pages never count rows to show them.
    """

    coalition = models.ForeignKey(
        "accounts.Coalition", on_delete=models.PROTECT, related_name="statements"
    )
    slug = models.SlugField(_("slug"), max_length=120, unique=True, allow_unicode=True)
    language = models.CharField(
        _("original language"), max_length=10, choices=settings.LANGUAGES, default="en"
    )
    title = models.CharField(_("title"), max_length=300)
    body = models.TextField(_("text"), blank=True, help_text=_("Markdown."))
    summary = models.CharField(_("summary"), max_length=500, blank=True)
    date = models.DateField(_("date"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=200, blank=True)
    tags = models.ManyToManyField(
        Tag, blank=True, related_name="statements", verbose_name=_("tags")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    deadline = models.DateTimeField(_("sign-on deadline"), null=True, blank=True)
    allow_individuals = models.BooleanField(_("individuals may sign"), default=True)
    review_individuals = models.BooleanField(
        _("review individual signatures"),
        default=False,
        help_text=_("Hold signatures of individuals for a moderator after e-mail confirmation."),
    )
    signing_paused = models.BooleanField(_("signing paused"), default=False)
    version = models.PositiveIntegerField(_("text version"), default=1)
    organization_count = models.PositiveIntegerField(default=0)
    person_count = models.PositiveIntegerField(default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    published_at = models.DateTimeField(null=True, blank=True)
    signing_started_at = models.DateTimeField(null=True, blank=True)

    objects = StatementQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=Status.values), name="statement_status_known"
            ),
        ]
        indexes = [models.Index(fields=["status", "-date"])]
        verbose_name = _("statement")
        verbose_name_plural = _("statements")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("statements:detail", kwargs={"slug": self.slug})

    @property
    def signature_count(self) -> int:
        return self.organization_count + self.person_count

    @property
    def deadline_passed(self) -> bool:
        return self.deadline is not None and self.deadline <= timezone.now()

    @property
    def accepts_signatures(self) -> bool:
        return (
            self.status in SIGNABLE_STATUSES
            and not self.signing_paused
            and not self.deadline_passed
        )

    @property
    def is_public(self) -> bool:
        return self.status in PUBLIC_STATUSES

    def languages(self) -> list[str]:
        """The original language first, then every translation's."""
        others = [t.language for t in self.translations.all() if t.language != self.language]
        return [self.language, *others]

    def text_in(self, language: str) -> tuple[str, str, str]:
        """(title, body, language) in ``language`` when translated, else the original."""
        if language != self.language:
            for translation in self.translations.all():
                if translation.language == language:
                    return translation.title, translation.body, language
        return self.title, self.body, self.language


class StatementTranslation(models.Model):
    """The same statement in another language; it shares the one signatory list."""

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    title = models.CharField(_("title"), max_length=300)
    body = models.TextField(_("text"), blank=True)

    class Meta:
        ordering = ["language"]
        constraints = [
            models.UniqueConstraint(
                fields=["statement", "language"], name="one_translation_per_language"
            ),
        ]
        verbose_name = _("translation")
        verbose_name_plural = _("translations")

    def __str__(self) -> str:
        return f"{self.title} [{self.language}]"


class StatementVersion(models.Model):
    """The text of every language as it stood at one version; signatures point here by number."""

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    texts = models.JSONField(help_text="{language: {title, body}}")
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["statement", "number"]
        constraints = [
            models.UniqueConstraint(fields=["statement", "number"], name="one_version_number"),
        ]
        verbose_name = _("text version")
        verbose_name_plural = _("text versions")

    def __str__(self) -> str:
        return f"{self.statement} v{self.number}"


class Addressee(models.Model):
    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="addressees")
    position = models.PositiveIntegerField(default=0)
    name = models.CharField(_("name"), max_length=300)

    class Meta:
        ordering = ["statement", "position", "pk"]
        verbose_name = _("addressee")
        verbose_name_plural = _("addressees")

    def __str__(self) -> str:
        return self.name
