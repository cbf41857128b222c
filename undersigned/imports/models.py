"""Import batches: a list brought in from a paste, a CSV or an XLSX file.

A batch is previewed, reviewed, then committed in one transaction, and can be undone whole.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class BatchStatus(models.TextChoices):
    MAPPING = "mapping", _("Choosing columns")
    PREVIEW = "preview", _("Preview")
    RUNNING = "running", _("Analysing")
    COMMITTING = "committing", _("Committing")
    COMMITTED = "committed", _("Committed")
    UNDOING = "undoing", _("Undoing")
    UNDONE = "undone", _("Undone")
    FAILED = "failed", _("Failed")


class ImportBatch(models.Model):
    statement = models.ForeignKey(
        "statements.Statement", on_delete=models.CASCADE, related_name="import_batches"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    committed_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=BatchStatus.choices, default=BatchStatus.PREVIEW
    )
    filename = models.CharField(_("file name"), max_length=255, blank=True)
    checksum = models.CharField(_("SHA-256"), max_length=64, blank=True)
    column_mapping = models.JSONField(default=dict, blank=True)
    preview = models.JSONField(default=dict, blank=True)
    decisions = models.JSONField(default=dict, blank=True)
    stats = models.JSONField(default=dict, blank=True)
    progress = models.PositiveSmallIntegerField(default=0)
    error = models.TextField(blank=True)
    # What was read: a table waiting for its columns, then one row per line of the list
    # ([name, person, e-mail, country]). Private: shown to the statement's coordinators only.
    table = models.JSONField(default=dict, blank=True)
    rows = models.JSONField(default=list, blank=True)
    # What the commit created, so that undo removes exactly that.
    created = models.JSONField(default=dict, blank=True)
    undone_at = models.DateTimeField(null=True, blank=True)
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("import batch")
        verbose_name_plural = _("import batches")

    def __str__(self) -> str:
        return f"{self.filename or 'pasted list'} -> {self.statement} ({self.get_status_display()})"


class ColumnMapping(models.Model):
    """A remembered choice of columns for files with the same header."""

    coalition = models.ForeignKey("accounts.Coalition", on_delete=models.CASCADE, related_name="+")
    header_key = models.CharField(max_length=64)
    mapping = models.JSONField(default=dict)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["coalition", "header_key"], name="one_mapping_per_header"
            ),
        ]

    def __str__(self) -> str:
        return self.header_key
