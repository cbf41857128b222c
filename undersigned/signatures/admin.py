from django.contrib import admin

from undersigned.signatures.models import Signature


@admin.register(Signature)
class SignatureAdmin(admin.ModelAdmin):
    list_display = ["name_as_signed", "statement", "kind", "status", "source", "created_at"]
    list_filter = ["status", "kind", "source", "statement"]
    search_fields = ["name_as_signed", "display_name", "person_name", "email"]
    raw_id_fields = ["statement", "organization", "proposed_organization", "import_batch"]
    readonly_fields = [
        "status",
        "ip_hash",
        "statement_version",
        "language",
        "created_at",
        "confirmed_at",
        "decided_at",
        "decided_by",
        "withdrawn_at",
    ]
    date_hierarchy = "created_at"
