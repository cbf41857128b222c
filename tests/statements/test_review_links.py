"""The counts of signatures waiting for review lead to that statement's review queue."""

from undersigned.signatures import services as signatures
from undersigned.signatures.models import Kind


def _waiting(statement):
    signature = signatures.create_signature(
        statement, kind=Kind.ORGANIZATION, name="Asparez", email="a@asparez.am"
    )
    signatures.confirm_signature(signature)


def test_the_manage_page_links_the_waiting_count_to_the_review_queue(client, open_statement, bob):
    _waiting(open_statement)
    client.force_login(bob)
    page = client.get(f"/manage/s/{open_statement.slug}/").content.decode()
    link = f"/manage/review/{open_statement.coalition.slug}/?statement={open_statement.slug}"
    assert link in page
    queue = client.get(link)
    assert queue.status_code == 200
    assert "Asparez" in queue.content.decode()


def test_the_dashboard_links_the_waiting_count_to_the_review_queue(client, open_statement, alice):
    _waiting(open_statement)
    client.force_login(alice)
    page = client.get("/accounts/").content.decode()
    assert (
        f"/manage/review/{open_statement.coalition.slug}/?statement={open_statement.slug}" in page
    )
