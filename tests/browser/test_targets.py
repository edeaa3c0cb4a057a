"""Target size (WCAG 2.5.8): every link, button and form control that is not a link inside a sentence is
at least 24 by 24 CSS px, or far enough from every other target, on a phone and on a desktop, on every
page type in every language."""
from __future__ import annotations

import pytest

from .layout import PHONE, SMALL_TARGETS
from .support import LANGUAGES, pages_in


@pytest.mark.parametrize("viewport", [PHONE, {"width": 1280, "height": 800}], ids=["320px", "1280px"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_target_outside_a_sentence_is_big_enough_to_tap(lang, viewport, browser, site_url, sample_pages):
    context = browser.new_context(viewport=viewport)
    try:
        page = context.new_page()
        problems = []
        for url in pages_in(sample_pages, lang):
            page.goto(site_url + url)
            problems += [f"/{url}: {found}" for found in page.evaluate(SMALL_TARGETS)]
        assert not problems, f"{len(problems)} targets too small:\n" + "\n".join(problems)
    finally:
        context.close()
