"""The finder for GP practice websites: the guide's snippet, pasted into a page on a second loopback
origin with its own strict policy, shows the portal's frame in chromium, in its language, with no
request to anyone else, no cookie and no policy violation."""
from __future__ import annotations

import html
import re

import pytest

from browser.support import serve

_SNIPPET = re.compile(r'<pre class="sp-snippet"[^>]*><code>(&lt;iframe.*?)</code></pre>', re.DOTALL)
PORTAL = "https://fixture.example.org/"


def _snippets(built, lang_prefix: str) -> list[str]:
    return [html.unescape(s) for s in _SNIPPET.findall(built.page(f"{lang_prefix}embed-the-finder/"))]


def test_the_guide_gives_a_snippet_for_each_frame_in_its_language(built_fixture):
    english, arabic = _snippets(built_fixture, ""), _snippets(built_fixture, "ar/")
    assert len(english) == len(arabic) == 1 + 2 + 1 + 1  # every service, 2 needs, 1 area, link workers
    assert 'src="https://fixture.example.org/embed/services/need/food/"' in "".join(english)
    assert 'src="https://fixture.example.org/ar/embed/services/"' in arabic[0]
    for snippet in english:  # every frame it names is built, and so is the page its fallback link names
        for url in re.findall(r'(?:src|href)="https://fixture\.example\.org/([^"]*)"', snippet):
            assert (built_fixture.site / url / "index.html").is_file(), url


def test_frames_carry_no_theme_script_and_are_kept_out_of_search(built_fixture):
    frame = built_fixture.page("embed/services/need/housing/")
    assert "Fixture Housing Help" in frame and "Fixture Food Bank" not in frame
    assert "<script" not in frame and "data-pagefind-body" not in frame
    assert 'http-equiv="Content-Security-Policy"' in frame



@pytest.mark.parametrize("prefix, lang, direction, service", [("", "en", "ltr", "Fixture Food Bank"),
                                                               ("ar/", "ar", "rtl", "بنك الطعام التجريبي")])
def test_a_practice_site_on_another_origin_embeds_the_finder(built_fixture, browser, tmp_path, prefix, lang, direction, service):
    with serve(built_fixture.site) as portal_url:
        snippet = _snippets(built_fixture, prefix)[0].replace(PORTAL, portal_url)
        host = tmp_path / "practice"
        host.mkdir()
        # The practice's own strict policy: nothing but the portal's frame.
        (host / "index.html").write_text(
            f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Elm Tree Surgery</title>'
            f'<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; frame-src {portal_url.rstrip("/")}">'
            f'</head><body><h1>Elm Tree Surgery</h1>{snippet}</body></html>', encoding="utf-8")
        with serve(host) as host_url:
            assert host_url != portal_url
            context = browser.new_context()
            page = context.new_page()
            requests, messages = [], []
            page.on("request", lambda request: requests.append(request.url))
            page.on("console", lambda message: messages.append(message.text))
            page.goto(host_url)
            frame = page.frame_locator("iframe")
            frame.locator("main a").first.wait_for()
            assert frame.locator("html").get_attribute("lang") == lang
            assert frame.locator("html").get_attribute("dir") == direction
            assert service in frame.locator("main").inner_text()
            link = frame.get_by_role("link", name=service)
            assert link.get_attribute("target") == "_blank"
            # The frame's own stylesheet loads under its policy (its text may show before it applies).
            page.frames[1].wait_for_function("getComputedStyle(document.body).fontFamily.includes('system-ui')",
                                             timeout=15_000)
            assert context.cookies() == []
            context.close()
    origins = {re.match(r"https?://[^/]+/", url).group(0) for url in requests}
    assert origins <= {host_url, portal_url}, origins
    assert not [m for m in messages if "Content Security Policy" in m or "Refused" in m], messages


@pytest.mark.parametrize("host_name", ["cloudflare", "netlify", "joined"])
def test_with_the_sites_own_headers_a_frame_shows_on_another_origin_and_other_pages_do_not(built_fixture, browser, tmp_path,
                                                                                          host_name):
    """The built `_headers` applied as each host would (tests/host_headers.py): the finder's frames may be
    framed by a second origin, every other page may not (X-Frame-Options: DENY). Where the host leaves
    DENY on a frame (Netlify ignores `! Name`), chromium obeys its frame-ancestors instead."""
    from host_headers import serve_with_headers

    with serve_with_headers(built_fixture.site, host_name) as portal_url:
        host = tmp_path / "practice-with-headers"
        host.mkdir()
        frames = {"frame": f"{portal_url}ar/embed/services/", "page": f"{portal_url}services/",
                  "guide": f"{portal_url}embed-the-finder/"}
        (host / "index.html").write_text(
            '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Elm Tree Surgery</title></head><body>'
            + "".join(f'<iframe name="{name}" src="{url}" title="{name}"></iframe>' for name, url in frames.items())
            + "</body></html>", encoding="utf-8")
        with serve(host) as host_url:
            context = browser.new_context()
            page = context.new_page()
            responses = {}
            page.on("response", lambda response: responses.__setitem__(response.url, response))
            page.goto(host_url)
            page.frame_locator("iframe[name=frame]").locator("main a").first.wait_for()
            page.wait_for_load_state("load")
            assert responses[frames["frame"]].headers["content-security-policy"] == "frame-ancestors *"
            assert responses[frames["frame"]].headers.get("x-frame-options") == (None if host_name == "cloudflare" else "DENY")
            assert responses[frames["page"]].headers["x-frame-options"] == "DENY"
            shown = {frame.name: frame for frame in page.frames if frame.name}
            assert shown["frame"].url == frames["frame"] and "بنك الطعام التجريبي" in shown["frame"].inner_text("main")
            for blocked in ("page", "guide"):  # chromium puts its own error page in place of a refused frame
                assert shown[blocked].url != frames[blocked] or shown[blocked].evaluate("document.querySelector('main')") is None, blocked
            context.close()


def test_the_link_worker_frame_gives_phones_as_the_team_page_does_and_the_central_team_where_nobody_covers():
    import dataclasses

    from signpost.load import load_portal
    from signpost.pages.embed import LINK_WORKER, pages
    from sites import PROJECT

    portal = load_portal(PROJECT / "content")

    def frame(of):
        return next(page.text for page in pages(of, "en") if page.path.endswith(LINK_WORKER))

    text = frame(portal)
    phones = {worker.data.contact.phone for worker in portal.team.values() if worker.data.contact.phone}
    assert phones and all(f'href="tel:' in text and phone.replace(" ", "") in text.replace(" ", "") for phone in phones)
    nobody = frame(dataclasses.replace(portal, team={}))
    central = portal.site.data.contact.phone
    assert "tel:" in nobody and central.replace(" ", "") in nobody.replace(" ", "")


def test_the_guides_headings_mark_a_need_not_yet_translated_with_its_language(built_fixture):
    # The fixture's housing need has no Arabic label: its heading shows the English one, marked so, as
    # the need's label is everywhere else; the Arabic labels are in the page's own language, unmarked.
    page = built_fixture.page("ar/embed-the-finder/")
    headings = {re.sub(r"<[^>]+>", "", heading): heading for heading in re.findall(r'<h3 id="embed-\d+">(.*?)</h3>', page)}
    assert headings["Housing"] == '<span lang="en" dir="ltr">Housing</span>', headings
    arabic = [heading for text, heading in headings.items() if re.search(r"[\u0600-\u06FF]", text)]
    assert arabic and not any("lang=" in heading for heading in arabic), headings
