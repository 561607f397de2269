"""Debian's chromium through Playwright, for the tests that look at pages in a real browser.

Without ``/usr/bin/chromium`` the browser tests skip, unless ``SLANT_TEST_REQUIRE_SERVICES``
is set, in which case they fail. Playwright never downloads a browser here.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def require_chromium() -> None:
    """Skip the test (fail it when services are required) if chromium is not installed."""
    if not (Path(CHROMIUM).is_file() and shutil.which(CHROMIUM)):
        if os.environ.get("SLANT_TEST_REQUIRE_SERVICES"):
            pytest.fail(f"{CHROMIUM} is missing but SLANT_TEST_REQUIRE_SERVICES is set")
        pytest.skip(f"browser tests need {CHROMIUM}")


@contextmanager
def chromium() -> Iterator[Any]:
    """A launched headless chromium (a Playwright ``Browser``), closed on exit."""
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
