from django.urls import path

from undersigned.imports import views

app_name = "imports"

urlpatterns = [
    path("manage/s/<slug:slug>/import/", views.start, name="start"),
    path("manage/s/<slug:slug>/import/<int:pk>/", views.batch, name="batch"),
    path("manage/s/<slug:slug>/import/<int:pk>/columns/", views.columns, name="columns"),
    path("manage/s/<slug:slug>/import/<int:pk>/review/", views.review, name="review"),
    path("manage/s/<slug:slug>/import/<int:pk>/commit/", views.commit, name="commit"),
    path("manage/s/<slug:slug>/import/<int:pk>/undo/", views.undo, name="undo"),
    path("manage/s/<slug:slug>/import/<int:pk>/progress/", views.progress, name="progress"),
]
