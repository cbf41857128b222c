from django.urls import path

from undersigned.registry import views

app_name = "registry"

# Fixed paths come first; RESERVED_SLUGS (models) keeps organizations from taking them.
urlpatterns = [
    path("", views.index, name="index"),
    path("suggest.json", views.suggest, name="suggest"),
    path("organizations.csv", views.export_csv, name="export_csv"),
    path("organizations.json", views.export_popolo, name="export_popolo"),
    path("network/", views.network_view, name="network"),
    path("duplicates/", views.duplicates, name="duplicates"),
    path("duplicates/detect/", views.detect, name="detect"),
    path("duplicates/<int:pk>/decide/", views.decide, name="decide"),
    path("merge/", views.merge, name="merge"),
    path("merges/", views.merges, name="merges"),
    path("merges/<int:pk>/undo/", views.undo_merge, name="undo_merge"),
    path("domain/<str:token>/", views.confirm_domain, name="confirm_domain"),
    path("<str:slug>.json", views.organization_json, name="organization_json"),
    path("<str:slug>/", views.organization, name="organization"),
    path("<str:slug>/verify-domain/", views.verify_domain, name="verify_domain"),
    path("<str:slug>/split/", views.split, name="split"),
    path("<str:slug>/rename/", views.rename, name="rename"),
    path("<str:slug>/domains/<int:pk>/remove/", views.remove_domain, name="remove_domain"),
]
