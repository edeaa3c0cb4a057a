"""Mutated copies of the sample's content either load or report the project's own errors.

Whatever an editor does to a content file (random keys, values of the wrong type, any Unicode including
control characters, anchors and aliases, deep nesting, broken syntax), loading ends in a Portal or in
ContentErrors whose every error names a file that exists and a line in it: never another exception,
never a hang (hypothesis' deadline), never a runaway use of memory.
"""
from __future__ import annotations

import datetime
import resource
import shutil

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from signpost.errors import ContentErrors
from signpost.load import load_portal

from sites import PROJECT

TODAY = datetime.date(2026, 11, 30)
MEMORY_BOUND_KB = 512 * 1024  # growth of the process's peak memory over the whole run
SAMPLE_FILES = sorted(path.relative_to(PROJECT / "content").as_posix()
                      for path in (PROJECT / "content").rglob("*.yml"))

# Unicode as editors paste it, with what YAML refuses (C0 and C1 controls, NUL, U+FFFE) and what it
# accepts but looks alike (no-break spaces, right-to-left marks, emoji).
ODD_CHARACTERS = "\x00\x07\x0b\x0c\x1b\x7f\x85\x92\x9f\u00a0\u200b\u200f\u202f\u2028\ufeff\ufffe\U0001F600\t\r"
texts = st.text(alphabet=st.one_of(st.characters(), st.sampled_from(ODD_CHARACTERS)), max_size=40)
scalars = st.one_of(texts, st.integers(), st.floats(allow_nan=True), st.booleans(), st.none(),
                    st.sampled_from(["2026-13-45", "01/11/2026", "0", "2026", "10:00", "25:99", "no", "~",
                                     "020 7946 012", "https://example", "a@b", "food", "x" * 30_000]))
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(texts, inner, max_size=4)), max_leaves=12)
keys = st.one_of(texts, st.sampled_from(["name", "summary", "reviewed", "needs", "contact", "schedule",
                                         "languages", "phone", "opens", "title", "pseudonym", "body"]))
# Text an editor (or a paste) might put anywhere in a file.
snippets = st.one_of(
    texts,
    st.sampled_from([
        "a: &x [1, 2]\nb: *x\n", "*alias", "&anchor value", "<<: *base\n", "\t", "\tname: tab\n",
        'summary: "unclosed\n', "summary: 'unclosed\n", "key: value: more\n", "- item\n", "---\n", "...\n",
        "? [complex, key]\n: value\n", "!!python/object:os.system\n", "%YAML 1.1\n", "{", "]", "|", ">", "#",
    ]),
    st.integers(min_value=1, max_value=400).map(lambda depth: "deep: " + "[" * depth + "]" * depth + "\n"),
    st.integers(min_value=1, max_value=200).map(lambda depth: "".join(f"{'  ' * n}k{n}:\n" for n in range(depth))),
)


@st.composite
def mutations(draw):
    """(file, new text) for one sample file: an edit of its data, or raw text inserted at a line."""
    name = draw(st.sampled_from(SAMPLE_FILES))
    text = (PROJECT / "content" / name).read_text(encoding="utf-8")
    if draw(st.booleans()):
        data = yaml.safe_load(text)
        if isinstance(data, dict) and data:
            key = draw(st.one_of(st.sampled_from(sorted(data, key=str)), keys))
            if draw(st.integers(0, 3)) == 0:
                data.pop(key, None)
            else:
                data[key] = draw(values)
            return name, yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    lines = text.split("\n")
    at = draw(st.integers(0, len(lines)))
    return name, "\n".join(lines[:at] + [draw(snippets)] + lines[at:])


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    root = tmp_path_factory.mktemp("fuzz")
    shutil.copytree(PROJECT / "content", root / "content")
    shutil.copytree(PROJECT / "docs", root / "docs", ignore=shutil.ignore_patterns("generated"))
    return root / "content"


@settings(max_examples=150, derandomize=True, deadline=datetime.timedelta(seconds=20), database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(mutation=mutations())
def test_a_mutated_sample_loads_or_reports_located_errors(sample, mutation):
    name, text = mutation
    path = sample / name
    original = path.read_bytes()
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    start_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        load_portal(sample, today=TODAY)
    except ContentErrors as raised:
        assert raised.errors, "an error report with no errors"
        for error in raised.errors:
            assert (sample.parent / error.file).exists(), f"{error} names no existing file"
            assert error.line >= 1 and error.message, str(error)
    finally:
        path.write_bytes(original)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - start_kb < MEMORY_BOUND_KB
