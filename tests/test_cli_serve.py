"""``slant serve`` as a user runs it: a real process, a real port, clear errors."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _slant(*args: str, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "SLANT_MODEL_DIR": "none"}
    return subprocess.run([sys.executable, "-m", "slant", *args], capture_output=True,
                          text=True, timeout=60, env=env, **kwargs)


def test_cli_import_stays_light() -> None:
    code = ("import sys, slant.cli; heavy = {'fastapi', 'uvicorn', 'sqlalchemy'} & "
            "set(sys.modules); print(sorted(heavy))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.strip() == "[]"


def test_bad_database_is_one_error_line(tmp_path: Path) -> None:
    for db, message in [("mysql://u@h/db", "unsupported database"),
                        (f"sqlite:///{tmp_path}/no/such/dir/x.db", "does not exist")]:
        result = _slant("serve", "--db", db)
        assert result.returncode == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and message in lines[0]
        assert "Traceback" not in result.stderr


def test_serve_runs_stores_and_protects_writes(tmp_path: Path) -> None:
    port = _free_port()
    env = {**os.environ, "SLANT_MODEL_DIR": "none", "SLANT_API_TOKEN": "from-env"}
    process = subprocess.Popen(
        [sys.executable, "-m", "slant", "serve", "--port", str(port),
         "--db", f"sqlite:///{tmp_path / 'cli.db'}", "--log-level", "warning"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/api/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert process.poll() is None, process.stderr.read()
            assert time.monotonic() < deadline, "slant serve did not start"
            time.sleep(0.2)
        body = {"text": "Title\n\nSome text."}
        assert httpx.post(f"{base}/api/v1/articles", json=body).status_code == 401
        stored = httpx.post(f"{base}/api/v1/articles", json=body,
                            headers={"Authorization": "Bearer from-env"})
        assert stored.status_code == 201
        assert httpx.get(f"{base}{stored.json()['link']}").status_code == 200
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)
    assert (tmp_path / "cli.db").is_file()
