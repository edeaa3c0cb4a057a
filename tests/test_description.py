from signpost.description import LIMIT, page_description


def test_the_lead_paragraph_wins_and_notices_are_skipped():
    html = ('<div class="sp-notice" role="note"><p>Not translated.</p></div><h1>Food bank</h1>'
            '<p>First paragraph of the page, long enough to say something.</p>'
            '<p class="sp-lead">Free food parcels &amp; a weekly cafe for anyone in Riverside.</p>')
    assert page_description(html) == "Free food parcels &amp; a weekly cafe for anyone in Riverside."
    assert page_description(html.replace(' class="sp-lead"', "")) == (
        "First paragraph of the page, long enough to say something.")


def test_a_short_lead_follows_the_heading_and_a_long_one_is_cut_at_a_word():
    assert page_description('<h1>Access: <bdi>BSL</bdi></h1><p class="sp-lead">Services: 1</p>') == "Access: BSL. Services: 1"
    long = page_description("<p>" + "word " * 60 + "</p>")
    assert len(long) <= LIMIT and long.endswith("word…")


def test_quotes_are_escaped_for_the_attribute_and_no_paragraph_gives_nothing():
    assert page_description('<p>Say "hello" to <b>Sam</b>\'s team, every Tuesday morning.</p>') == (
        "Say &quot;hello&quot; to Sam&#x27;s team, every Tuesday morning.")
    assert page_description("<h2>Only a heading</h2>") == ""
