from undersigned.imports import services
from undersigned.imports.models import BatchStatus, ImportBatch


def test_the_analysis_is_queued_when_the_request_commits(
    alice_client, statement, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = alice_client.post(
            f"/manage/s/{statement.slug}/import/", {"text": "Union of Informed Citizens"}
        )
    batch = ImportBatch.objects.get()
    assert len(callbacks) == 1
    assert batch.status == BatchStatus.RUNNING
    page = alice_client.get(response["Location"])
    assert b"<progress" in page.content
    assert b"You can leave this page" in page.content
    progress = alice_client.get(f"/manage/s/{statement.slug}/import/{batch.pk}/progress/").json()
    assert progress == {
        "status": "running",
        "progress": 0,
        "done": False,
        "url": f"/manage/s/{statement.slug}/import/{batch.pk}/",
    }
    callbacks[0]()
    progress = alice_client.get(f"/manage/s/{statement.slug}/import/{batch.pk}/progress/").json()
    assert progress["done"] is True
    assert progress["progress"] == 100


def test_progress_is_stored_on_the_batch_while_the_list_is_analysed(alice, statement):
    seen = []
    batch = services.start_batch(
        statement, by=alice, text="\n".join(f"Civic Union {i} NGO" for i in range(1200))
    )
    services.build_preview(statement, batch.rows, progress=seen.append)
    assert seen[0] < seen[-1] <= 100
    assert len(seen) >= 4
    services.analyse_batch(batch)
    batch.refresh_from_db()
    assert (batch.status, batch.progress) == (BatchStatus.PREVIEW, 100)


def test_a_commit_in_the_background_shows_a_page_to_come_back_to(
    alice_client, alice, statement, django_capture_on_commit_callbacks
):
    batch = services.start_batch(statement, by=alice, text="Union of Informed Citizens\n")
    services.analyse_batch(batch)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        alice_client.post(f"/manage/s/{statement.slug}/import/{batch.pk}/commit/")
    page = alice_client.get(f"/manage/s/{statement.slug}/import/{batch.pk}/").content.decode()
    assert "Importing the list" in page
    assert "You can leave this page" in page
    second = alice_client.post(f"/manage/s/{statement.slug}/import/{batch.pk}/commit/")
    assert second.status_code == 302  # a second click queues nothing
    callbacks[0]()
    batch.refresh_from_db()
    assert batch.status == BatchStatus.COMMITTED
