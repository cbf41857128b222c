from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("accounts/", include("undersigned.accounts.urls")),
    path("api/", include("undersigned.api.urls")),
    path("o/", include("undersigned.registry.urls")),
    path("", include("undersigned.imports.urls")),
    path("", include("undersigned.exports.urls")),
    path("", include("undersigned.signatures.urls")),
    path("", include("undersigned.statements.urls")),
]
