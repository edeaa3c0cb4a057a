"""Fixtures of the browser tests: the built sample portal served over HTTP on 127.0.0.1, one headless
Debian chromium for the session (never a downloaded browser), a fresh browser context for each test."""
from __future__ import annotations

from pathlib import Path

import pytest

import site_pages

from .layout import PHONE
from .support import Visit, serve, tour


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
    """One page of each type in each language (every page with SIGNPOST_ALL_PAGES=1), but not the finder's
    frames for other sites (embed/...): they are parts of another site's page, with no header, menu or
    quick exit of their own, and tests/exports/test_embed.py checks them inside such a page."""
    return [url for url in site_pages.pages_to_check(sample_site) if not site_pages.is_frame(url)]


@pytest.fixture
def context(browser):
    context = browser.new_context()
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture
def phone(browser):
    """A page in a fresh phone context: 320 CSS px wide (layout.PHONE), touch, mobile."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


@pytest.fixture(scope="session")
def visits(browser, site_url, sample_pages) -> dict[str, Visit]:
    """Every page to check, and a missing page (the 404), each loaded once with what happened recorded.
    The privacy and policy tests both read it, so the pages load once rather than once a test."""
    return tour(browser, site_url, sample_pages + ["no-such-page/"])
