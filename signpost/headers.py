"""The security headers a `<meta>` Content-Security-Policy cannot carry, as a `_headers` file for the
static hosts that read one (Netlify, Cloudflare Pages) and as lines for an nginx server block."""
from __future__ import annotations

from signpost.portal import Portal
from signpost.site_shape import site_path

# Referrer-Policy stays at the browsers' default strength, not no-referrer: with no-referrer a form's
# POST carries `Origin: null`, and the receiver refuses posts from an origin that is not the site's.
HEADERS = (
    ("Content-Security-Policy", "frame-ancestors 'none'"),
    ("X-Frame-Options", "DENY"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "strict-origin-when-cross-origin"),
    ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"),
    ("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),
)


def headers_file(portal: Portal) -> str:
    """The `_headers` file (Netlify / Cloudflare Pages format): every path under the site's own."""
    lines = [f"{site_path(portal)}*"] + [f"  {name}: {value}" for name, value in HEADERS]
    return "\n".join(lines) + "\n"


def nginx_lines() -> str:
    """The same headers as nginx `add_header` lines, for a `server` or `location` block."""
    return "\n".join(f'add_header {name} "{value}" always;' for name, value in HEADERS) + "\n"
