"""The security headers a `<meta>` Content-Security-Policy cannot carry, as a `_headers` file for the
static hosts that read one (Cloudflare Pages, Netlify) and as an nginx recipe.

Framing is denied everywhere (`X-Frame-Options: DENY`) except the finder's frames for other sites
(`embed/`, `ar/embed/`, ... : signpost.pages.embed), which any site may frame (`Content-Security-Policy:
frame-ancestors *`).

The two hosts read `_headers` differently when several rules match one path. Cloudflare Pages applies
every matching rule in file order, joins a header set twice with ", ", and lets `! Name` remove one an
earlier rule set. Netlify's parser skips a line without a colon (so `! Name` does nothing there) and its
own tools give a path the later rule's value of a header. So no header is set by both rules with two
values: the rule for every path sets X-Frame-Options, the frames' rule only Content-Security-Policy. On
either host, joining or replacing, a frame gets `frame-ancestors *` and nothing else in that header; on
Cloudflare `! X-Frame-Options` takes DENY off the frames, and where it is not honoured browsers ignore
X-Frame-Options beside a `frame-ancestors` directive (CSP: frame-ancestors obsoletes X-Frame-Options)."""
from __future__ import annotations

from signpost.portal import Portal
from signpost.site_shape import site_path

# Referrer-Policy stays at the browsers' default strength, not no-referrer: with no-referrer a form's
# POST carries `Origin: null`, and the receiver refuses posts from an origin that is not the site's.
COMMON = (
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "strict-origin-when-cross-origin"),
    ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"),
    ("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),
)
NO_FRAMING = (("X-Frame-Options", "DENY"),)
ANY_FRAMING = (("Content-Security-Policy", "frame-ancestors *"),)  # set by no other rule: see above
HEADERS = NO_FRAMING + COMMON  # every page but the frames


def embed_paths(portal: Portal) -> list[str]:
    """The frames' folders from the host's root: '/embed/', '/ar/embed/', ... ('/PATH/embed/' under a path)."""
    base = site_path(portal)
    return [base + ("" if lang == portal.default_language else f"{lang}/") + "embed/" for lang in portal.languages]


def headers_file(portal: Portal) -> str:
    """The `_headers` file: every path under the site's own gets HEADERS; then each frames' folder drops
    X-Frame-Options (`! Name`, Cloudflare Pages) and allows any ancestor with the one header no other
    rule sets, so every host reads the frames' framing policy the same (see above)."""
    lines = [f"{site_path(portal)}*"] + [f"  {name}: {value}" for name, value in HEADERS]
    for path in embed_paths(portal):
        lines += [f"{path}*"] + [f"  ! {name}" for name, _ in NO_FRAMING]
        lines += [f"  {name}: {value}" for name, value in ANY_FRAMING]
    return "\n".join(lines) + "\n"


def nginx_lines(portal: Portal) -> str:
    """The same headers for nginx, inside the site's `location`: the frames' folders in a nested
    `location` of their own, with every header again (nginx drops inherited `add_header` lines there)."""
    def add(headers) -> list[str]:
        return [f'    add_header {name} "{value}" always;' for name, value in headers]
    languages = "|".join(lang for lang in portal.languages if lang != portal.default_language)
    frames = f"^{site_path(portal)}(({languages})/)?embed/" if languages else f"^{site_path(portal)}embed/"
    lines = add(HEADERS) + [f"    location ~ {frames} {{"] + ["    " + line for line in add(ANY_FRAMING + COMMON)] + ["    }"]
    return "\n".join(lines) + "\n"
