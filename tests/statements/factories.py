"""Many accepted signatures at once, for pages that must not slow down with long lists.

Rows are bulk-created and the kept counts set to match, as the signature services would
have left them after accepting each one.
"""

from __future__ import annotations

from undersigned.signatures.models import Kind, Signature, SignatureStatus
from undersigned.statements.models import Statement


def add_accepted_signatures(statement: Statement, *, organizations: int, people: int = 0) -> None:
    rows = [
        Signature(
            statement=statement,
            kind=Kind.ORGANIZATION,
            status=SignatureStatus.ACCEPTED,
            name_as_signed=f"Organization {n:05d}",
            email=f"org{n}@example.org",
            comment="private comment",
            statement_version=statement.version,
        )
        for n in range(organizations)
    ]
    rows += [
        Signature(
            statement=statement,
            kind=Kind.PERSON,
            status=SignatureStatus.ACCEPTED,
            name_as_signed=f"Person {n:05d}",
            person_role="researcher",
            email=f"person{n}@example.org",
            statement_version=statement.version,
        )
        for n in range(people)
    ]
    Signature.objects.bulk_create(rows, batch_size=1000)
    Statement.objects.filter(pk=statement.pk).update(
        organization_count=statement.organization_count + organizations,
        person_count=statement.person_count + people,
    )
    statement.refresh_from_db()
