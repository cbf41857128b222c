from django.urls import path

from undersigned.signatures import views

app_name = "signatures"

urlpatterns = [
    path("s/<slug:slug>/sign/", views.sign, name="sign"),
    path("s/<slug:slug>/sign/sent/", views.sent, name="sent"),
    path("sign/suggest.json", views.suggest, name="suggest"),
    path("sign/confirm/<str:token>/", views.confirm, name="confirm"),
    path("sign/withdraw/<str:token>/", views.withdraw, name="withdraw"),
    path("manage/review/", views.review_home, name="review_home"),
    path("manage/review/<slug:slug>/", views.moderation, name="moderation"),
    path("manage/review/<slug:slug>/bulk/", views.bulk, name="bulk"),
    path("manage/review/<slug:slug>/<int:pk>/", views.decide, name="decide"),
]
