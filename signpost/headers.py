"""The security headers a `<meta>` Content-Security-Policy cannot carry, as a `_headers` file for the
static hosts that read one (Netlify, Cloudflare Pages) and as an nginx recipe.

Framing is denied everywhere (`frame-ancestors 'none'`, `X-Frame-Options: DENY`) except the finder's
frames for other sites (`embed/`, `ar/embed/`, ... : signpost.pages.embed), which any site may frame."""
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
NO_FRAMING = (("Content-Security-Policy", "frame-ancestors 'none'"), ("X-Frame-Options", "DENY"))
ANY_FRAMING = (("Content-Security-Policy", "frame-ancestors *"),)
HEADERS = NO_FRAMING + COMMON  # every page but the frames


def embed_paths(portal: Portal) -> list[str]:
    """The frames' folders from the host's root: '/embed/', '/ar/embed/', ... ('/PATH/embed/' under a path)."""
    base = site_path(portal)
    return [base + ("" if lang == portal.default_language else f"{lang}/") + "embed/" for lang in portal.languages]


def headers_file(portal: Portal) -> str:
    """The `_headers` file: every path under the site's own gets HEADERS; then each frames' folder drops
    the two framing headers (`! Name`, which Cloudflare Pages applies in file order) and allows any
    ancestor. A host that gives the later, more specific rule's value instead (Netlify) ends the same."""
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
