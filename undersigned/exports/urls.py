from django.urls import path

from undersigned.exports import feeds, views

app_name = "exports"

# Every pattern here ends in a file name or a word of its own under /s/<slug>/, so none
# shadows the statement page (/s/<slug>/) or the pages of other apps below it.
urlpatterns = [
    path("s/<slug:slug>/letter.pdf", views.letter_pdf, name="letter"),
    path("s/<slug:slug>/letter.<str:language>.pdf", views.letter_pdf, name="letter_language"),
    path("s/<slug:slug>/signatories.csv", views.signatories_csv, name="csv"),
    path("s/<slug:slug>/signatories.json", views.signatories_json, name="json"),
    path("s/<slug:slug>/signatories.xlsx", views.signatories_xlsx, name="xlsx"),
    path("s/<slug:slug>/signatories.html", views.signatories_html, name="html"),
    path("s/<slug:slug>/embed/", views.embed_page, name="embed"),
    path("s/<slug:slug>/share/", views.share, name="share"),
    path("s/<slug:slug>/feed/", feeds.SignatoriesFeed(), name="statement_feed"),
    path("feeds/statements/", feeds.StatementsFeed(), name="statements_feed"),
    path("oembed/", views.oembed, name="oembed"),
    path("embed.js", views.widget_js, name="widget_js"),
]
