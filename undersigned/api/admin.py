from django.contrib import admin

from undersigned.api.models import ApiToken


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["name", "prefix", "coalition", "created_at", "last_used_at", "revoked_at"]
    list_filter = ["coalition"]
    readonly_fields = ["prefix", "key_hash", "created_by", "created_at", "last_used_at"]
    search_fields = ["name", "prefix"]

    def has_add_permission(self, request):  # type: ignore[no-untyped-def]
        return False  # a token is made by issue_token, which shows the secret once
