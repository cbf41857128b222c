import datetime
import io

from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from undersigned.imports.models import BatchStatus, ImportBatch
from undersigned.signatures.models import Signature


def _export() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(
        ["ID", "Start time", "Completion time", "Email", "Name", "Organization name", "Country"]
    )
    started = datetime.datetime(2020, 9, 28, 10, 0)  # noqa: DTZ001 (Excel has no time zones)
    for i in range(1, 41):
        sheet.append(
            [
                i,
                started,
                started,
                f"signer{i}@example.am",
                f"Signer {i}",
                f"Regional Youth Initiative {i} NGO",
                "Armenia",
            ]
        )
    sheet.append([41, started, started, "anonymous", "Anonymous", "", ""])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_microsoft_forms_export_is_read_and_its_columns_guessed(
    alice_client, statement, django_capture_on_commit_callbacks
):
    alice_client.post(
        f"/manage/s/{statement.slug}/import/",
        {"file": SimpleUploadedFile("Sign-on form(1-41).xlsx", _export())},
    )
    batch = ImportBatch.objects.get()
    assert batch.status == BatchStatus.MAPPING
    assert batch.table["rows"][0][0] == "1"
    guessed = {k: batch.column_mapping[k] for k in ("organization", "person", "email", "country")}
    assert guessed == {"organization": 5, "person": 4, "email": 3, "country": 6}
    with django_capture_on_commit_callbacks(execute=True):
        alice_client.post(
            f"/manage/s/{statement.slug}/import/{batch.pk}/columns/",
            {**{k: str(v) for k, v in guessed.items()}, "header_row": "on"},
        )
    with django_capture_on_commit_callbacks(execute=True):
        alice_client.post(f"/manage/s/{statement.slug}/import/{batch.pk}/commit/")
    batch.refresh_from_db()
    assert batch.status == BatchStatus.COMMITTED
    organizations = Signature.objects.filter(statement=statement, kind="organization")
    assert organizations.count() == 40
    assert organizations.filter(email="signer3@example.am", person_name="Signer 3").exists()
    # The anonymous row names a person only: a person's signature, its non-address dropped.
    anonymous = Signature.objects.get(statement=statement, kind="person")
    assert (anonymous.name_as_signed, anonymous.email) == ("Anonymous", "")
    assert batch.stats["people"] == 1
