"""Bringing lists in: read, preview, review, commit in one transaction, undo as a whole.

    start_batch(statement, data=..., filename=...)  ->  a batch: MAPPING (a table whose
        columns must be chosen) or RUNNING (a list, analysed in the background)
    map_columns(batch, mapping=...)                 ->  RUNNING
    analyse_batch(batch)                            ->  PREVIEW: every line cleaned, duplicates
        grouped, registry matches with their confidence; nothing written outside the batch
    decide(batch, decisions=...)                    ->  the coordinator's review of the
        uncertain groups: accept the suggestion, choose another organization, new, skip, later
    commit_batch(batch, by=...)                     ->  COMMITTED, all or nothing
    undo_batch(batch, by=...)                       ->  UNDONE: the statement as it was

What the matcher is sure of is committed accepted. An uncertain group the coordinator left
for later is committed as waiting for review, with the organization it might be as the
proposal. Imported signatures carry ``source=import`` and their batch: who imported them,
and that no e-mail confirmed them.
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import io
import logging
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from undersigned.accounts.models import Coalition
from undersigned.audit.services import log_action
from undersigned.imports.models import BatchStatus, ColumnMapping, ImportBatch
from undersigned.matching import (
    Candidate,
    CleanResult,
    InputError,
    ReviewPair,
    cluster_lines,
    decode,
)
from undersigned.registry import search
from undersigned.registry.models import Alias, Organization
from undersigned.registry.search import registry_changed
from undersigned.registry.services import add_alias, create_organization, is_unused, tidy
from undersigned.signatures.models import LIVE_STATUSES, Kind, Signature, SignatureStatus, Source
from undersigned.signatures.services import create_signature, withdraw_signature
from undersigned.statements.models import Statement

logger = logging.getLogger(__name__)

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_LINES = 200_000
MAX_COLUMNS = 200
MAX_CELL = 1000
FIELDS = ("organization", "person", "email", "country")
ACTIONS = ("accept", "choose", "new", "skip", "later")
ENCODINGS = ("utf-8", "utf-16", "cp1251", "koi8-r", "cp1252", "latin-1")
RESOLVE_LIMIT = 4
# Stored in English like the matching engine's reasons; pages show it in the reader's language.
KNOWN_SPELLING = gettext_noop("a known spelling of this organization")
_PROGRESS_EVERY = 500

_HYPERLINK_RE = re.compile(
    r'^=\s*HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:[,;]\s*"((?:[^"]|"")*)"\s*)?\)\s*$', re.IGNORECASE
)
_GUESSES: dict[str, re.Pattern[str]] = {
    "email": re.compile(r"e-?mail|почт|էլ\.?\s*հասցե|էլփոստ", re.IGNORECASE),
    "organization": re.compile(
        r"organi[sz]ation|\borg\b|\bngo\b|institution|կազմակերպ|организац", re.IGNORECASE
    ),
    "country": re.compile(r"country|երկիր|стран", re.IGNORECASE),
    "person": re.compile(r"name|representative|signatory|անուն|имя|фио", re.IGNORECASE),
}


class ImportInputError(ValueError):
    """A file, a column choice or a decision that cannot be used; the message says why."""


class ImportStateError(ValueError):
    """The batch is not in a state that allows this (committed twice, undone twice...)."""


@dataclass
class Table:
    """A spreadsheet read whole: its first row and the rows below it, as text."""

    headers: list[str]
    rows: list[list[str]]


# --- Reading ----------------------------------------------------------------------------


def checksum_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _clean_cell(value: object, *, row: int, column: int) -> str:
    """A cell as text; a =HYPERLINK(...) becomes its label, any other formula is refused."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if text.startswith("=") and len(text) > 1:
        link = _HYPERLINK_RE.match(text)
        if link is None:
            raise ImportInputError(
                _(
                    "Row %(row)s, column %(column)s holds a formula (%(formula)s), not a name. "
                    "Replace formulas with their values and upload the file again."
                )
                % {"row": row, "column": column_letter(column), "formula": text[:40]}
            )
        text = (link.group(2) or link.group(1)).replace('""', '"')
    if len(text) > MAX_CELL:
        raise ImportInputError(
            _("Row %(row)s, column %(column)s is %(length)s characters long; is it a name?")
            % {"row": row, "column": column_letter(column), "length": len(text)}
        )
    return tidy(text, limit=MAX_CELL)


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _headers(raw: list[str]) -> list[str]:
    """Column names: an empty one is named after its letter, a repeated one numbered."""
    seen: dict[str, int] = {}
    headers: list[str] = []
    for index, name in enumerate(raw):
        name = name or _("Column %(letter)s") % {"letter": column_letter(index)}
        count = seen.get(name.casefold(), 0) + 1
        seen[name.casefold()] = count
        headers.append(name if count == 1 else f"{name} ({count})")
    return headers


