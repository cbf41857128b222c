from __future__ import annotations

import csv
import io
import json

from django.test import Client
from openpyxl import load_workbook

from undersigned.exports.formats import escape_cell
from undersigned.exports.rows import COLUMNS


def _csv(client: Client, slug: str, query: str = "") -> tuple[str, list[dict[str, str]]]:
    response = client.get(f"/s/{slug}/signatories.csv{query}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8")
    return text, list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def test_csv_lists_public_signatories_organizations_first(client, signed):
    _text, rows = _csv(client, signed.statement.slug)
    assert [row["kind"] for row in rows] == ["organization"] * 5 + ["person"] * 2
    assert rows[0]["name"] == "Helsinki Citizens’ Assembly-Vanadzor"
    assert rows[0]["number"] == "1" and rows[5]["number"] == "1"
    assert list(rows[0]) == list(COLUMNS)
    assert signed.pending_name not in _text


def test_csv_escapes_cells_that_a_spreadsheet_would_run(client, signed):
    _text, rows = _csv(client, signed.statement.slug)
    names = [row["name"] for row in rows]
    assert '\'=HYPERLINK("http://evil.example","click")' in names
    assert "'+Mallory Formula" in names
    assert "'@attacker" in [row["role"] for row in rows]
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row.values())


def test_excel_csv_starts_with_a_byte_order_mark(client, signed):
    text, rows = _csv(client, signed.statement.slug, "?excel=1")
    assert text.startswith("\ufeffnumber,kind,name")
    assert len(rows) == 7
    plain, _rows = _csv(client, signed.statement.slug)
    assert plain.startswith("number,")


def test_escape_cell_leaves_ordinary_values_alone():
    assert escape_cell("Union of Informed Citizens") == "Union of Informed Citizens"
    assert escape_cell("-dash") == "'-dash"
    assert escape_cell("\tTab") == "'\tTab"
    assert escape_cell("\rReturn") == "'\rReturn"
    assert escape_cell(3) == 3


def test_json_export_has_the_statement_and_every_signatory(client, signed):
    response = client.get(f"/s/{signed.statement.slug}/signatories.json")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    document = json.loads(response.content)
    assert document["statement"]["slug"] == signed.statement.slug
    assert document["count"] == 7
    assert [row["name"] for row in document["signatories"]] == signed.names
    assert document["signatories"][0]["organization_slug"]


def test_xlsx_export_opens_with_escaped_formulas(client, signed):
    response = client.get(f"/s/{signed.statement.slug}/signatories.xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == list(COLUMNS)
    names = [row[2] for row in values[1:]]
    assert names[0] == "Helsinki Citizens’ Assembly-Vanadzor"
    assert '\'=HYPERLINK("http://evil.example","click")' in names
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_html_snippet_lists_organizations_then_individuals(client, signed):
    response = client.get(f"/s/{signed.statement.slug}/signatories.html")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Ассоциация «Право»") < html.index("Anna Hakobyan")
    assert "<script" not in html and "style=" not in html
    assert "=HYPERLINK(&quot;http://evil.example&quot;" in html


def test_exports_of_a_draft_are_hidden_from_readers(client, statement):
    for suffix in ("signatories.csv", "signatories.json", "signatories.xlsx", "letter.pdf"):
        assert client.get(f"/s/{statement.slug}/{suffix}").status_code == 404


def test_coordinators_may_download_their_draft(client, alice, statement):
    client.force_login(alice)
    response = client.get(f"/s/{statement.slug}/signatories.json")
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_outsider_cannot_download_a_draft(client, charlie, statement):
    client.force_login(charlie)
    assert client.get(f"/s/{statement.slug}/signatories.json").status_code == 404


def test_exports_read_a_fixed_number_of_queries(client, signed, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        response = client.get(f"/s/{signed.statement.slug}/signatories.csv")
        b"".join(response.streaming_content)
    with django_assert_max_num_queries(6):
        client.get(f"/s/{signed.statement.slug}/signatories.json")
