"""Print the PostgreSQL URL the suite should run on, or nothing when there is none.

TEST_DATABASE_URL wins; otherwise a local server on 127.0.0.1:5432 with trust auth and a
database named ``test`` is used when it answers within two seconds.
"""

from __future__ import annotations

import os
import sys

LOCAL = "postgres://postgres@127.0.0.1:5432/test"


def main() -> int:
    url = os.environ.get("TEST_DATABASE_URL", "").strip()
    if url:
        print(url)
        return 0
    try:
        import psycopg

        with psycopg.connect("postgresql://postgres@127.0.0.1:5432/test", connect_timeout=2):
            pass
    except Exception as error:  # noqa: BLE001 - any failure means "no local server"
        print(f"no local PostgreSQL: {error}".splitlines()[0], file=sys.stderr)
        return 0
    print(LOCAL)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
