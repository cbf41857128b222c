from django.urls import path

from undersigned.statements import views

app_name = "statements"

urlpatterns = [
    path("", views.home, name="home"),
    path("s/<slug:slug>/", views.detail, name="detail"),
    path("s/<slug:slug>/signatories/", views.signatories, name="signatories"),
    path("s/<slug:slug>/versions/", views.versions, name="versions"),
    path("s/<slug:slug>/versions/<int:number>/", views.version_detail, name="version"),
    path("s/<slug:slug>/qr.svg", views.qr_code, name="qr"),
    path("manage/new/", views.create, name="create"),
    path("manage/preview/", views.preview, name="preview"),
    path("manage/s/<slug:slug>/", views.manage, name="manage"),
    path("manage/s/<slug:slug>/edit/", views.edit, name="edit"),
    path("manage/s/<slug:slug>/share/", views.share, name="share"),
    path("manage/s/<slug:slug>/status/<str:to>/", views.change_status, name="change_status"),
]
