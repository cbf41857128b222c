"""The path `make run` takes: migrate, load the demo, serve — tried as a new user would."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent
DEMO_SLUG = "statement-on-the-azerbaijani-offensive-against-artsakh"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def fresh_site(tmp_path):
    env = {
        **os.environ,
        "UNDERSIGNED_DATA_DIR": str(tmp_path),
        "DATABASE_URL": "",
        "DJANGO_SETTINGS_MODULE": "undersigned.settings",
    }
    return env


def _undersigned(env, *args, timeout=180):
    command = shutil.which("undersigned", path=str(BIN)) or "undersigned"
    return subprocess.run(
        [command, *args], env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def test_a_fresh_site_serves_the_demo_statement(fresh_site):
    migrate = _undersigned(fresh_site, "migrate", "--no-input", "-v", "0")
    assert migrate.returncode == 0, migrate.stderr
    demo = _undersigned(fresh_site, "demo")
    assert demo.returncode == 0, demo.stderr
    assert f"/s/{DEMO_SLUG}/" in demo.stdout
    assert "Admin login" in demo.stdout

    port = _free_port()
    command = shutil.which("undersigned", path=str(BIN)) or "undersigned"
    server = subprocess.Popen(  # noqa: S603
        [command, "serve", "--port", str(port)],
        env=fresh_site,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        page = ""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(
                    f"http://127.0.0.1:{port}/s/{DEMO_SLUG}/", timeout=5
                ) as response:
                    assert response.status == 200
                    page = response.read().decode()
                    break
            except OSError:
                time.sleep(0.3)
        assert "Statement on the Azerbaijani offensive against Artsakh" in page
        assert "Helsinki Citizens’ Assembly-Vanadzor" in page
        assert "Movement of Farmers NGO" in page
    finally:
        server.terminate()
        server.wait(timeout=10)
