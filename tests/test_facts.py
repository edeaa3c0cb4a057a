"""One source for each fact: {{ site.phone }} and friends in hand-written pages and in content text."""
import pytest

from signpost.errors import ContentErrors
from signpost.facts import FactError, fill
from signpost.load import load_portal
from signpost.pages import pathways
from signpost.pages.blocks import fill_page

from conftest import edit


def test_a_hand_written_page_gets_the_sites_facts_and_counts(content):
    text = "Call {{ site.phone }} or email {{ site.email }}.\n\n{{ count.link_workers }} link workers, {{ count.services }} services.\n"
    filled = fill_page(load_portal(content), "en", "index.md", text)
    assert filled == "Call 020 7946 0999 or email fixture@example.org.\n\n1 link workers, 2 services.\n"


def test_a_changed_phone_number_reaches_pathway_text_in_every_language(content):
    edit(content / "pathways/self-referral.yml", "steps: [Call us,", "steps: ['Call us on {{ site.phone }}',")
    edit(content / "site.yml", '"020 7946 0999"', '"020 7946 0888"')
    portal = load_portal(content)
    for lang in ("en", "ar"):
        html = next(f.text for f in pathways.pages(portal, lang) if f.path.startswith("pathways/self-referral"))
        assert "Call us on 020 7946 0888" in html


def test_an_unknown_fact_in_content_is_an_error_naming_file_line_field_and_the_facts(content):
    edit(content / "pathways/self-referral.yml", "next_steps: A link worker calls you.", "next_steps: Call {{ site.phone_number }}.")
    with pytest.raises(ContentErrors) as raised:
        load_portal(content)
    [error] = raised.value.errors
    assert (error.file, error.line, error.field) == ("content/pathways/self-referral.yml", 8, "next_steps")
    assert "unknown fact 'site.phone_number' (did you mean site.phone?)" in error.message
    assert "the facts are: site.name, site.organisation, site.phone" in error.message


def test_every_fact_error_of_a_page_is_reported_at_once_each_at_its_line(content):
    # The editor fixed one, rebuilt, and only then saw the next.
    text = "Intro.\n\nWe are {{ count.linkworkers }} people.\n\nCall {{ site.phon }} or {{ site.phone | upper }}.\n"
    with pytest.raises(ContentErrors) as raised:
        fill_page(load_portal(content), "en", "about.md", text)
    found = [(error.line, error.message.split(";")[0]) for error in raised.value.errors]
    assert sorted(found) == [
        (3, "unknown fact 'count.linkworkers' (did you mean count.link_workers?)"),
        (5, "expected a fact's name alone, such as {{ site.phone }}, found '{{ site.phone | upper }}'"),
        (5, "unknown fact 'site.phon' (did you mean site.phone?)"),
    ]  # sorted: both of line 5, "expected..." first


def test_a_fact_the_site_does_not_state_is_an_error_not_an_empty_claim(content):
    # The fixture's site.yml gives no referral_weeks.
    with pytest.raises(ContentErrors) as raised:
        fill_page(load_portal(content), "en", "what.md", "Intro.\n\nUp to {{ site.referral_weeks }} weeks.\n")
    [error] = raised.value.errors
    assert (error.file, error.line) == ("docs/what.md", 3)
    assert "'site.referral_weeks' is a fact the content does not state (referral_weeks: is not in site.yml)" in error.message


def test_markdown_attribute_braces_and_jinja_statements_are_left_alone(content):
    text = "## Title {#anchor}\n\n{% if x %}not a statement{% endif %} { .md-button }\n"
    assert fill_page(load_portal(content), "en", "index.md", text + "{{ site.email }}") == text + "fixture@example.org"


def test_the_sandbox_gives_nothing_but_the_facts():
    with pytest.raises(FactError):
        fill("{{ site.__class__.__mro__ }}", {"site": {"phone": "1"}, "count": {}})
    with pytest.raises(FactError):
        fill("{{ open('x') }}", {"site": {}, "count": {}})


def test_form_questions_take_facts_and_a_wrong_one_is_an_error_naming_the_question(tmp_path):
    import shutil

    from signpost.forms import pages as form_pages
    from sites import PROJECT

    content = tmp_path / "content"
    shutil.copytree(PROJECT / "content", content)
    (tmp_path / "docs").mkdir()
    shutil.copytree(PROJECT / "docs" / "assets", tmp_path / "docs" / "assets")
    form = content / "forms/self-referral.yml"
    text = form.read_text(encoding="utf-8")
    first_hint = next(line for line in text.splitlines() if line.strip().startswith("hint:"))
    form.write_text(text.replace(first_hint, first_hint.split("hint:")[0] + "hint: Or call {{ site.phone }}.", 1), encoding="utf-8")
    portal = load_portal(content)
    html = next(f.text for f in form_pages.pages(portal, "en") if f.path == "forms/self-referral.md")
    assert "Or call 020 7946 0000." in html
    form.write_text(form.read_text(encoding="utf-8").replace("Or call {{ site.phone }}", "Or call {{ site.fax }}"), encoding="utf-8")
    with pytest.raises(ContentErrors) as raised:
        load_portal(content)
    [error] = raised.value.errors
    assert error.file == "content/forms/self-referral.yml" and error.field.endswith(".hint") and "unknown fact 'site.fax';" in error.message


def test_a_fact_error_names_the_line_in_the_file_counting_its_front_matter(content):
    # MkDocs hands the hook the body without the front matter; the error must point into the file.
    source = "---\ntitle: For GP practices\nsearch:\n  exclude: false\n---\n\nIntro.\n\nCall {{ site.telephone }}.\n"
    body = "Intro.\n\nCall {{ site.telephone }}.\n"
    with pytest.raises(ContentErrors) as raised:
        fill_page(load_portal(content), "en", "gp.md", body, source)
    [error] = raised.value.errors
    assert (error.file, error.line) == ("docs/gp.md", 9) and source.splitlines()[error.line - 1].startswith("Call {{")


def test_the_file_is_read_for_the_line_only_when_there_is_an_error(content, tmp_path):
    page = tmp_path / "gp.md"
    page.write_text("---\ntitle: GP\n---\n\nCall {{ site.telephone }}.\n", encoding="utf-8")
    with pytest.raises(ContentErrors) as raised:
        fill_page(load_portal(content), "en", "gp.md", "Call {{ site.telephone }}.\n", page)
    assert raised.value.errors[0].line == 5
    missing = tmp_path / "not-there.md"  # never read: nothing to report
    assert fill_page(load_portal(content), "en", "x.md", "Plain.\n", missing) == "Plain.\n"
