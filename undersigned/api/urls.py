from django.urls import path, re_path

from undersigned.api import views
from undersigned.api.api import api
from undersigned.api.errors import json_method_not_allowed, not_found

app_name = "api"

ninja_patterns, _ninja_app, ninja_namespace = api.urls
for pattern in ninja_patterns:
    if getattr(pattern, "name", "") == "api-root":
        pattern.callback = views.root  # type: ignore[union-attr]
    else:
        pattern.callback = json_method_not_allowed(pattern.callback)  # type: ignore[union-attr]

urlpatterns = [
    path("", views.docs, name="index"),
    path("v1/docs", views.docs, name="docs"),
    path("tokens/", views.tokens, name="tokens"),
    path("tokens/<int:pk>/revoke/", views.revoke, name="revoke_token"),
    path("v1/", (ninja_patterns, "v1", ninja_namespace)),
    re_path(r"^v1/", not_found),
]
