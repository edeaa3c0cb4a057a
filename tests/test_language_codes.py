"""signpost/language_codes.py: which language codes Signpost takes (Babel's languages, by the two-letter codes
mkdocs-static-i18n builds), and what it says of one it does not take."""
import pytest

from signpost.language_codes import is_language_code, language_code_problem, suggestion

# Languages a UK social prescribing team serves: Welsh, Urdu, Somali, Tigrinya, Pashto, Kurdish, Polish,
# Romanian, Bengali, Punjabi, Gujarati, Tamil, Arabic, Persian, Lithuanian, Albanian, Amharic, Traditional
# Chinese, Irish, Scottish Gaelic, English.
UK_LANGUAGES = ["cy", "ur", "so", "ti", "ps", "ku", "pl", "ro", "bn", "pa", "gu", "ta", "ar", "fa", "lt", "sq", "am",
                "zh-hant", "ga", "gd", "en"]
# Known, but by a code the site's languages cannot be built with (three letters, a region): said so.
NOT_BUILT = [("ckb", "Central Kurdish", None), ("rom", "Romany", None), ("sco", "Scots", None),
             ("pt-br", "Portuguese", "pt"), ("en-gb", "English", "en")]


@pytest.mark.parametrize("code", UK_LANGUAGES)
def test_every_language_a_uk_team_serves_is_a_language_code(code):
    assert is_language_code(code) and language_code_problem(code) is None


@pytest.mark.parametrize("code, meant", [
    ("arb", "ar"),  # a typo (and ISO 639-3's Standard Arabic): Babel would read it as ar_EG
    ("urd", "ur"), ("tir", "ti"), ("pus", "ps"), ("kmr", "ku"),  # three-letter codes of languages with a two-letter one
    ("AR", "ar"), ("pt_BR", "pt"),  # not in lower case, an underscore and a region
    ("prs", "fa"),  # Dari: CLDR files it under Persian (of Afghanistan)
    ("fre", "fr"),
])
def test_a_mistyped_code_is_unknown_and_says_the_code_meant(code, meant):
    assert not is_language_code(code)
    assert suggestion(code) == meant
    assert language_code_problem(code) == (
        f"unknown language '{code}' (did you mean '{meant}'?); expected a two-letter language code in lower case, "
        "such as ar, fr, hi, es, cy, ur, so, ti or ps, with a script after a hyphen where it matters (zh-hant)")


@pytest.mark.parametrize("code, name, instead", NOT_BUILT)
def test_a_language_known_by_a_code_the_site_cannot_be_built_with_says_so(code, name, instead):
    assert not is_language_code(code)
    assert language_code_problem(code) == (
        f"{name} ('{code}') cannot be built yet: each language of the site is built by mkdocs-static-i18n, which "
        "takes a two-letter code (ISO 639-1), with a script after a hyphen where it matters (zh-hant)"
        + (f"; use '{instead}'" if instead else ""))


@pytest.mark.parametrize("code", ["arabic", "old", "und", "zxx", "en-xy", "", "e"])
def test_what_is_no_language_is_unknown(code):
    assert not is_language_code(code) and language_code_problem(code).startswith(f"unknown language '{code}'")


@pytest.mark.parametrize("name, code", [("english", "en"), ("Arabic", "ar"), ("Urdu", "ur"), ("Somali", "so"),
                                        ("Welsh", "cy"), ("français", "fr"), ("العربية", "ar"), ("Español", "es")])
def test_a_language_written_by_its_name_says_its_code(name, code):
    assert not is_language_code(name)
    assert suggestion(name) == code
    assert f"(did you mean '{code}'?)" in language_code_problem(name)