def _table(rows: Iterable[Iterable[object]]) -> Table:
    cleaned: list[list[str]] = []
    width = 0
    for number, row in enumerate(rows, start=1):
        cells = [_clean_cell(value, row=number, column=i) for i, value in enumerate(row)]
        while cells and not cells[-1]:
            cells.pop()
        if not cleaned and not cells:
            continue  # blank rows above the header
        if len(cells) > MAX_COLUMNS:
            raise ImportInputError(
                _("Row %(row)s has more than %(limit)s columns.")
                % {"row": number, "limit": MAX_COLUMNS}
            )
        if len(cleaned) > MAX_LINES:
            raise ImportInputError(
                _("The file has more than %(limit)s rows; split it.") % {"limit": MAX_LINES}
            )
        width = max(width, len(cells))
        cleaned.append(cells)
    if not cleaned:
        raise ImportInputError(_("The file is empty."))
    for cells in cleaned:
        cells.extend([""] * (width - len(cells)))
    return Table(headers=_headers(cleaned[0]), rows=cleaned[1:])


def _decode(data: bytes, encoding: str | None) -> str:
    if encoding and encoding not in ENCODINGS:
        raise ImportInputError(_("Unknown encoding."))
    try:
        return decode(data, encoding or None).text
    except InputError as error:
        message = str(error)
        if "not valid" in message:
            try:
                data.decode(encoding or "utf-8")
            except UnicodeDecodeError as bad:
                line = data[: bad.start].count(b"\n") + 1
                raise ImportInputError(
                    _(
                        "Line %(line)s is not valid %(encoding)s text. If the file was saved "
                        "in another encoding (for example Windows-1251), choose it and upload "
                        "the file again; a file mixing two encodings must be re-saved in one."
                    )
                    % {"line": line, "encoding": encoding or "UTF-8"}
                ) from None
        if "binary" in message:
            raise ImportInputError(
                _("This file is not a text list, a CSV or an XLSX spreadsheet.")
            ) from None
        if "empty" in message:
            raise ImportInputError(_("The file is empty.")) from None
        raise ImportInputError(message) from None


def _read_csv(text: str) -> Table:
    sample = "\n".join(text.splitlines()[:20])
    counts = {delimiter: sample.count(delimiter) for delimiter in (",", ";", "\t")}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    try:
        return _table(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise ImportInputError(
            _("The CSV file cannot be read: %(error)s") % {"error": error}
        ) from None


def _read_xlsx(data: bytes) -> Table:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError):
        raise ImportInputError(
            _("This file is not an XLSX spreadsheet we can read; save it as XLSX or CSV.")
        ) from None
    try:
        sheet = workbook.worksheets[0]
        return _table(sheet.iter_rows(values_only=True))
    finally:
        workbook.close()


