"""Two builds of the same commit give byte-identical sites, wherever they are built."""
from sites import build, sample_project


def tree(site):
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file()}


def test_two_builds_of_the_sample_are_byte_identical(built_sample, tmp_path):
    again = build(sample_project(tmp_path))
    assert again.result.returncode == 0, again.output
    first, second = tree(built_sample.site), tree(again.site)
    assert len(first) > 250
    assert sorted(first) == sorted(second)
    differing = [path for path in first if first[path] != second[path]]
    assert differing == []
