from django.contrib import admin

from undersigned.registry.models import (
    Alias,
    DuplicatePair,
    MergeRecord,
    Organization,
    OrganizationRedirect,
    VerifiedDomain,
)


class AliasInline(admin.TabularInline):
    model = Alias
    extra = 0
    fields = ["name", "script", "language", "first_seen_statement"]
    raw_id_fields = ["first_seen_statement"]


class VerifiedDomainInline(admin.TabularInline):
    model = VerifiedDomain
    extra = 0


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["name", "country", "city", "statement_count", "merged_into"]
    list_filter = ["country"]
    search_fields = ["name", "aliases__name", "slug", "wikidata_id"]
    prepopulated_fields = {"slug": ["name"]}
    raw_id_fields = ["merged_into"]
    readonly_fields = ["statement_count"]
    inlines = [AliasInline, VerifiedDomainInline]


@admin.register(Alias)
class AliasAdmin(admin.ModelAdmin):
    list_display = ["name", "organization", "script", "language", "first_seen_at"]
    list_filter = ["script", "language"]
    search_fields = ["name", "organization__name"]
    raw_id_fields = ["organization", "first_seen_statement"]


@admin.register(VerifiedDomain)
class VerifiedDomainAdmin(admin.ModelAdmin):
    list_display = ["domain", "organization", "verified_at"]
    search_fields = ["domain", "organization__name"]
    raw_id_fields = ["organization"]


@admin.register(OrganizationRedirect)
class OrganizationRedirectAdmin(admin.ModelAdmin):
    list_display = ["old_slug", "old_id", "target", "created_at"]
    search_fields = ["old_slug"]
    raw_id_fields = ["target"]


@admin.register(DuplicatePair)
class DuplicatePairAdmin(admin.ModelAdmin):
    list_display = ["lower", "higher", "score", "status", "decided_by", "decided_at"]
    list_filter = ["status"]
    raw_id_fields = ["lower", "higher"]


@admin.register(MergeRecord)
class MergeRecordAdmin(admin.ModelAdmin):
    """Read only: merges are made and undone on /o/duplicates/ and /o/merges/, where the
    merger keeps signatures, aliases and counts exact."""

    list_display = ["merged", "survivor", "by", "created_at", "undone_at"]
    raw_id_fields = ["survivor", "merged", "by", "undone_by"]
    readonly_fields = ["survivor", "merged", "by", "created_at", "undone_at", "undone_by", "data"]

    def has_add_permission(self, request):  # type: ignore[no-untyped-def]
        return False

    def has_delete_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False
