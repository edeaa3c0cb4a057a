"""Partners and commissioners on /our-partners/, grouped by kind, logos with their alt text."""
from signpost.pages import partners

from conftest import write
from .kinds import errors_of, page, portal_of


def test_partners_are_grouped_by_kind_with_role_and_logo(content):
    write(content / "partners/council.yml", "name: Fixture Council\nkind: council\nrole: Commissions the service\n")
    write(content / "partners/trust.yml", "name: Fixture NHS Trust\nkind: nhs\nrole: Hosts the team\n"
          "logo: assets/team/sam-lee.svg\nlogo_alt: Fixture NHS Trust\n")
    write(content / "partners/trust.ar.yml", "role: تستضيف الفريق\n")
    html = page(partners.pages(portal_of(content), "ar"), "our-partners.ar.md")
    assert html.index("Fixture NHS Trust") < html.index("Fixture Council")  # NHS, then council
    assert 'alt="Fixture NHS Trust"' in html and "تستضيف الفريق" in html


def test_a_logo_needs_alt_text_and_an_existing_file(content):
    write(content / "partners/trust.yml", "name: T\nkind: nhs\nrole: R\nlogo: assets/none.svg\n")
    assert [e.field for e in errors_of(content)] == ["logo_alt"]
    write(content / "partners/trust.yml", "name: T\nkind: nhs\nrole: R\nlogo: assets/none.svg\nlogo_alt: T\n")
    [error] = errors_of(content)
    assert error.field == "logo" and "docs/assets/none.svg" in error.message


def test_an_unknown_kind_names_the_valid_ones(content):
    write(content / "partners/x.yml", "name: X\nkind: charity\nrole: R\n")
    [error] = errors_of(content)
    assert error.field == "kind" and "'vcse'" in error.message


def test_no_partners_and_no_funding_make_no_page(content):
    assert partners.pages(portal_of(content), "en") == []
