from markupsafe import Markup

from signpost.bidi import isolate_html, isolate_text


def test_numbers_emails_postcodes_urls_and_latin_words_are_isolated_and_punctuation_stays_outside():
    text = ("اتصل بالرقم 020 7946 0000، أو بالسامريين (Samaritans) على 116 123. راسلنا: team@example.org. "
            "الرمز البريدي RV1 2AB، والموقع https://example.org/a?b=1 أو +44 20 7946 0000 بخصم 50%")
    assert isolate_text(text) == Markup(
        'اتصل بالرقم <bdi dir="ltr">020 7946 0000</bdi>، أو بالسامريين (<bdi dir="ltr">Samaritans</bdi>) على '
        '<bdi dir="ltr">116 123</bdi>. راسلنا: <bdi dir="ltr">team@example.org</bdi>. الرمز البريدي '
        '<bdi dir="ltr">RV1 2AB</bdi>، والموقع <bdi dir="ltr">https://example.org/a?b=1</bdi> أو '
        '<bdi dir="ltr">+44 20 7946 0000</bdi> بخصم <bdi dir="ltr">50%</bdi>')


def test_arabic_punctuation_stays_in_the_arabic_text():
    assert isolate_text("PDF، 35 كيلوبايت") == Markup('<bdi dir="ltr">PDF</bdi>، <bdi dir="ltr">35</bdi> كيلوبايت')


def test_plain_text_is_escaped_and_arabic_indic_digits_are_left_alone():
    assert isolate_text("<b>١٢٣</b>") == Markup('&lt;<bdi dir="ltr">b</bdi>&gt;١٢٣&lt;/<bdi dir="ltr">b</bdi>&gt;')


def test_entities_count_as_the_characters_they_stand_for():
    assert isolate_html("<p>ع Tom &amp; Jerry ع &#1593;</p>") == '<p>ع <bdi dir="ltr">Tom &amp; Jerry</bdi> ع &#1593;</p>'


def test_markup_is_unchanged_and_isolated_or_non_text_elements_are_left_alone():
    page = ('<!doctype html><html lang="ar" dir="rtl"><head><title>NHS 111</title><meta content="a 1"></head>'
            '<body dir="rtl"><p class="x">اتصل 999 <a href="tel:+44" dir="ltr">020 7946</a> <code>x 1</code></p>'
            '<ul><li>a 1<li>ب</ul><select><option>NHS 111</option></select>'
            '<script>if (a<b) x = 1</script><!-- 2 3 --><svg><text>4</text></svg><p>ok 5</p></body></html>')
    assert isolate_html(page) == (
        '<!doctype html><html lang="ar" dir="rtl"><head><title>NHS 111</title><meta content="a 1"></head>'
        '<body dir="rtl"><p class="x">اتصل <bdi dir="ltr">999</bdi> <a href="tel:+44" dir="ltr">020 7946</a> '
        '<code>x 1</code></p><ul><li><bdi dir="ltr">a 1</bdi><li>ب</ul><select><option>NHS 111</option></select>'
        '<script>if (a<b) x = 1</script><!-- 2 3 --><svg><text>4</text></svg><p><bdi dir="ltr">ok 5</bdi></p>'
        '</body></html>')


def test_isolating_twice_changes_nothing_more():
    once = isolate_html("<p>ع 020 7946 0000 و NHS 111 ع</p>")
    assert isolate_html(once) == once


def test_right_to_left_text_inside_a_left_to_right_element_is_isolated_again():
    # An Arabic block (the latest news) placed in an untranslated English page: its dates and numbers
    # need isolating as on any Arabic page; the English around it and code inside it are left alone.
    page = ('<div lang="en" dir="ltr"><p>Call 020 7946 0000</p><div lang="ar" dir="rtl"><div><p>خبر 28 نوفمبر 2026</p>'
            '</div><code>x 1</code><p>ع NHS 111</p></div><p>after 1</p></div><p>ع 5</p>')
    assert isolate_html(page) == (
        '<div lang="en" dir="ltr"><p>Call 020 7946 0000</p><div lang="ar" dir="rtl"><div><p>خبر <bdi dir="ltr">28</bdi> '
        'نوفمبر <bdi dir="ltr">2026</bdi></p></div><code>x 1</code><p>ع <bdi dir="ltr">NHS 111</bdi></p></div>'
        '<p>after 1</p></div><p>ع <bdi dir="ltr">5</bdi></p>')
