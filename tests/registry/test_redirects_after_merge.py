from __future__ import annotations

from undersigned.registry.merger import merge_organizations, undo_merge


def test_the_old_address_redirects_permanently_to_the_survivor(client, asparez, asparez_again, bob):
    old_slug = asparez_again.slug
    merge_organizations(asparez, asparez_again, by=bob)
    response = client.get(f"/o/{old_slug}/")
    assert response.status_code == 301
    assert response["Location"] == f"/o/{asparez.slug}/"
    assert client.get(f"/o/{old_slug}.json")["Location"] == f"/o/{asparez.slug}.json"


def test_the_old_id_resolves_to_the_survivor(client, asparez, asparez_again, bob):
    merge_organizations(asparez, asparez_again, by=bob)
    response = client.get(f"/o/{asparez_again.pk}/")
    assert response.status_code == 301
    assert response["Location"] == f"/o/{asparez.slug}/"


def test_redirects_follow_a_chain_of_merges(client, asparez, asparez_again, bob):
    from undersigned.registry.services import create_organization

    third = create_organization("Asparez Journalists’ Club")
    merge_organizations(asparez, asparez_again, by=bob)
    merge_organizations(third, asparez, by=bob)
    response = client.get(f"/o/{asparez_again.slug}/", follow=True)
    assert response.redirect_chain[-1][0] == f"/o/{third.slug}/"
    assert response.status_code == 200


def test_after_undo_the_old_address_is_the_organization_again(client, asparez, asparez_again, bob):
    record = merge_organizations(asparez, asparez_again, by=bob)
    undo_merge(record, by=bob)
    assert client.get(f"/o/{asparez_again.slug}/").status_code == 200


def test_an_unknown_address_is_a_404(client, db):
    assert client.get("/o/no-such-organization/").status_code == 404
    assert client.get("/o/99999999999999999999999/").status_code == 404
