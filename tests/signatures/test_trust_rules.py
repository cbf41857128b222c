"""Every trust rule, applied when the signer follows the e-mail link."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from undersigned.signatures import services
from undersigned.signatures.models import Signature, SignatureStatus

from .conftest import form_data, links_in, person_data

pytestmark = pytest.mark.django_db


def sign_and_confirm(client, statement, data) -> Signature:
    mail.outbox.clear()
    response = client.post(reverse("signatures:sign", kwargs={"slug": statement.slug}), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    client.post(links_in(mail.outbox[-1])["confirm"])
    return Signature.objects.latest("pk")


def test_a_person_is_accepted(client, published_statement):
    assert sign_and_confirm(client, published_statement, person_data()).status == "accepted"


def test_a_person_waits_for_review_when_the_statement_asks_for_it(client, published_statement):
    published_statement.review_individuals = True
    published_statement.save()
    signature = sign_and_confirm(client, published_statement, person_data())
    assert signature.status == SignatureStatus.CONFIRMED
    published_statement.refresh_from_db()
    assert published_statement.person_count == 0


def test_an_organization_typed_by_name_at_its_verified_domain_is_accepted(
    client, published_statement, hcav
):
    signature = sign_and_confirm(
        client, published_statement, form_data(organization_name="HCA Vanadzor")
    )
    assert signature.status == SignatureStatus.ACCEPTED
    assert signature.organization == hcav
    assert hcav.aliases.filter(name="HCA Vanadzor").exists()


def test_an_organization_at_a_mail_provider_goes_to_review(client, published_statement, hcav):
    signature = sign_and_confirm(
        client, published_statement, form_data(organization=hcav.slug, email="hcav@gmail.com")
    )
    assert signature.status == SignatureStatus.CONFIRMED
    assert signature.proposed_organization == hcav
    assert signature.organization is None


def test_a_verified_domain_of_another_organization_does_not_vouch(
    client, published_statement, hcav, asparez
):
    signature = sign_and_confirm(
        client,
        published_statement,
        form_data(organization=asparez.slug, organization_name="Asparez"),
    )
    assert signature.status == SignatureStatus.CONFIRMED
    assert signature.proposed_organization == asparez


def test_an_unverified_domain_does_not_vouch(client, published_statement, hcav):
    hcav.verified_domains.update(verified_at=None)
    signature = sign_and_confirm(client, published_statement, form_data(organization=hcav.slug))
    assert signature.status == SignatureStatus.CONFIRMED


def test_a_name_the_registry_does_not_know_goes_to_review_without_a_match(
    client, published_statement, hcav
):
    signature = sign_and_confirm(
        client, published_statement, form_data(organization_name="Ecolur Informational NGO")
    )
    assert signature.status == SignatureStatus.CONFIRMED
    assert signature.proposed_organization is None


def test_a_trusted_organization_that_already_signed_is_not_listed_twice(
    client, published_statement, hcav
):
    first = sign_and_confirm(client, published_statement, form_data(organization=hcav.slug))
    assert first.status == "accepted"
    # A second sign-on names it differently, so the form cannot tell at once.
    second = services.sign(
        published_statement,
        kind="organization",
        name="Vanadzor office of the assembly",
        email="office@hcav.am",
    ).signature
    assert second is not None
    Signature.objects.filter(pk=second.pk).update(
        proposed_organization=hcav, match_reasons=[services.PICKED]
    )
    result = services.confirm_from_link(services.confirmation_token(second))
    assert result.outcome == services.Outcome.ORGANIZATION_ALREADY_SIGNED
    second.refresh_from_db()
    assert second.status == SignatureStatus.REJECTED
    published_statement.refresh_from_db()
    assert published_statement.organization_count == 1


def test_an_unsure_match_is_not_trusted_even_at_its_verified_domain(
    client, published_statement, hcav
):
    signature = sign_and_confirm(
        client,
        published_statement,
        form_data(organization_name="Helsinki Assembly Vanadzor youth", email="youth@hcav.am"),
    )
    assert signature.status == SignatureStatus.CONFIRMED
    assert signature.organization is None
    # The registry did propose it, unsure: a moderator decides.
    assert signature.proposed_organization == hcav
    assert signature.match_score is not None and signature.match_score < services.SURE_MATCH
