"""Phone numbers, then email addresses, made links in one pass over a finished page.

`link_emails(link_phones(page))` scans every tag of the page twice; a page's navigation alone holds
hundreds. Here the page is scanned once, for stretches of text that may hold either (three digits or
an @), and each such stretch has its phone numbers linked (signpost.phones) and then its email
addresses (signpost.emails, which leaves the new tel: links alone): the same HTML as the two passes.
"""
from __future__ import annotations

from signpost import emails, phones
from signpost.text_links import link_in_text

_CANDIDATES = (phones.CANDIDATE, emails.CANDIDATE)


def link_contacts(document: str) -> str:
    """An HTML page or fragment with every phone number and email address in its text a link (a tel:
    or mailto: link, isolated left to right); markup, and text that cannot hold a link, unchanged."""
    return link_in_text(document, _CANDIDATES, _link_text)


def _link_text(text: str) -> str:
    return emails.link_emails(phones.link_text(text))
