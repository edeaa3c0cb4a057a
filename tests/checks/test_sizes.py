from signpost.checks.sizes import LONG_TEXT, OTHER_TEXT, SHORT_TEXT, limit_for, oversized
from signpost.source import parse_text


def test_limits_go_by_the_nearest_field_name():
    assert limit_for(("description",)) == LONG_TEXT
    assert limit_for(("locations", 0, "name")) == SHORT_TEXT
    assert limit_for(("steps", 3)) == OTHER_TEXT


def test_every_value_over_its_limit_is_reported_with_the_limit():
    document, _ = parse_text(f"name: {'n' * 301}\nsteps:\n  - ok\n  - {'s' * 5001}\ndescription: {'d' * 20000}\n",
                             "content/pathways/a.yml")
    errors = sorted(oversized(document))
    assert [(error.line, error.field) for error in errors] == [(1, "name"), (4, "steps[1]")]
    assert "the limit for name is 300 characters" in errors[0].message
    assert "the limit for steps is 5,000 characters" in errors[1].message
