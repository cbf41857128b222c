import subprocess
import sys

import pytest

from undersigned.conf import ConfigError, env_bool, env_int, parse_database_url, redis_cache


def test_sqlite_url_gets_wal_busy_timeout_and_immediate_transactions():
    db = parse_database_url("sqlite:////srv/undersigned/x.sqlite3")
    assert db["ENGINE"] == "django.db.backends.sqlite3"
    assert db["NAME"] == "/srv/undersigned/x.sqlite3"
    assert db["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in db["OPTIONS"]["init_command"]
    assert db["OPTIONS"]["timeout"] >= 5


def test_relative_sqlite_url_names_a_relative_file():
    assert parse_database_url("sqlite:///var/db.sqlite3")["NAME"] == "var/db.sqlite3"


def test_postgres_url_keeps_connections_open():
    db = parse_database_url("postgres://u:p%40ss@db.example:6543/undersigned")
    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert (db["USER"], db["PASSWORD"], db["HOST"], db["PORT"], db["NAME"]) == (
        "u",
        "p@ss",
        "db.example",
        "6543",
        "undersigned",
    )
    assert db["CONN_MAX_AGE"] > 0
    assert db["CONN_HEALTH_CHECKS"] is True


@pytest.mark.parametrize(
    "url",
    [
        "mysql://x@y/z",
        "postgres://host-only",
        "postgres://u@h:notaport/db",
        "sqlite://",
        "not a url",
        "postgres://u@h/db?conn_max_age=forever",
    ],
)
def test_malformed_database_url_names_the_variable(url):
    with pytest.raises(ConfigError) as error:
        parse_database_url(url)
    assert "DATABASE_URL" in str(error.value.code)
    assert "\n" not in str(error.value.code)


@pytest.mark.parametrize("word", ["maybe", "2", "yes please"])
def test_debug_must_be_a_boolean(monkeypatch, word):
    monkeypatch.setenv("DEBUG", word)
    with pytest.raises(ConfigError, match="DEBUG"):
        env_bool("DEBUG", default=False)


@pytest.mark.parametrize(
    ("word", "expected"), [("1", True), ("On", True), ("no", False), ("", False)]
)
def test_boolean_words(monkeypatch, word, expected):
    monkeypatch.setenv("DEBUG", word)
    assert env_bool("DEBUG", default=False) is expected


def test_numbers_must_be_numbers(monkeypatch):
    monkeypatch.setenv("EMAIL_PORT", "smtp")
    with pytest.raises(ConfigError, match="EMAIL_PORT"):
        env_int("EMAIL_PORT", default=25)


def test_redis_url_must_be_redis():
    assert redis_cache("") is None
    assert "RedisCache" in redis_cache("redis://127.0.0.1:6379/0")["default"]["BACKEND"]
    with pytest.raises(ConfigError, match="REDIS_URL"):
        redis_cache("http://127.0.0.1:6379")


@pytest.mark.parametrize(
    ("variable", "value"),
    [("DEBUG", "maybe"), ("DATABASE_URL", "postgres://nowhere"), ("SITE_URL", "example.org")],
)
def test_start_up_stops_with_one_line_naming_the_variable(variable, value):
    env = {
        "PATH": "/usr/bin:/bin",
        variable: value,
        "DJANGO_SETTINGS_MODULE": "undersigned.settings",
    }
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert variable in lines[0]
    assert "Traceback" not in result.stderr
