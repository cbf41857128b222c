"""One exporter per format, each over ``rows()``: CSV, JSON, XLSX and an HTML snippet.

Signatory names are user input. A spreadsheet treats a cell that begins with ``= + - @``
(or a tab or carriage return) as a formula, so such cells are prefixed with an apostrophe
in CSV and XLSX: the name reads the same and nothing runs.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any

from django.conf import settings
from openpyxl import Workbook

from undersigned.exports.rows import COLUMNS, SignatoryRow, rows
from undersigned.statements.models import Statement

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
UTF8_BOM = "\ufeff"


def escape_cell(value: Any) -> Any:
    """A string that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _csv_line(values: Iterable[Any]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(
        "" if value is None else escape_cell(value) for value in values
    )
    return buffer.getvalue()


def csv_lines(statement: Statement, *, excel: bool = False) -> Iterator[str]:
    """The CSV text line by line, for streaming; ``excel`` starts it with a UTF-8 BOM."""
    header = _csv_line(COLUMNS)
    yield (UTF8_BOM + header) if excel else header
    for row in rows(statement):
        yield _csv_line(row[column] for column in COLUMNS)


def statement_summary(statement: Statement) -> dict[str, Any]:
    return {
        "slug": statement.slug,
        "title": statement.title,
        "language": statement.language,
        "date": statement.date.isoformat() if statement.date else None,
        "place": statement.place,
        "coalition": statement.coalition.name,
        "url": settings.SITE_URL + statement.get_absolute_url(),
        "organization_count": statement.organization_count,
        "person_count": statement.person_count,
    }


def json_document(statement: Statement) -> dict[str, Any]:
    signatories: list[SignatoryRow] = list(rows(statement))
    return {
        "statement": statement_summary(statement),
        "columns": list(COLUMNS),
        "count": len(signatories),
        "signatories": signatories,
    }


def xlsx_bytes(statement: Statement) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title="Signatories")
    sheet.append(list(COLUMNS))
    for row in rows(statement):
        sheet.append([escape_cell(row[column]) for column in COLUMNS])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
