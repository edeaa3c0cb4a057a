"""A trie of literal forms finds what `longest|…|shortest` alternatives find, at the same places."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from signpost.literals import any_of

# Few letters, so that forms share prefixes and overlap in the text.
_letters = st.sampled_from(list("ab &#é-") + ["\n"])
_forms = st.sets(st.text(_letters, min_size=1, max_size=5), min_size=1, max_size=8)
_texts = st.text(st.sampled_from(list("ab &#é-x") + ["\n"]), max_size=40)


def _alternatives(forms) -> str:
    return "|".join(re.escape(form) for form in sorted(forms, key=lambda form: (-len(form), form)))


@settings(max_examples=400, deadline=None)
@given(forms=_forms, text=_texts)
def test_a_trie_of_forms_matches_the_same_spans_as_the_longest_first_alternatives(forms, text):
    expected = [found.span() for found in re.finditer(f"(?:{_alternatives(forms)})", text)]
    assert [found.span() for found in re.finditer(any_of(forms), text)] == expected


@settings(max_examples=400, deadline=None)
@given(forms=_forms, text=_texts)
def test_a_guard_after_the_first_character_and_a_lookahead_after_the_form_keep_the_alternatives_matches(forms, text):
    # As signpost.untranslated uses it: a whole name, not after a letter, & or #, nor before a letter.
    expected = re.compile(r"(?<![\w&#])(?:" + _alternatives(forms) + r")(?!\w)")
    trie = re.compile(any_of(forms, after_first=r"(?<![\w&#].)") + r"(?!\w)", re.DOTALL)
    assert [found.span() for found in trie.finditer(text)] == [found.span() for found in expected.finditer(text)]


def test_the_forms_characters_are_taken_literally():
    pattern = re.compile(any_of({"a.b", "(c)", "d*"}))
    assert pattern.findall("axb a.b (c) c dd d*") == ["a.b", "(c)", "d*"]


@pytest.mark.parametrize("forms", [set(), {"ok", ""}])
def test_no_forms_or_an_empty_form_is_refused(forms):
    with pytest.raises(ValueError, match="any_of"):
        any_of(forms)
