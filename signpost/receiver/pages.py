"""The receiver's own HTML pages, for browsers posting without JavaScript: form received, what to
correct, and refusals (too many, too large, too slow). Each is in the form's language and direction,
looks like the site (its colours, from a small stylesheet the receiver serves itself, so the page's CSP
stays `style-src 'self'`), and links back to the form page."""
from __future__ import annotations

from markupsafe import Markup, escape

from signpost.bidi import isolate_html
from signpost.portal import Portal
from signpost.text import direction

STYLESHEET_PATH = "/f/receiver.css"
PAGE_POLICY = "default-src 'none'; style-src 'self'; frame-ancestors 'none'; form-action 'none'; base-uri 'none'"
# The site's colours (overrides/assets/signpost.css, forms.css): contrast checked for WCAG 2.2 AA.
STYLESHEET = """\
body { margin: 0; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  font-size: 1.125rem; line-height: 1.5; color: #1f1f1f; background: #ffffff; }
.sp-header { background: #00546b; color: #ffffff; padding: 0.9rem 1.2rem; font-weight: 700; }
.sp-header a { color: #ffffff; }
main { max-width: 40rem; margin: 0 auto; padding: 1.2rem; }
h1 { font-size: 1.8rem; line-height: 1.2; }
a { color: #00546b; text-decoration: underline; text-underline-offset: 0.15em; }
a:hover, a:focus { color: #8a3b00; }
:focus-visible { outline: 3px solid #0b0c0c; box-shadow: 0 0 0 6px #ffbf47; }
.sp-error-summary { border: 4px solid #b10e1e; padding: 0.8rem 1rem; margin-block: 1rem; }
.sp-error-summary h2 { margin-block-start: 0; font-size: 1.3rem; }
.sp-error-summary li { color: #b10e1e; font-weight: 700; }
"""


def render(portal: Portal, lang: str, title_key: str, paragraphs: list[str], errors: list[str] = (),
           back: str | None = None, home: str | None = None) -> str:
    """A whole page. `back` is the form page, `home` the site's home page in `lang` (both absolute URLs)."""
    def s(key: str) -> str:
        return str(portal.string(key, lang).text)

    title = s(title_key)
    site = portal.text(portal.site, "name", lang).text
    body = Markup("").join(Markup("<p>{}</p>").format(text) for text in paragraphs)
    if errors:
        items = Markup("").join(Markup("<li>{}</li>").format(error) for error in errors)
        body += Markup('<div class="sp-error-summary"><h2>{}</h2><ul>{}</ul></div>').format(s("form_error_title"), items)
    if back:
        body += Markup('<p><a href="{}">{}</a></p>').format(back, s("form_error_page_back"))
    header = Markup('<a href="{}">{}</a>').format(home, site) if home else escape(site)
    page = str(Markup(
        '<!doctype html><html lang="{lang}" dir="{dir}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title} - {site}</title>'
        '<link rel="stylesheet" href="receiver.css"></head>'
        '<body><header class="sp-header">{header}</header><main><h1>{title}</h1>{body}</main></body></html>'
    ).format(lang=lang, dir=direction(lang), title=title, site=site, header=header, body=body))
    return isolate_html(page) if direction(lang) == "rtl" else page  # numbers and Latin runs in Arabic text
