"""Resources: a file (size shown) or a link, on /resources/ and the pathway pages of their audience,
never among the generated leaflets."""
from signpost.pages import pathways, resources

from conftest import write
from .kinds import errors_of, page, portal_of


def add(content):
    (content.parent / "docs/assets/resources").mkdir(parents=True)
    (content.parent / "docs/assets/resources/report.pdf").write_bytes(b"%PDF-1.7\n" + b"x" * 3000)
    write(content / "resources/report.yml", "title: Annual report\nkind: report\nfile: assets/resources/report.pdf\n"
          "audience: [resident]\nlanguage: en\ndate: 2026-06-01\n")
    write(content / "resources/toolkit.yml", "title: Partner toolkit\nkind: toolkit\nlink: https://example.org/toolkit\n"
          "audience: [vcse-partner]\ndate: 2026-01-01\n")


def test_the_resources_page_lists_files_with_their_size_and_links_as_elsewhere(content):
    add(content)
    html = page(resources.pages(portal_of(content), "en"), "resources/index.md")
    assert 'href="../assets/resources/report.pdf"' in html and "PDF, 3 KB" in html
    assert 'href="https://example.org/toolkit"' in html and "on another website" in html
    assert html.index("Annual report") < html.index("Partner toolkit")  # newest first


def test_a_pathway_page_lists_the_resources_of_its_audience_only(content):
    add(content)
    html = page(pathways.pages(portal_of(content), "en"), "pathways/self-referral.md")  # audience: resident
    assert "Annual report" in html and "Partner toolkit" not in html


def test_exactly_one_of_file_or_link_and_the_file_must_exist(content):
    write(content / "resources/none.yml", "title: Nothing\n")
    [error] = errors_of(content)
    assert error.field == "file" and "found neither" in error.message
    write(content / "resources/none.yml", "title: Nothing\nfile: assets/missing.pdf\n")
    [error] = errors_of(content)
    assert error.field == "file" and "docs/assets/missing.pdf" in error.message
