"""What a process keeps between builds (compiled templates), and what a preview server needs to rebuild
once per edit and only what changed (signpost.session)."""
import os

import jinja2

from signpost.session import CompiledTemplates, every_page_stamp, mark_out_of_date


def environment(folder, cache):
    return jinja2.Environment(loader=jinja2.FileSystemLoader(folder), bytecode_cache=cache)


def test_a_template_is_compiled_once_for_every_environment_until_its_source_changes(tmp_path, monkeypatch):
    (tmp_path / "page.html").write_text("Hello {{ name }}", encoding="utf-8")
    cache = CompiledTemplates()
    compiled = []
    original = jinja2.Environment.compile

    def counting(self, source, *args, **kwargs):
        compiled.append(source)
        return original(self, source, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    for _ in range(3):  # one environment per language's build
        assert environment(tmp_path, cache).get_template("page.html").render(name="Ada") == "Hello Ada"
    assert len(compiled) == 1
    (tmp_path / "page.html").write_text("Goodbye {{ name }}", encoding="utf-8")
    assert environment(tmp_path, cache).get_template("page.html").render(name="Ada") == "Goodbye Ada"
    assert len(compiled) == 2


def test_the_every_page_stamp_changes_with_strings_and_site_but_not_with_a_service(tmp_path):
    content = tmp_path / "content"
    for path in ("site.yml", "strings/en.yml", "services/food-bank.yml", "notices/closure.yml"):
        (content / path).parent.mkdir(parents=True, exist_ok=True)
        (content / path).write_text("a: 1\n", encoding="utf-8")
    stamp = every_page_stamp(content)
    (content / "services/food-bank.yml").write_text("a: 2\n", encoding="utf-8")
    assert every_page_stamp(content) == stamp
    for path in ("strings/en.yml", "site.yml", "notices/closure.yml"):
        (content / path).write_text(f"changed: {path}\n", encoding="utf-8")
        assert every_page_stamp(content) != stamp, path
        stamp = every_page_stamp(content)


def test_marked_outputs_are_older_than_any_source_and_missing_ones_are_skipped(tmp_path):
    built = tmp_path / "index.html"
    built.write_text("<p>built</p>", encoding="utf-8")
    assert mark_out_of_date([built, tmp_path / "not-built.html"]) == 1
    assert os.stat(built).st_mtime == 0
    assert built.read_text(encoding="utf-8") == "<p>built</p>"
