import subprocess
import sys

from conftest import edit, write


def run_check(content):
    return subprocess.run([sys.executable, "-m", "signpost", "check", str(content)], capture_output=True, text=True)


def test_check_reports_valid_content_and_coverage(content):
    result = run_check(content)
    assert result.returncode == 0, result.stderr
    assert "Content is valid" in result.stdout and "2 services" in result.stdout
    assert "ar:" in result.stdout and "Translation coverage" in result.stdout
    # One story and one link worker in the fixture: counted in English plurals.
    assert "1 link worker, 1 story, 1 pathway." in result.stdout, result.stdout


def test_check_names_a_service_that_ended_and_is_no_longer_listed(content):
    edit(content / "services/food-bank.yml", "reviewed:", "ends: 2020-01-31\nreviewed:")
    result = run_check(content)
    assert result.returncode == 0, result.stderr
    assert "1 service listed (and 1 ended before the build date, not listed: food-bank)" in result.stdout


def test_check_lists_every_error_and_exits_non_zero_without_a_traceback(content):
    write(content / "services/food-bank.fr.yml", "cost: paid\n")
    write(content / "needs/housing.yml", "label: Housing\nlabel: Homes\nsummary: x\n")
    result = run_check(content)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "Signpost found 2 content errors" in result.stderr
    assert "food-bank.fr.yml:1: cost:" in result.stderr
    assert "housing.yml:2: label: duplicate key" in result.stderr


def test_check_without_a_site_file_says_so(tmp_path):
    result = run_check(tmp_path)
    assert result.returncode == 1 and "site.yml" in result.stderr and "Traceback" not in result.stderr


def test_check_lists_what_is_left_to_translate_into_a_language_by_the_file_to_write(content):
    # The coverage line gives a percentage; an editor needs to know which texts, and where to write them.
    result = subprocess.run([sys.executable, "-m", "signpost", "check", str(content), "--untranslated", "ar"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "`signpost check --untranslated fr` lists what is left" in result.stdout
    left = result.stdout.split("Not yet translated into ar:\n", 1)[1].splitlines()
    assert "  content/needs/housing.ar.yml: label, summary" in left  # the fixture's housing need has no Arabic
    assert not any(line.startswith("  content/needs/food.ar.yml") for line in left)  # its food need is translated
    assert "  docs/privacy.ar.md: the whole page (its English version is shown until then)" in left
    assert not any("docs/index.ar.md" in line for line in left)  # the home page has its Arabic page


def test_check_untranslated_names_the_languages_it_takes(content):
    result = subprocess.run([sys.executable, "-m", "signpost", "check", str(content), "--untranslated", "de"],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "--untranslated de: expected one of the site's other languages (ar, fr, hi, es), found 'de'" in result.stderr
