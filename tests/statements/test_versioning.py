"""Once anyone has signed, an edit of the text makes a new version, shown on the page."""

from __future__ import annotations

from django.urls import reverse

from undersigned.signatures import services as signature_services
from undersigned.statements import services


def _sign(statement, name):
    return signature_services.create_signature(
        statement, kind="organization", name=name, status="accepted", source="import"
    )


def test_an_edit_before_anyone_signed_keeps_version_one(client, open_statement, alice):
    services.update_text(open_statement, texts={"en": ("New title", "New text")}, by=alice)
    open_statement.refresh_from_db()
    assert open_statement.version == 1
    page = client.get(open_statement.get_absolute_url()).content.decode()
    assert "The text was changed after signing began" not in page


def test_an_edit_after_signing_makes_a_version_and_the_page_says_so(
    client, published_statement, alice
):
    first = _sign(published_statement, "Asparez Club")
    published_statement = services.update_text(
        published_statement, texts={"en": ("Title", "A sharper text.")}, by=alice
    )
    later = _sign(published_statement, "Zartonk NGO")
    assert (first.statement_version, later.statement_version) == (1, 2)

    page = client.get(published_statement.get_absolute_url()).content.decode()
    assert "The text was changed after signing began. This is version 2" in page
    assert reverse("statements:versions", kwargs={"slug": published_statement.slug}) in page
    asparez = page.split("Asparez Club", 1)[1].split("</li>", 1)[0]
    zartonk = page.split("Zartonk NGO", 1)[1].split("</li>", 1)[0]
    assert "signed-version" in asparez
    assert "signed-version" not in zartonk


def test_earlier_versions_stay_readable(client, published_statement, alice):
    _sign(published_statement, "Asparez Club")
    services.update_text(published_statement, texts={"en": ("Title", "A sharper text.")}, by=alice)
    slug = published_statement.slug
    listing = client.get(reverse("statements:versions", kwargs={"slug": slug})).content.decode()
    assert "Version 1" in listing
    assert "1 signature given to this version" in listing
    old = client.get(reverse("statements:version", kwargs={"slug": slug, "number": 1}))
    assert old.status_code == 200
    html = old.content.decode()
    assert "We <strong>condemn</strong> the attack." in html
    assert "It is not the current text." in html


def test_the_current_or_an_unknown_version_number_is_a_404(client, published_statement, alice):
    slug = published_statement.slug
    for number in (1, 2, 99):
        url = reverse("statements:version", kwargs={"slug": slug, "number": number})
        assert client.get(url).status_code == 404


def test_the_edit_form_warns_and_reports_the_new_version(client, published_statement, alice):
    _sign(published_statement, "Asparez Club")
    client.force_login(alice)
    url = reverse("statements:edit", kwargs={"slug": published_statement.slug})
    assert "People have signed already." in client.get(url).content.decode()
    data = {
        "title": published_statement.title,
        "body": "A changed text.",
        "addressees": "United Nations\nCouncil of Europe",
        "tags": "peace",
        "place": "Yerevan",
        "allow_individuals": "on",
    }
    response = client.post(url, data, follow=True)
    assert "Saved as version 2." in response.content.decode()
