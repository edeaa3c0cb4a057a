"""Phone numbers and email addresses linked in one pass over a page: the same HTML as linking the phone
numbers, then the email addresses, each over the whole page."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from signpost.contact_links import link_contacts
from signpost.emails import link_emails
from signpost.phones import link_phones

# Pieces of pages: numbers and addresses in text, in attributes, in elements that hold no link, in
# comments, beside each other and inside each other.
_PIECES = ["<p>", "</p>", '<a href="/x">', "</a>", "<code>", "</code>", "<svg>", "</svg>", "<br/>", "<!--", "-->",
           '<span title="020 7946 0000">', "</span>", "Call ", "020 7946 0000", "999", " or ", "NHS 111", "116 123",
           "hello@example.org", "team0207946000@example.org", "0207946000@", "@", "2026", "، ", ".", "\n",
           '<div lang="en">', "</div>", "<BUTTON>", "</BUTTON>"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_one_pass_links_what_the_two_passes_link(document):
    assert link_contacts(document) == link_emails(link_phones(document))

