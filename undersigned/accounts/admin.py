from django.contrib import admin

from undersigned.accounts.models import Coalition, Membership


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
