from django.contrib import admin

from undersigned.accounts.models import Coalition, Invitation, Membership


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 1
    autocomplete_fields = ["user"]


@admin.register(Coalition)
class CoalitionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "website", "created_at"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "coalition", "role", "created_at"]
    list_filter = ["role", "coalition"]
    search_fields = ["user__username", "user__email", "coalition__name"]
    autocomplete_fields = ["user", "coalition"]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    """Invitations are created and withdrawn from the members page; here they are read."""

    list_display = ["email", "coalition", "role", "created_at", "expires_at", "accepted_at"]
    list_filter = ["role", "coalition"]
    search_fields = ["email", "coalition__name"]
    readonly_fields = [
        "coalition",
        "email",
        "role",
        "token_hash",
        "invited_by",
        "created_at",
        "expires_at",
        "accepted_at",
        "accepted_by",
        "revoked_at",
    ]

    def has_add_permission(self, request) -> bool:  # type: ignore[no-untyped-def]
        return False
