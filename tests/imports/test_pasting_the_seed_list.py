from undersigned.imports import services
from undersigned.imports.models import BatchStatus, ImportBatch
from undersigned.signatures.models import Signature


def test_the_seed_list_pasted_into_a_new_statement_gives_the_expected_preview(
    alice_client, statement, seed_list, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = alice_client.post(f"/manage/s/{statement.slug}/import/", {"text": seed_list})
    batch = ImportBatch.objects.get(statement=statement)
    assert response.status_code == 302
    assert batch.status == BatchStatus.PREVIEW
    summary = batch.preview["summary"]
    assert summary["organizations"] == 132
    assert summary["merged"] == 4
    assert summary["uncertain"] >= 1
    assert Signature.objects.count() == 0  # nothing written before the commit
    page = alice_client.get(response["Location"])
    assert b"Preview: nothing is imported yet" in page.content
    lines = alice_client.get(response["Location"] + "?show=lines").content.decode()
    assert "Union of Informed Citizens" in lines
    assert (
        "not a name"
        in alice_client.get(response["Location"] + "?show=lines&page=3").content.decode()
    )


def test_committing_the_seed_list_gives_132_signatures_and_a_review_queue(
    alice, statement, seed_list
):
    batch = services.start_batch(statement, by=alice, text=seed_list)
    services.analyse_batch(batch)
    services.commit_batch(batch, by=alice)
    signatures = Signature.objects.filter(statement=statement)
    assert signatures.count() == 132
    assert signatures.filter(status="confirmed").count() == batch.preview["summary"]["uncertain"]
    assert set(signatures.values_list("source", flat=True)) == {"import"}
    assert set(signatures.values_list("import_batch__created_by", flat=True)) == {alice.pk}
    statement.refresh_from_db()
    assert statement.organization_count == signatures.filter(status="accepted").count()


def test_the_import_page_leads_to_the_review_queue(alice_client, alice, open_statement, seed_list):
    statement = open_statement
    batch = services.start_batch(statement, by=alice, text=seed_list)
    services.analyse_batch(batch)
    services.commit_batch(batch, by=alice)
    page = alice_client.get(f"/manage/s/{statement.slug}/import/{batch.pk}/").content.decode()
    queue = f"/manage/review/{statement.coalition.slug}/?statement={statement.slug}"
    assert queue in page
    waiting = Signature.objects.filter(statement=statement, status="confirmed").first()
    assert waiting.name_as_signed in alice_client.get(queue).content.decode()


def test_the_demo_comes_in_through_the_import_path(db):
    from undersigned.statements.demo import load_demo

    result = load_demo()
    batch = ImportBatch.objects.get(statement=result.statement)
    assert batch.status == BatchStatus.COMMITTED
    assert batch.stats["merged"] == 4
    assert result.pending_review == batch.stats["waiting_for_review"] > 0
