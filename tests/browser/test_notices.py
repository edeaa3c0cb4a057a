"""Notices look different by severity, and not by colour alone: each severity has its own colour, icon
shape and translated label word, with text contrast of at least 4.5:1 (WCAG 1.4.1, 1.4.3), in every
language. The sample's winter notice, rendered by the library at each severity, is placed into the built
home page in chromium, so the site's own stylesheet draws it."""
from __future__ import annotations

import dataclasses

import pytest
from axe_playwright_python.sync_playwright import Axe

from signpost.load import load_portal
from signpost.rendering.context import PageContext
from signpost.pages.notices import notices_html
from signpost.portal import Item
from sites import PROJECT

from .support import LANGUAGES, language_prefix

SEVERITIES = ("info", "warning", "urgent")
STYLE = """notice => {
  const label = notice.querySelector('.sp-notice__label');
  const message = notice.querySelector('.sp-notice__label + *');
  const style = getComputedStyle(notice);
  return {background: style.backgroundColor, border: style.borderInlineStartColor, label: getComputedStyle(label).color,
          message: getComputedStyle(message).color, word: label.textContent.trim(),
          icon: notice.querySelector('svg.sp-notice__icon[aria-hidden=true] path, svg.sp-notice__icon[aria-hidden=true] circle').outerHTML};
}"""


def _rgb(css: str) -> tuple[float, ...]:
    numbers = [float(n) for n in css[css.index("(") + 1: css.index(")")].replace(",", " ").split()[:4]]
    assert len(numbers) == 3 or numbers[3] == 1, f"expected an opaque colour, found {css}"
    return tuple(numbers[:3])


def contrast(foreground: str, background: str) -> float:
    def luminance(rgb):
        linear = [c / 255 / 12.92 if c / 255 <= 0.03928 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    light, dark = sorted((luminance(_rgb(foreground)), luminance(_rgb(background))), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture(scope="module")
def portal():
    return load_portal(PROJECT / "content")


def every_severity(portal, lang: str) -> str:
    """The sample's winter notice once at each severity, as the home page would show them."""
    notice = portal.notices["winter-opening-hours"]
    shown = {f"n-{severity}": Item(f"n-{severity}", notice.file, notice.data.model_copy(update={
        "severity": severity, "starts": portal.build_date, "ends": portal.build_date, "show_on": "home"}),
        notice.overlays) for severity in SEVERITIES}
    return str(notices_html(PageContext(dataclasses.replace(portal, notices=shown), lang, "index.md"), "home"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_severity_has_its_own_colour_icon_and_word_with_aa_contrast(lang, portal, page, site_url):
    page.goto(site_url + language_prefix(lang))
    page.evaluate("html => { document.querySelectorAll('.sp-notice').forEach(n => n.remove());"
                  " document.querySelector('article').insertAdjacentHTML('afterbegin', html); }", every_severity(portal, lang))
    styles = {severity: page.eval_on_selector(f".sp-notice--{severity}", STYLE) for severity in SEVERITIES}
    for severity, style in styles.items():
        assert style["word"] == portal.string(f"notice_{severity}", lang).text, (lang, severity)
        assert contrast(style["label"], style["background"]) >= 4.5, (lang, severity, style)
        assert contrast(style["message"], style["background"]) >= 4.5, (lang, severity, style)
        assert contrast(style["border"], style["background"]) >= 3, (lang, severity, style)
    for part in ("background", "border", "label", "word", "icon"):
        assert len({style[part] for style in styles.values()}) == 3, (lang, part, styles)
    results = Axe().run(page, context={"include": [[".sp-notice"]]},
                        options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]}})
    assert results.response["violations"] == [], (lang, results.response["violations"])
