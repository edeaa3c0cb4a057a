"""signpost/loading/theme_words.py: the theme's own words, translated by a team in
content/strings/theme.<lang>.yml."""
import re
from pathlib import Path

import material
import pytest

from signpost.errors import ContentErrors
from signpost.load import load_portal
from signpost.loading.theme_words import ENGLISH, SHOWN, THEME_LANGUAGES

from conftest import write


def test_the_keys_and_english_words_are_the_themes_own():
    # Material's English file, less what is not a reader's word: a theme upgrade that adds, renames or
    # rewords a key fails here.
    source = (Path(material.__file__).parent / "templates/partials/languages/en.html").read_text(encoding="utf-8")
    theirs = {key: word.replace('\\\\', '\\') for key, word in re.findall(r'"([\w.-]+)": "([^"]*)"', source)
              if key not in ("language", "direction") and not key.startswith("search.config.")}
    assert ENGLISH == theirs
    assert set(SHOWN) <= set(ENGLISH)


def test_the_languages_the_theme_has_words_for_are_the_themes_own():
    # What `signpost check` and `signpost new-language` go by, not loading the theme: an upgrade that adds
    # a language fails here.
    folder = Path(material.__file__).parent / "templates/partials/languages"
    assert THEME_LANGUAGES == {path.stem for path in folder.glob("*.html") if path.stem != "custom"}


def test_a_teams_theme_words_are_loaded_by_language_and_empty_ones_left_out(content):
    write(content / "strings/theme.ar.yml", "header: الترويسة\nfooter:\nnav: التنقل  \n")
    portal = load_portal(content)
    assert portal.theme_words == {"ar": {"header": "الترويسة", "nav": "التنقل"}}
    assert "header" not in portal.strings["ar"]  # not an interface string


def test_an_unknown_key_a_value_that_is_not_text_and_a_file_that_is_not_a_mapping_are_errors(content):
    write(content / "strings/theme.ar.yml", "haeder: الترويسة\nfooter: [a, b]\n")
    write(content / "strings/theme.fr.yml", "- header\n")
    with pytest.raises(ContentErrors) as raised:
        load_portal(content)
    assert [str(error) for error in raised.value.errors] == [
        "content/strings/theme.ar.yml:1: haeder: unknown theme key 'haeder' (did you mean 'header'?); expected one of the "
        f"words a page shows: {', '.join(SHOWN)} (or another of the theme's own keys, in mkdocs-material's "
        "partials/languages/en.html)",
        "content/strings/theme.ar.yml:2: footer: expected text, found a list [a, b]",
        "content/strings/theme.fr.yml:1: expected a mapping of theme key: text, found a list [header]",
    ]
