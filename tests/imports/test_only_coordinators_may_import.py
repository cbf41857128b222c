import pytest

from undersigned.imports import services


@pytest.fixture
def batch(alice, statement):
    return services.start_batch(statement, by=alice, text="Union of Informed Citizens\n")


@pytest.mark.parametrize("who", ["bob", "charlie"])
def test_moderators_and_outsiders_may_not_import(client, request, statement, batch, who):
    client.force_login(request.getfixturevalue(who))
    base = f"/manage/s/{statement.slug}/import/"
    assert client.get(base).status_code == 403
    assert client.post(base, {"text": "A Club NGO"}).status_code == 403
    assert client.get(f"{base}{batch.pk}/").status_code == 403
    assert client.post(f"{base}{batch.pk}/commit/").status_code == 403
    assert client.post(f"{base}{batch.pk}/undo/").status_code == 403


def test_anonymous_readers_are_sent_to_log_in(client, statement):
    response = client.get(f"/manage/s/{statement.slug}/import/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_a_batch_of_another_statement_is_not_found(alice_client, alice, coalition, batch):
    from undersigned.statements.services import create_statement

    other = create_statement(coalition, title="Other", by=alice)
    assert alice_client.get(f"/manage/s/{other.slug}/import/{batch.pk}/").status_code == 404


def test_the_statement_page_for_coordinators_links_to_the_import(alice_client, statement):
    page = alice_client.get(f"/manage/s/{statement.slug}/")
    assert f"/manage/s/{statement.slug}/import/".encode() in page.content
