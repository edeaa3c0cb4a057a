"""The library's own filtering of the Portal: the rule the finder (and its static pages) follow."""
import pytest

from signpost.load import load_portal
from signpost.search.facets import BY_NAME, FACETS, facet_values, filter_lists, keyword_words, matching

from conftest import edit


@pytest.fixture
def portal(content):
    return load_portal(content)


def test_every_facet_of_the_issue_is_offered():
    assert [facet.name for facet in FACETS] == ["need", "area", "language", "cost", "referral", "delivery", "access"]


def test_no_filter_matches_every_service_in_name_order(portal):
    assert matching(portal, {}) == sorted(portal.services, key=lambda i: portal.services[i].data.name.casefold())


def test_a_filter_value_matches_exactly_the_services_that_have_it(portal):
    for facet in FACETS:
        for value in facet_values(portal, facet):
            expected = {s.id for s in portal.services.values() if value in facet.values_of(portal, s)}
            assert set(matching(portal, {facet.name: [value]})) == expected, (facet.name, value)



def test_a_filter_list_holds_the_matching_services_of_each_used_value_or_of_every_value(portal):
    lists = filter_lists(portal, "ar")
    assert [(listed.facet, listed.value) for listed in lists] == [
        (facet, value) for facet in FACETS for value in facet_values(portal, facet)]
    for listed in lists:
        assert [service.id for service in listed.services] == matching(portal, {listed.facet.name: [listed.value]}, lang="ar")
        assert listed.label == listed.facet.labelled(portal, listed.value, "ar")


def test_every_value_lists_a_need_no_service_has_yet(content):
    edit(content / "services/housing-help.yml", "needs: [housing, food]", "needs: [food]")
    portal = load_portal(content)
    need = BY_NAME["need"]
    assert "housing" not in [listed.value for listed in filter_lists(portal, "en", [need])]
    every = {listed.value: listed.services for listed in filter_lists(portal, "en", [need], every_value=True)}
    assert list(every) == need.ordered(portal) and every["housing"] == []

def test_filters_combine_so_a_service_must_meet_every_one(portal):
    food = set(matching(portal, {"need": ["food"]}))
    free = set(matching(portal, {"cost": ["free"]}))
    assert set(matching(portal, {"need": ["food"], "cost": ["free"]})) == food & free
    access = facet_values(portal, BY_NAME["access"])
    both = set(matching(portal, {"access": access[:2]}))
    assert both == set(matching(portal, {"access": access[:1]})) & set(matching(portal, {"access": access[1:2]}))


def test_facet_values_are_only_those_some_service_has_in_the_editors_order(portal):
    languages = facet_values(portal, BY_NAME["language"])
    used = {lang for s in portal.services.values() for lang in s.data.languages}
    assert set(languages) == used
    assert languages == [lang for lang in portal.lists["languages"] if lang in used]


def test_the_keyword_needs_every_word_in_the_name_or_summary_in_the_readers_language(portal):
    service = portal.services["food-bank"]
    word = service.data.name.split()[-1].lower()
    assert "food-bank" in matching(portal, {}, keyword=word.upper())
    assert matching(portal, {}, keyword=f"{word} zzzunknown") == []
    arabic = portal.text(service, "name", "ar").text.split()[0]
    assert "food-bank" in matching(portal, {}, keyword=arabic, lang="ar")
    assert keyword_words("  Food   BANK ") == ["food", "bank"]


def test_an_unknown_facet_is_an_error_naming_the_valid_ones(portal):
    with pytest.raises(ValueError, match="expected one of need, area"):
        matching(portal, {"colour": ["red"]})
