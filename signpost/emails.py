"""Every email address in a page's text is a mailto: link, isolated left to right, as phone numbers
are (signpost.phones): `{{ site.email }}` in a hand-written page, or an address typed in its Markdown,
was plain text a reader on a phone could not tap."""
from __future__ import annotations

import re

from signpost.text import email_link
from signpost.text_links import link_in_text

CANDIDATE = re.compile("@")
_ADDRESS = re.compile(r"(?<![\w.+%-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?![\w@-])")


def link_text(text: str) -> str:
    """HTML text (no tags) with each email address in it a mailto: link."""
    return _ADDRESS.sub(lambda match: str(email_link(match.group(0))), text)


def link_emails(document: str) -> str:
    """An HTML page or fragment with every email address in its text a mailto: link; markup unchanged."""
    return link_in_text(document, CANDIDATE, link_text)
