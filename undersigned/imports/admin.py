from django.contrib import admin

from undersigned.imports.models import ColumnMapping, ImportBatch


@admin.register(ImportBatch)
class ImportBatchAdmin(admin.ModelAdmin):
    list_display = ["__str__", "statement", "status", "created_by", "created_at"]
    list_filter = ["status"]
    raw_id_fields = ["statement"]
    readonly_fields = ["checksum", "preview", "decisions", "stats", "progress", "error"]


@admin.register(ColumnMapping)
class ColumnMappingAdmin(admin.ModelAdmin):
    list_display = ["header_key", "coalition", "updated_at"]
