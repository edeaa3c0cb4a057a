from signpost.theme_fixes import fix_theme_markup, mark_theme_words


def test_removes_autocomplete_from_checkbox_toggles_only():
    html = ('<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">'
            '<input type="text" name="q" autocomplete="off">')
    assert fix_theme_markup(html) == ('<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">'
                                      '<input type="text" name="q" autocomplete="off">')


def test_a_table_of_contents_label_without_its_toggle_becomes_a_plain_title():
    html = '<nav><label class="md-nav__title" for="__toc">\n Contents\n</label></nav>'
    assert fix_theme_markup(html) == '<nav><div class="md-nav__title">\n Contents\n</div></nav>'


def test_a_table_of_contents_label_with_its_toggle_is_kept():
    html = '<input id="__toc" type="checkbox"><label class="md-nav__title" for="__toc">Contents</label>'
    assert fix_theme_markup(html) == html


def test_the_root_element_takes_the_bodys_direction_beside_its_language():
    html = '<!doctype html>\n<html lang="ar" class="no-js">\n<head></head>\n<body dir="rtl" data-md-color-scheme="default">'
    assert fix_theme_markup(html) == ('<!doctype html>\n<html lang="ar" dir="rtl" class="no-js">\n<head></head>\n'
                                      '<body dir="rtl" data-md-color-scheme="default">')
    assert fix_theme_markup(fix_theme_markup(html)) == fix_theme_markup(html)
    english = '<html lang="en" class="no-js"><body dir="ltr">'
    assert fix_theme_markup(english) == '<html lang="en" dir="ltr" class="no-js"><body dir="ltr">'
    own = '<html lang="ar" dir="rtl"><body>'  # a template that writes its own (the frames, leaflets) is left alone
    assert fix_theme_markup(own) == own


def test_a_marked_title_escaped_into_an_attribute_is_plain_text_there_and_kept_in_the_text():
    # Material's footer: "Next: <title>" in an aria-label, from a title marked as falling back.
    page = ('<a href="../about/" aria-label="التالية: &lt;span lang=&#34;en&#34; dir=&#34;ltr&#34;&gt;About us&lt;/span&gt;">'
            '<span lang="en" dir="ltr">About us</span></a>')
    assert fix_theme_markup(page) == ('<a href="../about/" aria-label="التالية: About us">'
                                      '<span lang="en" dir="ltr">About us</span></a>')


def test_the_themes_words_are_marked_with_their_language_where_they_are_a_whole_text():
    words = frozenset({"Skip to content", "Next"})
    html = ('<head><title>Next</title><script>const label = ">Next<";</script></head>'
            '<a class="md-skip"><bdi dir="ltr">Skip to content</bdi></a>'
            '<span class="md-footer__direction">\n  Next\n</span><p>Next week</p><p>Skip to content now</p>')
    assert mark_theme_words(html, words) == (
        '<head><title>Next</title><script>const label = ">Next<";</script></head>'
        '<a class="md-skip"><bdi dir="ltr"><span lang="en">Skip to content</span></bdi></a>'
        '<span class="md-footer__direction">\n  <span lang="en">Next</span>\n</span><p>Next week</p><p>Skip to content now</p>')
