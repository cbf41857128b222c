from django.contrib import admin

from undersigned.statements.models import (
    Addressee,
    Statement,
    StatementTranslation,
    StatementVersion,
    Tag,
)


class TranslationInline(admin.StackedInline):
    model = StatementTranslation
    extra = 0


class AddresseeInline(admin.TabularInline):
    model = Addressee
    extra = 1


@admin.register(Statement)
class StatementAdmin(admin.ModelAdmin):
    list_display = ["title", "coalition", "status", "date", "organization_count", "person_count"]
    list_filter = ["status", "coalition", "language", "tags"]
    search_fields = ["title", "slug", "body"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["organization_count", "person_count", "version", "status", "published_at"]
    filter_horizontal = ["tags"]
    inlines = [AddresseeInline, TranslationInline]
    date_hierarchy = "date"


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(StatementVersion)
class StatementVersionAdmin(admin.ModelAdmin):
    list_display = ["statement", "number", "created_at", "created_by"]
    readonly_fields = ["statement", "number", "texts", "created_at", "created_by"]


@admin.register(StatementTranslation)
class StatementTranslationAdmin(admin.ModelAdmin):
    list_display = ["title", "statement", "language"]
    list_filter = ["language"]
    search_fields = ["title", "statement__title"]
    raw_id_fields = ["statement"]


@admin.register(Addressee)
class AddresseeAdmin(admin.ModelAdmin):
    list_display = ["name", "statement", "position"]
    search_fields = ["name", "statement__title"]
    raw_id_fields = ["statement"]
