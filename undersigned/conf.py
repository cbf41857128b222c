"""Reading settings from the environment.

Every reader names the variable it read when the value is wrong, and stops start-up with
one line instead of a traceback: ``ConfigError`` is a ``SystemExit``.
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from undersigned.core.numbers import is_whole_number

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off"}


class ConfigError(SystemExit):
    """A setting has a value that cannot be used; the message names the variable."""

    def __init__(self, variable: str, problem: str) -> None:
        self.variable = variable
        super().__init__(f"Configuration error: {variable} {problem}")


def env_str(name: str, default: str = "") -> str:
    value = os.environ.get(name, "")
    return value.strip() if value.strip() else default


def env_bool(name: str, *, default: bool) -> bool:
    raw = env_str(name)
    if not raw:
        return default
    word = raw.lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ConfigError(name, f"must be true or false (1/0, yes/no, on/off), not {raw!r}")


def env_int(name: str, *, default: int, minimum: int = 0) -> int:
    raw = env_str(name)
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(name, f"must be a whole number, not {raw!r}") from None
    if value < minimum:
        raise ConfigError(name, f"must be at least {minimum}, not {value}")
    return value


def env_list(name: str, *, default: list[str]) -> list[str]:
    raw = env_str(name)
    if not raw:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_choice(name: str, *, default: str, choices: list[str]) -> str:
    raw = env_str(name)
    if not raw:
        return default
    if raw not in choices:
        raise ConfigError(name, f"must be one of {', '.join(choices)}, not {raw!r}")
    return raw


def parse_database_url(url: str, *, variable: str = "DATABASE_URL") -> dict[str, Any]:
    """Turn ``sqlite:///path`` or ``postgres://user:pass@host:port/name`` into Django's dict.

    SQLite gets WAL, a busy timeout and IMMEDIATE transactions so that concurrent sign-ons
    wait for each other instead of failing with "database is locked". PostgreSQL keeps its
    connections between requests: opening one per request costs two thirds of the writes.
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "sqlite":
        path = unquote(parts.path)
        if parts.netloc or not path or path == "/":
            raise ConfigError(
                variable, f"must look like sqlite:////absolute/path.sqlite3, not {url!r}"
            )
        # sqlite:///relative.db names "relative.db"; sqlite:////abs/path names "/abs/path".
        name = path[1:]
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": name,
            "OPTIONS": {
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": (
                    "PRAGMA journal_mode=WAL;"
                    "PRAGMA synchronous=NORMAL;"
                    "PRAGMA busy_timeout=20000;"
                    "PRAGMA foreign_keys=ON;"
                ),
            },
        }
    if scheme in {"postgres", "postgresql", "pgsql"}:
        name = unquote(parts.path.lstrip("/"))
        try:
            port = parts.port
        except ValueError:
            raise ConfigError(variable, f"has a port that is not a number: {url!r}") from None
        if not name or not parts.hostname:
            raise ConfigError(
                variable, f"must look like postgres://user:password@host:5432/name, not {url!r}"
            )
        options = dict(parse_qsl(parts.query))
        conn_max_age = options.pop("conn_max_age", "600")
        if not is_whole_number(conn_max_age, 9):
            raise ConfigError(variable, f"conn_max_age must be a number of seconds: {url!r}")
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": name,
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname,
            "PORT": str(port or 5432),
            "CONN_MAX_AGE": int(conn_max_age),
            "CONN_HEALTH_CHECKS": True,
            "OPTIONS": options,
        }
    raise ConfigError(variable, f"must start with sqlite:// or postgres://, not {url!r}")


def redis_cache(url: str) -> dict[str, Any] | None:
    if not url:
        return None
    if urlsplit(url).scheme not in {"redis", "rediss", "unix"}:
        raise ConfigError("REDIS_URL", f"must start with redis:// or rediss://, not {url!r}")
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "undersigned",
        }
    }
