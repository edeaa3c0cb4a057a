"""The security headers file (site/_headers) and the nginx recipe: framing denied everywhere but the
finder's frames (embed/ in every language), which any site may frame; the README shows what the code writes."""
import dataclasses
import re

import pytest

from signpost.headers import headers_file, nginx_lines
from signpost.load import load_portal
from host_headers import HOSTS, headers_for, parse
from sites import PROJECT


def under_path(content):
    site = content / "site.yml"
    site.write_text(site.read_text(encoding="utf-8").replace("url: https://fixture.example.org",
                                                            "url: https://example.org/social-prescribing/"))
    return load_portal(content)


@pytest.mark.parametrize("host", HOSTS)
@pytest.mark.parametrize("base", ["/", "/social-prescribing/"])
def test_only_the_frames_may_be_framed_by_any_site_on_every_host(content, base, host):
    portal = load_portal(content) if base == "/" else under_path(content)
    text = headers_file(portal)
    for path in ("", "index.html", "services/", "embed-the-finder/", "ar/services/", "es/", "assets/signpost.css",
                 "services/embed/", "team/embed/"):
        headers = headers_for(text, base + path, host)
        assert headers["x-frame-options"] == "DENY" and "content-security-policy" not in headers, path
        assert headers["x-content-type-options"] == "nosniff", path
    for path in ("embed/services/", "embed/services/need/food/", "embed/link-worker/", "ar/embed/services/area/north/",
                 "hi/embed/link-worker/index.html"):
        headers = headers_for(text, base + path, host)
        assert headers["content-security-policy"] == "frame-ancestors *", path  # one policy, never joined to another
        assert headers["x-content-type-options"] == "nosniff", path
        # Cloudflare Pages removes X-Frame-Options; where it stays, browsers ignore it beside frame-ancestors
        # (tests/exports/test_embed.py shows chromium framing the page on each host).
        assert headers.get("x-frame-options") == (None if host == "cloudflare" else "DENY"), path


def test_no_two_rules_that_match_one_path_set_one_header():
    """What makes every host read the file alike, whatever it does with a header two rules set."""
    text = headers_file(load_portal(PROJECT / "content"))
    rules = [(pattern, {line.split(":", 1)[0].strip().lower() for line in lines if not line.startswith("!")})
             for pattern, lines in parse(text)]
    for index, (pattern, names) in enumerate(rules):
        for other, other_names in rules[index + 1:]:
            if other.startswith(pattern.rstrip("*")) or pattern.startswith(other.rstrip("*")):
                assert not names & other_names, (pattern, other, names & other_names)


def test_the_readme_shows_the_headers_file_and_the_nginx_recipe_the_code_writes(tmp_path):
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    portal = load_portal(PROJECT / "content")
    written = headers_file(portal).splitlines()
    shown = re.search(r"```\n(/\*\n.*?)```", readme, re.DOTALL).group(1).splitlines()
    assert shown[:10] == written[:10]  # the rule for every path, the first frames' rule, the second's path
    nginx = re.search(r"```nginx\nlocation /social-prescribing/ \{\n    root /var/www;\n    error_page [^\n]*\n(.*?)\}\n```",
                      readme, re.DOTALL).group(1)
    assert nginx == nginx_lines(_sample_under_path(portal))


def _sample_under_path(portal):
    site = portal.site.data.model_copy(update={"url": "https://example.org/social-prescribing/"})
    return dataclasses.replace(portal, site=dataclasses.replace(portal.site, data=site))