def read_upload(data: bytes, *, filename: str, encoding: str | None = None) -> Table | list[str]:
    """A spreadsheet (CSV, TSV, XLSX) as a ``Table``, a text list as its lines."""
    if len(data) > MAX_FILE_BYTES:
        raise ImportInputError(
            _("The file is larger than %(limit)s MB; split it into smaller files.")
            % {"limit": MAX_FILE_BYTES // (1024 * 1024)}
        )
    name = filename.lower()
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(data)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportInputError(
            _("This is an old Excel file (.xls); save it as XLSX or CSV and upload it again.")
        )
    if name.endswith((".xlsx", ".xlsm", ".xls", ".ods", ".pdf", ".docx", ".doc")):
        raise ImportInputError(_("This file is not a text list, a CSV or an XLSX spreadsheet."))
    text = _decode(data, encoding)
    if name.endswith((".csv", ".tsv")):
        return _read_csv(text)
    return _lines(text)


def _lines(text: str) -> list[str]:
    lines = text.splitlines()
    if len(lines) > MAX_LINES:
        raise ImportInputError(
            _("The list has more than %(limit)s lines; split it.") % {"limit": MAX_LINES}
        )
    for number, line in enumerate(lines, start=1):
        if len(line) > MAX_CELL:
            raise ImportInputError(
                _("Line %(line)s is %(length)s characters long; a list has one name per line.")
                % {"line": number, "length": len(line)}
            )
    if not any(line.strip() for line in lines):
        raise ImportInputError(_("The list is empty."))
    return lines


# --- Columns ----------------------------------------------------------------------------


def header_key(headers: list[str]) -> str:
    return checksum_of("\x1f".join(h.strip().casefold() for h in headers).encode())


def guess_mapping(headers: list[str]) -> dict[str, int | None]:
    """Which column holds what, from the column names of common web-form exports."""
    mapping: dict[str, int | None] = dict.fromkeys(FIELDS)
    taken: set[int] = set()
    for field, pattern in _GUESSES.items():
        for index, header in enumerate(headers):
            if index not in taken and pattern.search(header):
                mapping[field] = index
                taken.add(index)
                break
    if mapping["organization"] is None and mapping["person"] is None and headers:
        mapping["organization"] = 0
    return mapping


def mapping_for(coalition: Coalition, headers: list[str]) -> tuple[dict[str, int | None], bool]:
    """(mapping, remembered): the choice made last time for this header, or a guess."""
    found = ColumnMapping.objects.filter(
        coalition=coalition, header_key=header_key(headers)
    ).first()
    if found is not None:
        mapping = {field: found.mapping.get(field) for field in FIELDS}
        if all(
            v is None or (isinstance(v, int) and 0 <= v < len(headers)) for v in mapping.values()
        ):
            return mapping, True
    return guess_mapping(headers), False


def _validated_mapping(mapping: dict[str, Any], width: int) -> dict[str, int | None]:
    clean: dict[str, int | None] = {}
    for field in FIELDS:
        value = mapping.get(field)
        if value in (None, ""):
            clean[field] = None
            continue
        try:
            index = int(value)
        except (TypeError, ValueError):
            raise ImportInputError(_("Choose a column from the list.")) from None
        if not 0 <= index < width:
            raise ImportInputError(
                _("The file has no column %(column)s.") % {"column": column_letter(max(index, 0))}
            )
        clean[field] = index
    if clean["organization"] is None and clean["person"] is None:
        raise ImportInputError(_("Choose the column that holds the organization's name."))
    return clean


def rows_from_table(
    table: Table, mapping: dict[str, Any], *, header_row: bool = True
) -> list[list[str]]:
    """[name, person, e-mail, country, kind] per row: the organization's name, or the
    person's when the row names no organization (then the row is a person's signature)."""
    columns = _validated_mapping(mapping, len(table.headers))
    body = table.rows if header_row else [table.headers, *table.rows]

    def cell(row: list[str], field: str) -> str:
        index = columns[field]
        return row[index] if index is not None and index < len(row) else ""

    rows = []
    for row in body:
        organization, person = cell(row, "organization"), cell(row, "person")
        name = organization or person
        if not name:
            continue
        kind = "organization" if organization else "person"
        rows.append(
            [name, person if organization else "", cell(row, "email"), cell(row, "country"), kind]
        )
    if not rows:
        raise ImportInputError(_("The chosen column is empty in every row."))
    return rows


# --- Batches ----------------------------------------------------------------------------


def _set(batch: ImportBatch, **fields: Any) -> None:
    for name, value in fields.items():
        setattr(batch, name, value)
    batch.save(update_fields=[*fields, "updated_at"])


def start_batch(
    statement: Statement,
    *,
    by: User | None,
    data: bytes | None = None,
    text: str = "",
    filename: str = "",
    encoding: str | None = None,
) -> ImportBatch:
    """Read a pasted list or an uploaded file into a new batch; nothing else is written.

    A table waits for its columns (status MAPPING); a list is ready to analyse (RUNNING).
    Raises ``ImportInputError`` for anything that cannot be read.
    """
    if data is None:
        data = text.encode("utf-8")
        read: Table | list[str] = _lines(text)
    else:
        read = read_upload(data, filename=filename, encoding=encoding)
    batch = ImportBatch(
        statement=statement,
        created_by=by,
        filename=tidy(filename, limit=255),
        checksum=checksum_of(data),
    )
    if isinstance(read, Table):
        batch.status = BatchStatus.MAPPING
        batch.table = {"headers": read.headers, "rows": read.rows}
        mapping, remembered = mapping_for(statement.coalition, read.headers)
        batch.column_mapping = {**mapping, "remembered": remembered}
    else:
        batch.status = BatchStatus.RUNNING
        batch.rows = [[line, "", "", ""] for line in read]
    batch.save()
    log_action(
        "imports.batch.started",
        subject=batch,
        user=by,
        coalition=statement.coalition,
        data={"filename": batch.filename, "checksum": batch.checksum},
    )
    return batch


def map_columns(
    batch: ImportBatch,
    *,
    mapping: dict[str, Any],
    header_row: bool = True,
    by: User | None = None,
) -> ImportBatch:
    """Choose the columns of a table (remembered for the next file with the same header)."""
    if batch.status != BatchStatus.MAPPING:
        raise ImportStateError("the columns of this import were already chosen")
    table = Table(headers=batch.table["headers"], rows=batch.table["rows"])
    rows = rows_from_table(table, mapping, header_row=header_row)
    columns = _validated_mapping(mapping, len(table.headers))
    with transaction.atomic():
        ColumnMapping.objects.update_or_create(
            coalition=batch.statement.coalition,
            header_key=header_key(table.headers),
            defaults={"mapping": columns},
        )
        _set(
            batch,
            rows=rows,
            table={},
            column_mapping={**columns, "header_row": header_row},
            status=BatchStatus.RUNNING,
            progress=0,
        )
        log_action(
            "imports.batch.columns_chosen",
            subject=batch,
            user=by,
            coalition=batch.statement.coalition,
            data={"mapping": columns, "headers": table.headers[:MAX_COLUMNS]},
        )
    return batch


def _registry_matches(names: list[str]) -> list[list[dict[str, Any]]]:
    """Registry candidates for each name, best first: the one place that asks the registry.

    A known spelling is a sure match at once. Other names are looked up in the registry's
    shared index (``registry.search``), brought up to date once for the whole list rather
    than once per name: ``resolve_name`` checks the index's freshness with two queries and
    loads the organizations with a third on every call, which a 10,000-line list cannot
    afford.
    """
    exact: dict[str, Organization] = {}
    for start in range(0, len(names), 500):
        for alias in Alias.objects.filter(
            name__in=names[start : start + 500], organization__merged_into__isnull=True
        ).select_related("organization"):
            exact.setdefault(alias.name, alias.organization)
    pending = [name for name in names if name not in exact]
    candidates: dict[str, list[Candidate]] = {}
    if pending and Organization.objects.exists():
        registry = search._index()
        for name in pending:
            # One name at a time: sign-form suggestions in this process wait a lookup at most.
            with registry.lock:
                ranked = registry.index.resolve(name[: search.MAX_QUERY_LENGTH], RESOLVE_LIMIT)
            candidates[name] = [c for c in ranked if c.decision != "new"]
    ids = {int(c.entity_id) for found in candidates.values() for c in found}
    live = search._live(sorted(ids)) if ids else {}
    found_all: list[list[dict[str, Any]]] = []
    for name in names:
        organization = exact.get(name)
        if organization is not None:
            found_all.append([_candidate(organization, 1.0, "match", [KNOWN_SPELLING])])
            continue
        found: list[dict[str, Any]] = []
        seen: set[int] = set()
        for candidate in candidates.get(name, []):
            target = live.get(int(candidate.entity_id))
            if target is None or target.pk in seen:
                continue
            seen.add(target.pk)
            found.append(
                _candidate(target, candidate.score, candidate.decision, list(candidate.reasons))
            )
        found_all.append(found)
    return found_all


def _candidate(
    organization: Organization, score: float, decision: str, reasons: list[str]
) -> dict[str, Any]:
    return {
        "organization": organization.pk,
        "name": organization.name,
        "slug": organization.slug,
        "score": round(score, 3),
        "decision": decision,
        "reasons": list(reasons),
    }


def build_preview(
    statement: Statement,
    rows: list[list[str]],
    *,
    progress: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Clean, group and match a list: the preview a coordinator reviews. Writes nothing."""
    lines = [row[0] for row in rows]
    report = progress or (lambda value: None)
    report(5)
    result = cluster_lines(lines)
    report(60)
    return _preview_of(statement, rows, result, report)


def _preview_of(
    statement: Statement,
    rows: list[list[str]],
    result: CleanResult,
    report: Callable[[int], None],
) -> dict[str, Any]:
    index_of = {cluster.id: i for i, cluster in enumerate(result.clusters)}
    doubtful: dict[int, tuple[ReviewPair, int]] = {}
    for review_pair in result.review:
        a, b = index_of[review_pair.cluster_a], index_of[review_pair.cluster_b]
        later, earlier = max(a, b), min(a, b)
        best = doubtful.get(later)
        if best is None or review_pair.score > best[0].score:
            doubtful[later] = (review_pair, earlier)
    organizations = [i for i, c in enumerate(result.clusters) if c.kind == "org"]
    matches: dict[int, list[dict[str, Any]]] = {}
    for start in range(0, len(organizations), _PROGRESS_EVERY):
        chunk = organizations[start : start + _PROGRESS_EVERY]
        names = [result.clusters[i].name for i in chunk]
        matches.update(zip(chunk, _registry_matches(names), strict=True))
        report(60 + int(35 * (start + len(chunk)) / max(len(organizations), 1)))
    signed = set(
        statement.signatures.live()
        .filter(organization__isnull=False)
        .values_list("organization_id", flat=True)
    )
    signed_names = names_on(statement)
    clusters: list[dict[str, Any]] = []
    for i, cluster in enumerate(result.clusters):
        first = cluster.lines[0]
        details = next((rows[n] for n in cluster.lines if any(rows[n][1:4])), rows[first])
        from_person_column = all(rows[n][4:] == ["person"] for n in cluster.lines)
        entry: dict[str, Any] = {
            "kind": "person" if cluster.kind == "person" or from_person_column else "organization",
            "name": cluster.name,
            "names": cluster.names,
            "lines": cluster.lines,
            "raw": lines_raw(rows, first),
            "person": details[1],
            "email": details[2],
            "country": details[3],
            "match": None,
            "suggestion": None,
            "candidates": [],
        }
        is_organization = entry["kind"] == "organization"
        found = matches.get(i, []) if is_organization else []
        pair = doubtful.get(i) if is_organization else None
        if found and found[0]["decision"] == "match":
            entry["match"] = found[0]
        elif pair is not None:
            review, earlier = pair
            entry["suggestion"] = {
                "type": "line",
                "cluster": earlier,
                "name": result.clusters[earlier].name,
                "score": round(review.score, 3),
                "reasons": list(review.reasons),
            }
            entry["candidates"] = found
        elif found:
            entry["suggestion"] = {"type": "registry", **found[0]}
            entry["candidates"] = found[1:]
        entry["signed"] = bool(
            (entry["match"] and entry["match"]["organization"] in signed)
            or _named(entry, signed_names)
        )
        clusters.append(entry)
    summary = {
        "lines": result.summary.lines,
        "organizations": sum(1 for c in clusters if c["kind"] == "organization"),
        "people": sum(1 for c in clusters if c["kind"] == "person"),
        "merged": result.summary.merged,
        "noise": result.summary.noise,
        "blank": result.summary.blank,
        "uncertain": sum(1 for c in clusters if c["suggestion"]),
        "matched": sum(1 for c in clusters if c["match"]),
        "already_signed": sum(1 for c in clusters if c["signed"]),
        "people_left_out": (
            0 if statement.allow_individuals else sum(1 for c in clusters if c["kind"] == "person")
        ),
    }
    report(98)
    return {
        "summary": summary,
        "lines": [
            [line.raw[:MAX_CELL], line.kind, line.name, index_of.get(line.cluster or "", -1)]
            for line in result.lines
        ],
        "clusters": clusters,
    }


def names_on(statement: Statement) -> set[str]:
    """The names the statement's live signatures were made under, case-folded."""
    return {
        name.casefold()
        for pair in statement.signatures.live().values_list("name_as_signed", "display_name")
        for name in pair
        if name
    }


def _named(cluster: dict[str, Any], names: set[str]) -> bool:
    """A name of this group already signed the statement (the same list imported twice)."""
    return any(n.casefold() in names for n in [cluster["raw"], *cluster["names"]])


def lines_raw(rows: list[list[str]], number: int) -> str:
    return rows[number][0].strip()[:300]


def analyse_batch(batch: ImportBatch) -> ImportBatch:
    """Build the batch's preview (the slow part: runs as a task for large lists)."""
    if batch.status != BatchStatus.RUNNING:
        raise ImportStateError("this import is not waiting to be analysed")

    def progress(value: int) -> None:
        ImportBatch.objects.filter(pk=batch.pk).update(progress=value)

    try:
        preview = build_preview(batch.statement, batch.rows, progress=progress)
    except Exception:
        logger.exception("import batch %s could not be analysed", batch.pk)
        _set(batch, status=BatchStatus.FAILED, error=_("The list could not be analysed."))
        return batch
    _set(batch, preview=preview, decisions={}, status=BatchStatus.PREVIEW, progress=100, error="")
    return batch


# --- Review -----------------------------------------------------------------------------


def uncertain(batch: ImportBatch) -> list[int]:
    """Indexes of the groups that wait for a person's decision."""
    return [i for i, c in enumerate(batch.preview.get("clusters", [])) if c["suggestion"]]


def decide(
    batch: ImportBatch, *, decisions: dict[int, dict[str, Any]], by: User | None = None
) -> ImportBatch:
    """Record review decisions: {group: {"action": ..., "organization": id}}.

    Checked whole before anything is stored: one bad decision changes nothing.
    """
    if batch.status != BatchStatus.PREVIEW:
        raise ImportStateError("this import is not waiting for review")
    clusters = batch.preview["clusters"]
    clean: dict[str, dict[str, Any]] = {}
    for index, decision in decisions.items():
        if not 0 <= index < len(clusters) or clusters[index]["kind"] != "organization":
            raise ImportInputError(_("This list has no such group."))
        action = decision.get("action")
        if action not in ACTIONS:
            raise ImportInputError(_("Choose what to do with each name."))
        entry: dict[str, Any] = {"action": action}
        if action == "accept" and not clusters[index]["suggestion"]:
            raise ImportInputError(_("There is no suggestion to accept for this name."))
        if action == "choose":
            chosen = decision.get("organization")
            organization = (
                Organization.objects.live().filter(pk=chosen).first()
                if isinstance(chosen, int) and 0 < chosen < 2**63
                else None
            )
            if organization is None:
                raise ImportInputError(_("No organization of the registry has this address."))
            entry["organization"] = organization.pk
            entry["name"] = organization.name
        clean[str(index)] = entry
    _set(batch, decisions={**batch.decisions, **clean})
    return batch


def _action(batch: ImportBatch, index: int, cluster: dict[str, Any]) -> dict[str, Any]:
    decided = batch.decisions.get(str(index))
    if decided:
        return dict(decided)
    return {"action": "later" if cluster["suggestion"] else "auto"}


# --- Commit and undo --------------------------------------------------------------------


def _email(value: str, used: set[str]) -> str:
    value = value.strip().lower()
    if not value or value in used or len(value) > 254:
        return ""
    try:
        validate_email(value)
    except ValidationError:
        return ""
    used.add(value)
    return value


class _Committer:
    """One pass over the preview's groups, in order (a group's suggestion comes earlier)."""

    def __init__(self, batch: ImportBatch, by: User | None) -> None:
        self.batch = batch
        self.statement = batch.statement
        self.by = by
        self.organization_of: dict[int, Organization | None] = {}
        self.signed = set(
            self.statement.signatures.live()
            .filter(organization__isnull=False)
            .values_list("organization_id", flat=True)
        )
        self.names = names_on(self.statement)
        self.emails = set(
            self.statement.signatures.live().exclude(email="").values_list("email", flat=True)
        )
        self.created_organizations: list[int] = []
        self.created_aliases: list[int] = []
        self.counts = dict.fromkeys(
            (
                "accepted",
                "waiting_for_review",
                "people",
                "people_left_out",
                "skipped",
                "same_as_earlier",
                "already_signed",
            ),
            0,
        )

    def organization(self, pk: int) -> Organization | None:
        return Organization.objects.live().filter(pk=pk).first()

    def new_organization(self, cluster: dict[str, Any]) -> Organization:
        organization = create_organization(
            cluster["name"], by=self.by, statement=self.statement, country=cluster["country"]
        )
        self.created_organizations.append(organization.pk)
        return organization

    def add_names(self, organization: Organization, names: list[str]) -> None:
        for name in names:
            spelling = tidy(name)
            if not spelling:
                continue
            if Alias.objects.filter(organization=organization, name=spelling).exists():
                continue
            alias = add_alias(organization, spelling, statement=self.statement)
            if organization.pk not in self.created_organizations:
                self.created_aliases.append(alias.pk)

    def sign(self, cluster: dict[str, Any], **fields: Any) -> Signature:
        return create_signature(
            self.statement,
            name=cluster["raw"] or cluster["name"][:300],
            person_name=cluster["person"][:200],
            country=cluster["country"][:100],
            email=_email(cluster["email"], self.emails),
            source=Source.IMPORT,
            by=self.by,
            import_batch_id=self.batch.pk,
            **fields,
        )

    def commit(self, index: int, cluster: dict[str, Any]) -> None:
        if _named(cluster, self.names):
            self.counts["already_signed"] += 1
            self.organization_of[index] = None
            return
        if cluster["kind"] == "person" and not self.statement.allow_individuals:
            # The statement takes organizations only: the preview said so.
            self.counts["people_left_out"] += 1
            self.organization_of[index] = None
            return
        if cluster["kind"] == "person":
            self.sign(
                cluster,
                kind=Kind.PERSON,
                display_name=cluster["name"][:300],
                status=SignatureStatus.ACCEPTED,
            )
            self.counts["people"] += 1
            return
        decision = _action(self.batch, index, cluster)
        action = decision["action"]
        suggestion = cluster["suggestion"]
        target: Organization | None = None
        if action == "skip":
            self.counts["skipped"] += 1
            self.organization_of[index] = None
            return
        if action == "later":
            self.wait_for_review(index, cluster)
            return
        if action == "auto" and cluster["match"]:
            target = self.organization(cluster["match"]["organization"])
        elif action == "accept" and suggestion["type"] == "registry":
            target = self.organization(suggestion["organization"])
        elif action == "accept":
            target = self.organization_of.get(suggestion["cluster"])
            if target is None:  # the line it repeats was skipped or left for review
                self.counts["same_as_earlier"] += 1
                self.organization_of[index] = None
                return
        elif action == "choose":
            target = self.organization(decision["organization"])
        if target is None:
            if action in ("accept", "choose") or (action == "auto" and cluster["match"]):
                raise ImportInputError(
                    _("The organization chosen for “%(name)s” is no longer in the registry.")
                    % {"name": cluster["name"]}
                )
            target = self.new_organization(cluster)
        self.add_names(target, cluster["names"])
        self.organization_of[index] = target
        if target.pk in self.signed:
            self.counts["already_signed"] += 1
            return
        self.signed.add(target.pk)
        self.sign(
            cluster,
            kind=Kind.ORGANIZATION,
            display_name=target.name,
            organization=target,
            status=SignatureStatus.ACCEPTED,
        )
        self.counts["accepted"] += 1

    def wait_for_review(self, index: int, cluster: dict[str, Any]) -> None:
        suggestion = cluster["suggestion"]
        proposed: Organization | None = None
        if suggestion and suggestion["type"] == "registry":
            proposed = self.organization(suggestion["organization"])
        elif suggestion:
            proposed = self.organization_of.get(suggestion["cluster"])
        signature = self.sign(
            cluster,
            kind=Kind.ORGANIZATION,
            display_name=cluster["name"][:300],
            proposed_organization=proposed,
            status=SignatureStatus.CONFIRMED,
        )
        if suggestion:
            # The matcher's evidence for the moderator; not a change of status.
            Signature.objects.filter(pk=signature.pk).update(
                match_score=suggestion["score"], match_reasons=suggestion["reasons"]
            )
        self.organization_of[index] = None
        self.counts["waiting_for_review"] += 1


def commit_batch(
    batch: ImportBatch,
    *,
    by: User | None = None,
    progress: Callable[[int], None] | None = None,
) -> ImportBatch:
    """Write the reviewed list in one transaction: everything, or nothing at all."""
    with transaction.atomic():
        locked = ImportBatch.objects.select_for_update().get(pk=batch.pk)
        if locked.status not in (BatchStatus.PREVIEW, BatchStatus.COMMITTING):
            raise ImportStateError("this import was already committed or undone")
        committer = _Committer(locked, by)
        clusters = locked.preview["clusters"]
        for index, cluster in enumerate(clusters):
            committer.commit(index, cluster)
            if progress is not None and index % _PROGRESS_EVERY == 0:
                progress(int(100 * index / max(len(clusters), 1)))
        stats = {**locked.preview["summary"], **committer.counts}
        stats["merged"] += stats.pop("same_as_earlier")
        _set(
            locked,
            status=BatchStatus.COMMITTED,
            committed_at=timezone.now(),
            stats=stats,
            created={
                "organizations": committer.created_organizations,
                "aliases": committer.created_aliases,
            },
            progress=100,
            error="",
        )
        log_action(
            "imports.batch.committed",
            subject=locked,
            user=by,
            coalition=locked.statement.coalition,
            data={**stats, "decisions": locked.decisions, "checksum": locked.checksum},
        )
    batch.refresh_from_db()
    return batch


def mark_committing(batch: ImportBatch) -> ImportBatch:
    """The commit was queued: the batch shows a progress page meanwhile."""
    if batch.status != BatchStatus.PREVIEW:
        raise ImportStateError("this import is not waiting for review")
    _set(batch, status=BatchStatus.COMMITTING, progress=0, error="")
    return batch


def commit_failed(batch: ImportBatch, message: str) -> ImportBatch:
    """Nothing was written: back to the preview, with the reason."""
    _set(batch, status=BatchStatus.PREVIEW, error=message, progress=0)
    return batch


def mark_undoing(batch: ImportBatch) -> ImportBatch:
    """The undo was queued: the batch shows a progress page meanwhile."""
    with transaction.atomic():
        locked = ImportBatch.objects.select_for_update().get(pk=batch.pk)
        if locked.status != BatchStatus.COMMITTED:
            raise ImportStateError("only a committed import can be undone")
        _set(locked, status=BatchStatus.UNDOING, error="")
    batch.refresh_from_db()
    return batch


def undo_failed(batch: ImportBatch, message: str) -> ImportBatch:
    """Nothing was taken back: the import stands, with the reason."""
    _set(batch, status=BatchStatus.COMMITTED, error=message)
    return batch


@transaction.atomic
def undo_batch(batch: ImportBatch, *, by: User | None = None) -> ImportBatch:
    """Take a committed import back whole: its signatures leave the statement (counts
    follow), and the organizations and spellings it created go when nothing else uses them.
    """
    locked = ImportBatch.objects.select_for_update().get(pk=batch.pk)
    if locked.status not in (BatchStatus.COMMITTED, BatchStatus.UNDOING):
        raise ImportStateError("only a committed import can be undone")
    signatures = Signature.objects.filter(import_batch=locked)
    for signature in signatures.filter(status__in=LIVE_STATUSES):
        withdraw_signature(signature, by=by)
    removed = signatures.count()
    signatures.delete()
    created = locked.created or {}
    kept: list[int] = []
    gone: list[int] = []
    for organization_id in created.get("organizations", []):
        if is_unused(organization_id):
            Organization.objects.filter(pk=organization_id).delete()
            gone.append(organization_id)
        else:
            kept.append(organization_id)
    Alias.objects.filter(pk__in=created.get("aliases", [])).exclude(
        organization_id__in=kept
    ).delete()
    registry_changed()
    _set(
        locked,
        status=BatchStatus.UNDONE,
        undone_at=timezone.now(),
        undone_by=by,
    )
    log_action(
        "imports.batch.undone",
        subject=locked,
        user=by,
        coalition=locked.statement.coalition,
        data={"signatures": removed, "organizations_removed": gone, "organizations_kept": kept},
    )
    batch.refresh_from_db()
    return batch


# --- Whole lists at once (command line, demo) ------------------------------------------


def import_text(
    statement: Statement,
    text: str,
    *,
    by: User | None = None,
    filename: str = "",
) -> ImportBatch:
    """Preview and commit a list in one go, with the default decisions (uncertain names
    wait for review)."""
    batch = start_batch(statement, by=by, text=text, filename=filename)
    analyse_batch(batch)
    if batch.status != BatchStatus.PREVIEW:
        raise ImportInputError(batch.error)
    return commit_batch(batch, by=by)


def import_demo_list(statement: Statement, text: str) -> ImportBatch:
    """The demo statement's list, exactly as published, through the import path."""
    return import_text(statement, text, filename="signatories-2020-09-27.txt")


# --- A whole statement from a text file ------------------------------------------------

_ISO_DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_BODY_END = (".", "!", "?", ":", ";", "”", '"', "»", ")")
MAX_LIST_LINE = 160


@dataclass
class StatementText:
    title: str
    date: datetime.date | None
    body: str
    lines: list[str]


def _date_in(text: str) -> datetime.date | None:
    found = _ISO_DATE_RE.search(text)
    if found:
        try:
            return datetime.date(*(int(part) for part in found.groups()))
        except ValueError:
            return None
    for pattern in ("%d %B %Y", "%B %d, %Y", "%B %d %Y", "%d.%m.%Y"):
        try:
            return datetime.datetime.strptime(text.strip(), pattern).date()  # noqa: DTZ007
        except ValueError:
            continue
    return None


def parse_statement_text(text: str, *, filename: str = "") -> StatementText:
    """A statement as published on a web page: the title, an optional date line, the text
    in paragraphs, then the list (the first short line that does not end a sentence).

    The date comes from a line of its own under the title, or else from the file's name
    (statement-2020-09-27.txt).
    """
    lines = text.splitlines()
    position = 0
    while position < len(lines) and not lines[position].strip():
        position += 1
    if position == len(lines):
        raise ImportInputError(_("The file is empty."))
    title = tidy(lines[position])
    position += 1
    date: datetime.date | None = None
    while position < len(lines) and not lines[position].strip():
        position += 1
    if position < len(lines) and len(lines[position]) < 40 and _date_in(lines[position]):
        date = _date_in(lines[position])
        position += 1
    body: list[str] = []
    while position < len(lines):
        line = lines[position].strip()
        if line and len(line) <= MAX_LIST_LINE and not line.endswith(_BODY_END):
            break
        body.append(lines[position].rstrip())
        position += 1
    rest = lines[position:]
    if not any(line.strip() for line in rest):
        raise ImportInputError(_("No list of signatories was found after the text."))
    paragraphs = "\n".join(body).strip()
    return StatementText(
        title=title,
        date=date or _date_in(filename),
        body="\n\n".join(p.strip() for p in re.split(r"\n\s*\n", paragraphs) if p.strip()),
        lines=rest,
    )


def import_statement(
    coalition: Coalition,
    text: str,
    *,
    filename: str = "",
    by: User | None = None,
) -> ImportBatch:
    """Create a draft statement from a text file and import its list (uncertain names wait
    for review)."""
    from undersigned.statements.services import create_statement

    parsed = parse_statement_text(text, filename=filename)
    with transaction.atomic():
        statement = create_statement(
            coalition, title=parsed.title[:200], body=parsed.body, date=parsed.date, by=by
        )
        return import_text(statement, "\n".join(parsed.lines), by=by, filename=filename)
