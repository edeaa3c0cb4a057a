"""signpost/language_codes.py: which language codes Signpost takes (Babel's languages, and Dari), and what it
says of one it does not know."""
import pytest

from signpost.language_codes import is_language_code, language_code_problem, suggestion

# Languages a UK social prescribing team serves: Welsh, Urdu, Somali, Tigrinya, Pashto, Dari, Kurdish (and
# Sorani), Polish, Romanian, Bengali, Punjabi, Gujarati, Tamil, Arabic, Persian, Lithuanian, Albanian,
# Brazilian Portuguese, Traditional Chinese, Romany, Scots, Irish, Scottish Gaelic.
UK_LANGUAGES = ["cy", "ur", "so", "ti", "ps", "prs", "ku", "ckb", "pl", "ro", "bn", "pa", "gu", "ta", "ar",
                "fa", "lt", "sq", "pt-br", "zh-hant", "rom", "sco", "ga", "gd", "en", "en-gb"]


@pytest.mark.parametrize("code", UK_LANGUAGES)
def test_every_language_a_uk_team_serves_is_a_language_code(code):
    assert is_language_code(code) and language_code_problem(code) is None


@pytest.mark.parametrize("code, meant", [
    ("arb", "ar"),  # a typo (and ISO 639-3's Standard Arabic): Babel would read it as ar_EG
    ("urd", "ur"), ("tir", "ti"), ("pus", "ps"), ("kmr", "ku"),  # three-letter codes of languages with a two-letter one
    ("AR", "ar"), ("pt_BR", "pt-br"),  # not in lower case, an underscore
    ("fre", "fr"),
])
def test_a_mistyped_code_is_unknown_and_says_the_code_meant(code, meant):
    assert not is_language_code(code)
    assert suggestion(code) == meant
    assert language_code_problem(code) == (
        f"unknown language '{code}' (did you mean '{meant}'?); expected a language code of two or three letters "
        "in lower case, such as ar, fr, hi, es, cy, ur, so, ti or ps, with a region after a hyphen where it matters (pt-br)")


@pytest.mark.parametrize("code", ["arabic", "old", "und", "zxx", "en-xy", "", "e"])
def test_what_is_no_language_is_unknown(code):
    assert not is_language_code(code) and language_code_problem(code).startswith(f"unknown language '{code}'")
