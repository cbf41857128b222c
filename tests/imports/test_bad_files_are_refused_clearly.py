import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from undersigned.imports import services
from undersigned.imports.models import ImportBatch
from undersigned.signatures.models import Signature


def _upload(client, statement, name, data, **extra):
    return client.post(
        f"/manage/s/{statement.slug}/import/",
        {"file": SimpleUploadedFile(name, data), **extra},
    )


def _xlsx(rows):
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("list.csv", b"Organization\n=SUM(A1:A3)\n", "holds a formula"),
        ("list.txt", b"Club NGO\n" + "Клуб\n".encode("cp1251"), "Line 2 is not valid"),
        ("list.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" * 50, "not a text list"),
        ("report.pdf", b"%PDF-1.4 binary", "not a text list"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old Excel file"),
        ("broken.xlsx", b"PK\x03\x04 not really a zip", "not an XLSX spreadsheet"),
        ("empty.csv", b"", "Paste a list or upload a file"),
        ("blank.txt", b"\n\n  \n", "empty"),
    ],
)
def test_a_bad_file_gets_a_clear_message_and_nothing_is_imported(
    alice_client, statement, name, data, message
):
    response = _upload(alice_client, statement, name, data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert "Nothing was imported." in response.content.decode()
    assert not ImportBatch.objects.exists()
    assert not Signature.objects.exists()


def test_a_100_mb_file_is_refused_before_it_is_read(alice_client, statement):
    response = alice_client.post(
        f"/manage/s/{statement.slug}/import/",
        data=b"x" * 10,
        content_type="multipart/form-data; boundary=xyz",
        CONTENT_LENGTH=str(100 * 1024 * 1024),
    )
    assert response.status_code == 413
    assert "larger than 20 MB" in response.content.decode()
    assert not ImportBatch.objects.exists()


def test_a_file_over_the_limit_is_refused_by_the_service_too(alice, statement):
    with pytest.raises(services.ImportInputError, match="larger than"):
        services.start_batch(
            statement, by=alice, data=b"a\n" * (services.MAX_FILE_BYTES // 2 + 1), filename="x.txt"
        )


def test_a_cp1251_file_reads_when_its_encoding_is_chosen(alice_client, statement):
    data = "Клуб журналистов Аспарез\n".encode("cp1251")
    response = _upload(alice_client, statement, "list.txt", data, encoding="cp1251")
    assert response.status_code == 302
    assert ImportBatch.objects.get().rows[0][0] == "Клуб журналистов Аспарез"


def test_hyperlink_formulas_in_an_xlsx_become_their_labels(alice_client, statement):
    data = _xlsx(
        [
            ["Organization", "Website"],
            ['=HYPERLINK("https://asparez.am","Journalists’ Club Asparez")', "asparez.am"],
            ["Union of Informed Citizens", None],
        ]
    )
    _upload(alice_client, statement, "export.xlsx", data)
    batch = ImportBatch.objects.get()
    assert [row[0] for row in batch.table["rows"]] == [
        "Journalists’ Club Asparez",
        "Union of Informed Citizens",
    ]


def test_other_formulas_in_an_xlsx_are_refused(alice_client, statement):
    data = _xlsx([["Organization"], ['=cmd|" /C calc"!A0']])
    response = _upload(alice_client, statement, "export.xlsx", data)
    assert response.status_code == 400
    assert "Row 2, column A holds a formula" in response.content.decode()
    assert not ImportBatch.objects.exists()


@pytest.mark.parametrize(
    "text",
    ["x" * 2_000_001, "\u202eNGO\u202c " * 10 + "\n" + "a" * 5000, "\x00\x01\x02"],
)
def test_hostile_pasted_text_gets_a_4xx_never_a_500(alice_client, statement, text):
    response = alice_client.post(f"/manage/s/{statement.slug}/import/", {"text": text})
    assert response.status_code in (302, 400, 413)
    assert not Signature.objects.exists()


def test_a_pasted_list_too_long_for_one_request_asks_for_a_file(alice_client, statement, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = alice_client.post(f"/manage/s/{statement.slug}/import/", {"text": "A Club\n" * 500})
    assert response.status_code == 413
    assert "save it as a text file and upload it" in response.content.decode()
    assert not ImportBatch.objects.exists()
