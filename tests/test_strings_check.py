"""`signpost check` says plainly which interface strings a language lacks, where to add them and what
its readers see meanwhile (run as a subprocess, as editors run it)."""
import subprocess
import sys

from conftest import write


def run_check(content):
    return subprocess.run([sys.executable, "-m", "signpost", "check", str(content)], capture_output=True, text=True)


def test_a_language_without_its_strings_files_is_reported_with_every_file_to_add(content):
    names = sorted(path.name for path in (content / "strings").glob("*ar.yml"))
    assert {"ar.yml", "forms.ar.yml", "search.ar.yml", "leaflets.ar.yml"} <= set(names)
    for name in names:
        (content / "strings" / name).unlink()
    result = run_check(content)
    assert result.returncode == 0, result.stderr
    [line] = [line for line in result.stdout.splitlines() if line.startswith("warning: interface strings: ar")]
    assert "no interface strings at all" in line
    for name in names:
        assert f"content/strings/{name}" in line
    assert "Arabic readers see these in English instead." in line


def test_missing_keys_are_named_with_the_companion_file_they_belong_in(content):
    strings = content / "strings" / "forms.fr.yml"
    lines = strings.read_text(encoding="utf-8").splitlines()
    key = next(line.split(":", 1)[0] for line in lines if line and not line.startswith(("#", " ")) and ":" in line)
    write(strings, "\n".join(line for line in lines if not line.startswith(f"{key}:")) + "\n")
    result = run_check(content)
    [line] = [line for line in result.stdout.splitlines() if line.startswith("warning: interface strings: fr")]
    assert f"1 of " in line and f"content/strings/forms.fr.yml: {key}." in line
    assert "French readers see these in English instead." in line


def test_a_search_box_string_that_falls_back_is_reported(content):
    # The search box's placeholder is an attribute: it cannot carry a lang mark, so the check must say so.
    strings = content / "strings" / "search.ar.yml"
    lines = strings.read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("search_placeholder:") for line in lines)
    write(strings, "\n".join(line for line in lines if not line.startswith("search_placeholder:")) + "\n")
    [line] = [line for line in run_check(content).stdout.splitlines() if line.startswith("warning: interface strings: ar")]
    assert "content/strings/search.ar.yml: search_placeholder." in line


def test_a_site_name_that_falls_back_is_reported(content):
    site = content / "site.fr.yml"
    if site.exists():
        write(site, "\n".join(line for line in site.read_text(encoding="utf-8").splitlines()
                              if not line.startswith("name:")) + "\n")
    [line] = [line for line in run_check(content).stdout.splitlines() if line.startswith("warning: site name: fr")]
    assert "content/site.fr.yml" in line and "French readers see it in English" in line


def test_complete_strings_give_no_warning(content):
    assert "interface strings" not in run_check(content).stdout


def test_site_texts_a_begun_translation_leaves_empty_are_named(content):
    # site.ar.yml translates the name only: the tagline and opening hours are named, once, in a warning;
    # French, with no site.fr.yml begun, gets the site-name sentence only.
    write(content / "site.ar.yml", (content / "site.ar.yml").read_text(encoding="utf-8") + "opening_hours:\n")
    out = run_check(content).stdout.splitlines()
    [line] = [line for line in out if line.startswith("warning: site texts: ar")]
    named = line.split("leaves ", 1)[1].split(" untranslated", 1)[0].split(", ")
    assert "tagline" in named and "opening_hours" in named and "name" not in named
    assert "Arabic readers see them in English" in line
    assert not [line for line in out if line.startswith("warning: site texts: fr")]
