"""The review queue: accept as proposed, link to another, accept as new, reject, bulk, revert."""

from __future__ import annotations

import pytest
from django.urls import reverse

from undersigned.audit.models import AuditEntry
from undersigned.registry.models import Organization
from undersigned.signatures import services
from undersigned.signatures.models import Signature, SignatureStatus

pytestmark = pytest.mark.django_db


def waiting(statement, name="HCA Vanadzor", email="hcav@gmail.com", picked=None) -> Signature:
    result = services.sign(statement, kind="organization", name=name, email=email, picked=picked)
    assert result.signature is not None
    services.confirm_from_link(services.confirmation_token(result.signature))
    result.signature.refresh_from_db()
    assert result.signature.status == SignatureStatus.CONFIRMED
    return result.signature


def queue_url(statement) -> str:
    return reverse("signatures:moderation", kwargs={"slug": statement.coalition.slug})


def decide(client, signature, **data):
    url = reverse(
        "signatures:decide",
        kwargs={"slug": signature.statement.coalition.slug, "pk": signature.pk},
    )
    return client.post(url, data)


def test_the_queue_shows_the_name_the_match_its_score_and_the_email_domain(
    client, bob, published_statement, hcav, django_assert_max_num_queries
):
    for n in range(5):
        waiting(published_statement, email=f"hcav{n}@gmail.com")
    client.force_login(bob)
    with django_assert_max_num_queries(12):
        response = client.get(queue_url(published_statement))
    page = response.content.decode()
    assert response.status_code == 200
    assert page.count("HCA Vanadzor") >= 5
    assert "Helsinki Citizens’ Assembly–Vanadzor" in page
    assert "score 100%" in page or "score 9" in page
    assert "gmail.com" in page
    assert "hcav0@gmail.com" not in page


def test_outsiders_and_anonymous_readers_cannot_see_the_queue(client, charlie, published_statement):
    assert client.get(queue_url(published_statement)).status_code == 302
    client.force_login(charlie)
    assert client.get(queue_url(published_statement)).status_code == 403


def test_an_outsider_cannot_decide(client, charlie, published_statement, hcav):
    signature = waiting(published_statement)
    client.force_login(charlie)
    assert decide(client, signature, action="accept").status_code == 403
    signature.refresh_from_db()
    assert signature.status == SignatureStatus.CONFIRMED


def test_accepting_as_proposed_links_the_organization_and_keeps_the_spelling(
    client, bob, published_statement, hcav
):
    signature = waiting(published_statement, name="Helsinki Citizens Assembly Vanadzor office")
    client.force_login(bob)
    decide(client, signature, action="accept")
    signature.refresh_from_db()
    assert signature.status == SignatureStatus.ACCEPTED
    assert signature.organization == hcav
    assert signature.decided_by == bob
    assert hcav.aliases.filter(name="Helsinki Citizens Assembly Vanadzor office").exists()
    published_statement.refresh_from_db()
    assert published_statement.organization_count == 1
    entry = AuditEntry.objects.filter(action="signatures.signature.accepted").latest("pk")
    assert entry.actor == bob


def test_linking_to_another_organization(client, bob, published_statement, hcav, asparez):
    signature = waiting(published_statement)
    client.force_login(bob)
    decide(client, signature, action="link", organization=f"http://x/o/{asparez.slug}/")
    signature.refresh_from_db()
    assert signature.organization == asparez


def test_linking_to_an_unknown_organization_says_so(client, bob, published_statement, hcav):
    signature = waiting(published_statement)
    client.force_login(bob)
    response = decide(client, signature, action="link", organization="no-such-organization")
    assert response.status_code == 302
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("No organization" in m for m in messages)
    signature.refresh_from_db()
    assert signature.status == SignatureStatus.CONFIRMED


def test_accepting_as_a_new_organization_creates_it_with_the_signed_spelling(
    client, bob, published_statement
):
    signature = waiting(published_statement, name="“Ecolur” Informational NGO", email="a@b.am")
    client.force_login(bob)
    decide(client, signature, action="new")
    signature.refresh_from_db()
    organization = signature.organization
    assert organization is not None
    assert organization.aliases.filter(name="“Ecolur” Informational NGO").exists()
    assert Organization.objects.count() == 1
    assert organization.statement_count == 1


def test_reverting_an_acceptance_as_new_takes_the_new_organization_back(
    client, bob, published_statement, hcav
):
    signature = waiting(published_statement, name="“Ecolur” Informational NGO", email="a@b.am")
    client.force_login(bob)
    decide(client, signature, action="new")
    signature.refresh_from_db()
    created = signature.organization
    decide(client, signature, action="revert", show="decided")
    signature.refresh_from_db()
    assert signature.status == SignatureStatus.CONFIRMED
    assert not Organization.objects.filter(pk=created.pk).exists()
    assert Organization.objects.filter(pk=hcav.pk).exists()  # the registry keeps the rest
    assert AuditEntry.objects.filter(action="registry.organization.removed").exists()
    # Decided again, it can be accepted as new once more.
    decide(client, signature, action="new")
    signature.refresh_from_db()
    assert signature.organization is not None


