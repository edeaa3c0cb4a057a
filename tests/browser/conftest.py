"""Fixtures of the browser tests: the built sample portal served over HTTP on 127.0.0.1, one headless
Debian chromium for the session (never a downloaded browser), a fresh browser context for each test."""
from __future__ import annotations

from pathlib import Path

import pytest

import site_pages

from .support import CHROMIUM, LAUNCH_ARGS, Visit, serve, tour


@pytest.fixture(scope="session")
def sample_site(built_sample) -> Path:
    return built_sample.site


@pytest.fixture(scope="session")
def site_url(sample_site) -> str:
    """The sample portal's base URL, such as 'http://127.0.0.1:41234/'."""
    with serve(sample_site) as url:
        yield url


@pytest.fixture(scope="session")
def sample_pages(sample_site) -> list[str]:
    """One page of each type in each language (every page with SIGNPOST_ALL_PAGES=1)."""
    return site_pages.pages_to_check(sample_site)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"the browser tests drive Debian's chromium, not found at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def context(browser):
    context = browser.new_context()
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture(scope="session")
def visits(browser, site_url, sample_pages) -> dict[str, Visit]:
    """Every page to check, and a missing page (the 404), each loaded once with what happened recorded.
    The privacy and policy tests both read it, so the pages load once rather than once a test."""
    return tour(browser, site_url, sample_pages + ["no-such-page/"])
