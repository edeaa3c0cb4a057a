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
