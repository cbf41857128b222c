from undersigned.imports.models import BatchStatus, ColumnMapping, ImportBatch
from undersigned.signatures.models import Signature

from .conftest import form_export


def _upload(client, statement, data, name="responses.csv"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(
        f"/manage/s/{statement.slug}/import/",
        {"file": SimpleUploadedFile(name, data, content_type="text/csv")},
    )


def test_a_500_row_form_export_imports_after_choosing_the_columns(
    alice_client, statement, django_capture_on_commit_callbacks
):
    response = _upload(alice_client, statement, form_export(500))
    batch = ImportBatch.objects.get()
    assert batch.status == BatchStatus.MAPPING
    page = alice_client.get(response["Location"])
    assert b"Which columns hold what?" in page.content
    assert batch.column_mapping["organization"] == 2  # guessed from "Organization name"
    assert batch.column_mapping["email"] == 1
    with django_capture_on_commit_callbacks(execute=True):
        alice_client.post(
            f"/manage/s/{statement.slug}/import/{batch.pk}/columns/",
            {"organization": "2", "person": "3", "email": "1", "country": "4", "header_row": "on"},
        )
    batch.refresh_from_db()
    assert batch.status == BatchStatus.PREVIEW
    assert batch.preview["summary"]["organizations"] == 500
    with django_capture_on_commit_callbacks(execute=True):
        alice_client.post(f"/manage/s/{statement.slug}/import/{batch.pk}/commit/")
    batch.refresh_from_db()
    assert batch.status == BatchStatus.COMMITTED
    signatures = Signature.objects.filter(statement=statement)
    assert signatures.count() == 500
    one = signatures.get(name_as_signed="Civic Initiative Number 7 NGO")
    assert (one.person_name, one.email, one.country) == (
        "Person 7",
        "person7@example.org",
        "Armenia",
    )


def test_the_column_choice_is_remembered_for_the_next_file_with_the_same_header(
    alice_client, statement
):
    _upload(alice_client, statement, form_export(3))
    first = ImportBatch.objects.get()
    alice_client.post(
        f"/manage/s/{statement.slug}/import/{first.pk}/columns/",
        {"organization": "3", "person": "", "email": "", "country": "", "header_row": "on"},
    )
    assert ColumnMapping.objects.get().mapping["organization"] == 3
    response = _upload(alice_client, statement, form_export(5))
    second = ImportBatch.objects.exclude(pk=first.pk).get()
    assert second.column_mapping["organization"] == 3
    assert second.column_mapping["remembered"] is True
    assert b"chosen last time" in alice_client.get(response["Location"]).content


def test_a_column_that_does_not_exist_is_refused_and_nothing_is_imported(alice_client, statement):
    _upload(alice_client, statement, form_export(3))
    batch = ImportBatch.objects.get()
    response = alice_client.post(
        f"/manage/s/{statement.slug}/import/{batch.pk}/columns/",
        {"organization": "42", "header_row": "on"},
    )
    assert response.status_code == 400
    batch.refresh_from_db()
    assert batch.status == BatchStatus.MAPPING
    assert Signature.objects.count() == 0


def test_empty_and_repeated_headers_get_names_of_their_own(alice_client, statement):
    data = b"Organization,,Organization\nA Club NGO,x,B Club NGO\n"
    _upload(alice_client, statement, data)
    batch = ImportBatch.objects.get()
    assert batch.table["headers"] == ["Organization", "Column B", "Organization (2)"]
