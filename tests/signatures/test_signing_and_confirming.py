"""A signer signs from the form, gets an e-mail, follows its link and is on the list."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from undersigned.audit.models import AuditEntry
from undersigned.signatures.models import Signature, SignatureStatus

from .conftest import form_data, links_in, person_data

pytestmark = pytest.mark.django_db


def sign_url(statement) -> str:
    return reverse("signatures:sign", kwargs={"slug": statement.slug})


def test_the_sign_form_shows_for_an_open_statement(client, published_statement):
    response = client.get(sign_url(published_statement))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Name of the organization" in page
    assert 'name="homepage"' in page and 'name="started"' in page


def test_a_sign_on_waits_for_its_email_and_is_not_public(client, published_statement, hcav):
    response = client.post(sign_url(published_statement), form_data(email="x@gmail.com"))
    assert response.status_code == 302
    assert "/sign/sent/" in response["Location"]
    signature = Signature.objects.get()
    assert signature.status == SignatureStatus.PENDING
    assert signature.organization is None
    assert signature.proposed_organization == hcav
    assert signature.match_score and signature.match_score > 0.9
    assert signature.statement_version == published_statement.version
    assert signature.language == "en"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["x@gmail.com"]
    page = client.get(published_statement.get_absolute_url()).content.decode()
    assert "Helsinki" not in page


def test_an_organization_at_its_verified_domain_is_accepted_on_confirmation(
    client, published_statement, hcav
):
    client.post(sign_url(published_statement), form_data(organization=hcav.slug))
    links = links_in(mail.outbox[0])
    asked = client.get(links["confirm"])
    assert asked.status_code == 200 and "Confirm my signature" in asked.content.decode()
    assert Signature.objects.get().status == SignatureStatus.PENDING  # a GET changes nothing
    response = client.post(links["confirm"])
    assert "now appears among the signatories" in response.content.decode()
    signature = Signature.objects.get()
    assert signature.status == SignatureStatus.ACCEPTED
    assert signature.organization == hcav
    published_statement.refresh_from_db()
    hcav.refresh_from_db()
    assert published_statement.organization_count == 1
    assert hcav.statement_count == 1
    assert AuditEntry.objects.filter(action="signatures.signature.accepted").exists()
    page = client.get(published_statement.get_absolute_url()).content.decode()
    assert "Helsinki Citizens’ Assembly–Vanadzor" in page


def test_a_person_is_accepted_on_confirmation(client, published_statement):
    client.post(sign_url(published_statement), person_data())
    client.post(links_in(mail.outbox[0])["confirm"])
    signature = Signature.objects.get()
    assert signature.status == SignatureStatus.ACCEPTED
    published_statement.refresh_from_db()
    assert published_statement.person_count == 1


def test_the_mail_waits_for_the_transaction_to_commit(
    client, published_statement, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        client.post(sign_url(published_statement), person_data())
    assert mail.outbox == []
    assert len(callbacks) == 1
    callbacks[0]()
    assert len(mail.outbox) == 1


def test_the_signature_keeps_the_text_version_and_language_it_agreed_to(
    client, published_statement, alice
):
    from undersigned.statements.models import StatementTranslation

    StatementTranslation.objects.create(
        statement=published_statement, language="hy", title="Հայտարարություն", body="Տեքստ"
    )
    client.post(sign_url(published_statement) + "?lang=hy", person_data(lang="hy"))
    signature = Signature.objects.get()
    assert signature.language == "hy"
    assert signature.statement_version == published_statement.version


def test_an_individual_gives_a_country_and_hidden_organization_fields_are_ignored(
    client, published_statement
):
    response = client.post(
        sign_url(published_statement),
        person_data(country="Armenia", website="not a website at all", organization_name="X"),
    )
    assert response.status_code == 302
    signature = Signature.objects.get()
    assert (signature.kind, signature.country, signature.website) == ("person", "Armenia", "")
    assert signature.name_as_signed == "Anna Hakobyan"
