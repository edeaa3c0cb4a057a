"""Email addresses in a page's text become mailto: links, left to right (signpost.emails), where the
text may hold a link; addresses already linked, in attributes or in code are left alone."""
from signpost.emails import link_emails


def test_an_address_in_text_is_a_left_to_right_mailto_link_and_the_full_stop_after_it_stays_text():
    assert link_emails("<p>Write to hello@example.org.</p>") == (
        '<p>Write to <a href="mailto:hello@example.org" dir="ltr">hello@example.org</a>.</p>')


def test_linked_addresses_attributes_code_and_comments_are_left_alone():
    page = ('<p><a href="mailto:a@example.org">a@example.org</a> <img alt="b@example.org" src="x.png"> '
            '<code>c@example.org</code> <!-- d@example.org --> @handle and 5 @ 3</p>')
    assert link_emails(page) == page


def test_an_arabic_sentence_keeps_its_words_and_the_address_is_isolated():
    linked = link_emails("<p>راسلنا على referrals@example.org، شكرا</p>")
    assert linked == '<p>راسلنا على <a href="mailto:referrals@example.org" dir="ltr">referrals@example.org</a>، شكرا</p>'
