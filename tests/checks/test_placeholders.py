import pytest

from signpost.checks.placeholders import check_placeholders, placeholders


def where_of(strings):
    return {(lang, key): (f"content/strings/{lang}.yml", number)
            for lang, table in strings.items() for number, key in enumerate(table, 1)}


def test_placeholders_are_the_names_in_braces():
    assert placeholders("{name} is not {who}'s real name, {{literally}}") == {"name", "who"}


def test_an_unpaired_brace_is_a_value_error():
    with pytest.raises(ValueError):
        placeholders("{name is not")


def test_a_renamed_placeholder_is_reported_at_the_translations_line():
    strings = {"en": {"a": "A", "name_changed": "{name} is not their real name"},
               "fr": {"a": "A", "name_changed": "{nom} n’est pas son vrai nom"}}
    [error] = check_placeholders(strings, where_of(strings), "en")
    assert (error.file, error.line, error.field) == ("content/strings/fr.yml", 2, "name_changed")
    assert error.message.startswith("expected the placeholders of the en text ({name}), found {nom}")


def test_a_dropped_placeholder_and_an_unpaired_brace_are_reported():
    strings = {"en": {"weeks": "up to {weeks} weeks"}, "es": {"weeks": "hasta semanas"}, "fr": {"weeks": "{weeks semaines"}}
    errors = check_placeholders(strings, where_of(strings), "en")
    assert [(error.file, error.field) for error in errors] == [
        ("content/strings/es.yml", "weeks"), ("content/strings/fr.yml", "weeks")]
    assert "found none" in errors[0].message and "expected each { to have its }" in errors[1].message


def test_matching_placeholders_in_another_order_pass():
    strings = {"en": {"k": "{a} then {b}"}, "ar": {"k": "{b} ثم {a}"}}
    assert check_placeholders(strings, where_of(strings), "en") == []
