"""Markdown works the same in every prose field (a link in a pathway step is a link on the page and in
the leaflet), while names and titles stay text."""
from signpost.leaflets.build import body_values, PdfContext
from signpost.pages import pathways
from signpost.rendering.render import environment

from conftest import edit, write
from .kinds import page, portal_of

STEP = "steps: ['Fill in the [form](https://example.org/form)', Talk to a link worker]"


def test_a_link_in_a_pathway_step_is_a_link_on_the_page(content):
    edit(content / "pathways/self-referral.yml", "steps: [Call us, Talk to a link worker]", STEP)
    edit(content / "pathways/self-referral.yml", "next_steps: A link worker calls you.", "next_steps: A link worker *calls* you.")
    html = page(pathways.pages(portal_of(content), "en"), "pathways/self-referral.md")
    assert '<li>Fill in the <a href="https://example.org/form">form</a></li>' in html
    assert "A link worker <em>calls</em> you." in html
    assert "[form]" not in html


def test_a_link_in_a_pathway_step_is_a_link_in_the_leaflet(content):
    edit(content / "pathways/self-referral.yml", "steps: [Call us, Talk to a link worker]", STEP)
    write(content / "leaflets/steps.yml", "title: Steps\naudience: resident\nintro: See the **steps**.\n"
          "pathways: [self-referral]\nreviewed: 2026-10-01\n")
    portal = portal_of(content)
    item = portal.leaflets["steps"]
    ctx = PdfContext(portal, "en", "leaflets/steps.md")
    html = environment.get_template("leaflet_body.html").render(ctx=ctx, **body_values(portal, item))
    assert '<a href="https://example.org/form">form</a>' in html and "<strong>steps</strong>" in html


def test_a_title_is_text_not_markdown(content):
    edit(content / "pathways/self-referral.yml", "title: Refer yourself", "title: Refer *yourself*")
    html = page(pathways.pages(portal_of(content), "en"), "pathways/self-referral.md")
    assert "<h1>Refer *yourself*</h1>" in html


def test_html_typed_in_a_step_is_shown_as_text(content):
    edit(content / "pathways/self-referral.yml", "steps: [Call us,", "steps: ['<script>x</script> Call us',")
    html = page(pathways.pages(portal_of(content), "en"), "pathways/self-referral.md")
    assert "<script>" not in html and "&lt;script&gt;" in html