def test_reverting_keeps_a_new_organization_that_came_into_use(client, bob, published_statement):
    signature = waiting(published_statement, name="“Ecolur” Informational NGO", email="a@b.am")
    client.force_login(bob)
    decide(client, signature, action="new")
    signature.refresh_from_db()
    created = signature.organization
    created.verified_domains.create(domain="ecolur.org")  # its people verified their domain
    decide(client, signature, action="revert", show="decided")
    assert Organization.objects.filter(pk=created.pk).exists()


def test_reverting_a_link_to_an_existing_organization_keeps_it(
    client, bob, published_statement, hcav
):
    signature = waiting(published_statement)
    client.force_login(bob)
    decide(client, signature, action="accept")
    decide(client, signature, action="revert", show="decided")
    assert Organization.objects.filter(pk=hcav.pk).exists()


def test_rejecting_needs_a_reason_and_keeps_it(client, bob, published_statement, hcav):
    signature = waiting(published_statement)
    client.force_login(bob)
    decide(client, signature, action="reject", reason="")
    signature.refresh_from_db()
    assert signature.status == SignatureStatus.CONFIRMED
    decide(client, signature, action="reject", reason="Not a civil-society organization")
    signature.refresh_from_db()
    assert signature.status == SignatureStatus.REJECTED
    assert signature.rejection_reason == "Not a civil-society organization"


def test_every_decision_can_be_reverted(client, bob, published_statement, hcav):
    signature = waiting(published_statement)
    client.force_login(bob)
    decide(client, signature, action="accept")
    published_statement.refresh_from_db()
    assert published_statement.organization_count == 1
    page = client.get(queue_url(published_statement) + "?show=decided").content.decode()
    assert "Revert" in page
    decide(client, signature, action="revert", show="decided")
    signature.refresh_from_db()
    published_statement.refresh_from_db()
    assert signature.status == SignatureStatus.CONFIRMED
    assert signature.organization is None
    assert published_statement.organization_count == 0
    assert AuditEntry.objects.filter(action="signatures.signature.returned_to_review").exists()


def test_accepting_an_organization_that_already_signed_is_refused_kindly(
    client, bob, published_statement, hcav
):
    first = waiting(published_statement, email="one@gmail.com")
    second = waiting(
        published_statement, name="Vanadzor assembly", email="two@gmail.com", picked=hcav
    )
    client.force_login(bob)
    decide(client, first, action="accept")
    response = decide(client, second, action="accept")
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("has already signed" in m for m in messages)
    second.refresh_from_db()
    assert second.status == SignatureStatus.CONFIRMED


def test_bulk_accept_and_reject(client, bob, published_statement, hcav, asparez):
    a = waiting(published_statement, email="a@gmail.com")
    b = waiting(published_statement, name="Asparez", email="b@gmail.com", picked=asparez)
    c = waiting(published_statement, name="Unknown group", email="c@gmail.com")
    client.force_login(bob)
    url = reverse("signatures:bulk", kwargs={"slug": published_statement.coalition.slug})
    client.post(url, {"action": "accept", "ids": [a.pk, b.pk]})
    client.post(url, {"action": "reject", "ids": [c.pk], "reason": "Spam"})
    statuses = {s.pk: s.status for s in Signature.objects.all()}
    assert statuses == {a.pk: "accepted", b.pk: "accepted", c.pk: "rejected"}
    published_statement.refresh_from_db()
    assert published_statement.organization_count == 2


def test_bulk_accept_reports_the_ones_without_a_match(client, bob, published_statement, hcav):
    unknown = waiting(published_statement, name="Unknown group", email="c@gmail.com")
    client.force_login(bob)
    url = reverse("signatures:bulk", kwargs={"slug": published_statement.coalition.slug})
    response = client.post(url, {"action": "accept", "ids": [unknown.pk]})
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("No organization was proposed" in m for m in messages)


def test_bulk_refuses_ids_outside_the_queue(client, bob, published_statement):
    client.force_login(bob)
    url = reverse("signatures:bulk", kwargs={"slug": published_statement.coalition.slug})
    for ids in [["999999"], ["abc"], []]:
        response = client.post(url, {"action": "accept", "ids": ids})
        assert response.status_code == 302


def test_linking_by_an_exact_spelling(client, bob, published_statement, hcav, asparez):
    signature = waiting(published_statement)
    client.force_login(bob)
    decide(client, signature, action="link", organization="journalists’ club asparez")
    signature.refresh_from_db()
    assert signature.organization == asparez


def test_the_queue_can_show_one_statement(client, bob, published_statement, hcav):
    waiting(published_statement)
    client.force_login(bob)
    page = client.get(queue_url(published_statement) + "?statement=another").content.decode()
    assert "No signature waits for a decision." in page
    page = client.get(queue_url(published_statement) + f"?statement={published_statement.slug}")
    assert "HCA Vanadzor" in page.content.decode()
