"""Links in the content's texts to item pages: one to a service that has ended, or to an id that has no
page, is an error at the file, line and field where it was written (signpost.checks.page_links)."""
from conftest import edit, write
from pages.kinds import errors_of, portal_of


def news_linking(content, target: str) -> None:
    write(content / "news/pantry.yml", f"title: Pantry\ndate: 2026-10-01\nsummary: Fridays.\nbody: See [the food bank]({target}).\n")


def test_a_link_to_a_service_that_has_ended_names_the_source_line_and_the_end_date(content):
    edit(content / "services/food-bank.yml", "reviewed:", "ends: 2026-10-15\nreviewed:")
    news_linking(content, "../../services/food-bank/")
    [error] = errors_of(content)
    assert (error.file, error.line, error.field) == ("content/news/pantry.yml", 4, "body")
    assert "links to services/food-bank/, a service that ended on 2026-10-15 and is no longer listed" in error.message


def test_a_mistyped_id_names_the_nearest_item_and_a_right_one_passes(content):
    news_linking(content, "../../services/food-bnk/")
    [error] = errors_of(content)
    assert "no services item 'food-bnk' (did you mean food-bank?)" in error.message
    news_linking(content, "../../services/food-bank/#when")
    assert "food-bank" in portal_of(content).services


def test_a_link_in_a_block_of_text_is_named_at_its_own_line_and_beside_the_files_other_errors(content):
    edit(content / "services/food-bank.yml", "reviewed:", "ends: 2026-10-15\nreviewed:")
    write(content / "news/pantry.yml", "title: Pantry\ndate: 2026-10-01\nsummary: Fridays.\nbody: |\n  Open on Fridays.\n\n"
                                       "  See [the food bank](../../services/food-bank/).\n")
    write(content / "news/other.yml", "title: Other\ndate: 2026-13-01\nsummary: x\nbody: y\n")
    found = [(error.file, error.line) for error in errors_of(content)]
    assert ("content/news/pantry.yml", 7) in found and ("content/news/other.yml", 2) in found
