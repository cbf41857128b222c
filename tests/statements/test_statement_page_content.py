"""What a reader sees on /s/<slug>/: the text, addressees in order, counts, the list."""

from __future__ import annotations

from undersigned.signatures import services as signature_services
from undersigned.signatures.models import Kind


def _sign(statement, name, *, kind=Kind.ORGANIZATION, status="accepted", **extra):
    return signature_services.create_signature(
        statement, kind=kind, name=name, status=status, source="import", **extra
    )


def test_it_shows_title_place_addressees_in_order_and_the_rendered_text(
    client, published_statement
):
    page = client.get(published_statement.get_absolute_url()).content.decode()
    assert (
        '<h1 id="statement-title" lang="en">Statement on the offensive against Artsakh</h1>' in page
    )
    assert "Yerevan" in page
    assert page.index("United Nations") < page.index("Council of Europe")
    assert "We <strong>condemn</strong> the attack." in page


def test_it_lists_organizations_before_individuals_alphabetically_by_default(
    client, published_statement
):
    _sign(published_statement, "Zartonk NGO")
    _sign(published_statement, "Asparez Club")
    _sign(published_statement, "Anna Hakobyan", kind=Kind.PERSON, person_role="journalist")
    page = client.get(published_statement.get_absolute_url()).content.decode()
    assert page.index("Asparez Club") < page.index("Zartonk NGO") < page.index("Anna Hakobyan")
    assert "2 organizations" in page
    assert "1 individual" in page


def test_it_lists_in_signing_order_when_asked(client, published_statement):
    _sign(published_statement, "Zartonk NGO")
    _sign(published_statement, "Asparez Club")
    page = client.get(published_statement.get_absolute_url(), {"order": "signed"}).content.decode()
    assert page.index("Zartonk NGO") < page.index("Asparez Club")


def test_it_never_shows_unconfirmed_signatures_or_private_data(client, published_statement):
    _sign(
        published_statement,
        "Visible NGO",
        email="boss@visible.example",
        comment="call me at +374 10 000000",
        ip="203.0.113.9",
    )
    _sign(published_statement, "Pending NGO", status="pending", email="x@pending.example")
    page = client.get(published_statement.get_absolute_url()).content.decode()
    assert "Visible NGO" in page
    assert "Pending NGO" not in page
    for private in ("boss@visible.example", "+374 10 000000", "203.0.113.9", "x@pending.example"):
        assert private not in page


def test_drafts_are_hidden_from_readers_and_outsiders(client, statement, charlie):
    assert client.get(statement.get_absolute_url()).status_code == 404
    client.force_login(charlie)
    assert client.get(statement.get_absolute_url()).status_code == 404


def test_drafts_are_visible_to_the_coalition_with_a_draft_notice(client, statement, alice, bob):
    for member in (alice, bob):
        client.force_login(member)
        response = client.get(statement.get_absolute_url())
        assert response.status_code == 200
        assert (
            "Draft: only members of the coalition can see this page." in response.content.decode()
        )


def test_shared_links_show_the_title_and_the_count(client, published_statement):
    _sign(published_statement, "Asparez Club")
    page = client.get(published_statement.get_absolute_url()).content.decode()
    assert '<meta property="og:title" content="Statement on the offensive against Artsakh">' in page
    assert "Signed by 1 organization" in page
    assert '<meta name="twitter:card" content="summary">' in page
    assert 'property="og:url" content="http' in page


def test_the_sign_button_shows_only_while_the_statement_takes_signatures(
    client, published_statement, alice
):
    from undersigned.statements import services

    page = client.get(published_statement.get_absolute_url()).content.decode()
    assert "Sign this statement" in page
    assert f"/s/{published_statement.slug}/sign/" in page
    services.change_status(published_statement, "closed", by=alice)
    page = client.get(published_statement.get_absolute_url()).content.decode()
    assert "Sign this statement" not in page
    assert "This statement no longer takes signatures." in page


def test_an_unknown_statement_is_a_404(client, db):
    assert client.get("/s/no-such-statement/").status_code == 404


def test_alphabetical_order_ignores_opening_quotes(client, published_statement):
    _sign(published_statement, "Zartonk NGO")
    _sign(published_statement, "“Agate” Rights Defense Center")
    _sign(published_statement, "<<Women's Forum>>")
    _sign(published_statement, "Bari Mama NGO")
    page = client.get(published_statement.get_absolute_url()).content.decode()
    positions = [
        page.index(name)
        for name in ("“Agate”", "Bari Mama", "&lt;&lt;Women&#x27;s Forum", "Zartonk")
    ]
    assert positions == sorted(positions)


def test_after_the_deadline_the_page_says_signing_ended_and_offers_no_button(
    client, published_statement
):
    import datetime

    from django.utils import timezone

    from undersigned.statements.models import Statement

    Statement.objects.filter(pk=published_statement.pk).update(
        deadline=timezone.now() - datetime.timedelta(hours=1)
    )
    page = client.get(published_statement.get_absolute_url()).content.decode()
    assert "Signing ended on" in page
    assert "Sign this statement" not in page


def test_the_body_cache_never_serves_one_text_for_another(client, published_statement, alice):
    from undersigned.statements import services

    client.get(published_statement.get_absolute_url())
    services.update_text(published_statement, texts={"en": ("Title", "A *new* text.")}, by=alice)
    page = client.get(published_statement.get_absolute_url()).content.decode()
    assert "A <em>new</em> text." in page
    assert "We <strong>condemn</strong>" not in page


def test_a_paused_statement_says_so_and_offers_no_button(client, published_statement):
    from undersigned.statements.models import Statement

    Statement.objects.filter(pk=published_statement.pk).update(signing_paused=True)
    page = client.get(published_statement.get_absolute_url()).content.decode()
    assert "Signing is paused for now." in page
    assert "Sign this statement" not in page
