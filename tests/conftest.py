from __future__ import annotations

import pytest

from postgres_server import PostgresServer


@pytest.fixture(scope="session")
def postgres_url():
    """URL of a throw-away PostgreSQL database; skips the test where no server binaries exist."""
    try:
        server = PostgresServer()
    except RuntimeError as error:
        pytest.skip(f"PostgreSQL tests skipped: {error}")
    try:
        url = server.start()
    except Exception as error:  # noqa: BLE001 - any start failure means: cannot test here
        server.stop()
        pytest.skip(f"PostgreSQL tests skipped: could not start a server ({error})")
    yield url
    server.stop()
