"""The public signatory list as rows: the one source of every export.

Only public fields are ever loaded (``.only()``): the e-mail, the hashed IP and the comment
of a signature cannot reach an export because they are never read from the database.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import TypedDict

from undersigned.signatures.models import Kind, Signature
from undersigned.statements.models import Statement

# The columns of every tabular export, in order.
COLUMNS = (
    "number",
    "kind",
    "name",
    "role",
    "country",
    "city",
    "organization_id",
    "organization_slug",
    "signed_on",
)

PUBLIC_SIGNATURE_FIELDS = (
    "pk",
    "statement_id",
    "kind",
    "name_as_signed",
    "display_name",
    "person_role",
    "country",
    "city",
    "created_at",
    "decided_at",
    "organization_id",
    "organization__name",
    "organization__slug",
    "organization__country",
    "organization__city",
)


class SignatoryRow(TypedDict):
    number: int
    kind: str
    name: str
    role: str
    country: str
    city: str
    organization_id: int | None
    organization_slug: str
    signed_on: str


def public_signatures(statement: Statement) -> Iterator[Signature]:
    """Accepted signatures, organizations first, each kind in signing order."""
    queryset = (
        Signature.objects.public()
        .filter(statement=statement)
        .select_related("organization")
        .only(*PUBLIC_SIGNATURE_FIELDS)
        .order_by("kind", "created_at", "pk")  # "organization" sorts before "person"
    )
    return queryset.iterator(chunk_size=2000)


def signed_on(signature: Signature) -> datetime.date:
    return (signature.decided_at or signature.created_at).date()


def row_of(signature: Signature, number: int) -> SignatoryRow:
    organization = signature.organization if signature.organization_id else None
    return {
        "number": number,
        "kind": signature.kind,
        "name": signature.public_name,
        # An organization's representative stays off public lists; a person's role is public.
        "role": signature.person_role if signature.kind == Kind.PERSON else "",
        "country": signature.country or (organization.country if organization else ""),
        "city": signature.city or (organization.city if organization else ""),
        "organization_id": organization.pk if organization else None,
        "organization_slug": organization.slug if organization else "",
        "signed_on": signed_on(signature).isoformat(),
    }


def rows(statement: Statement) -> Iterator[SignatoryRow]:
    """Every public signatory of ``statement``, numbered within its kind."""
    number, kind = 0, ""
    for signature in public_signatures(statement):
        if signature.kind != kind:
            number, kind = 0, signature.kind
        number += 1
        yield row_of(signature, number)
