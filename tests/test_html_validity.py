"""Every page type in every language is valid HTML by the Nu HTML checker (vnu.jar, from npm)."""
import subprocess

from site_pages import pages_to_check
from sites import PROJECT

VNU = PROJECT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def test_the_nu_html_checker_finds_no_error(built_sample):
    site = built_sample.site
    files = [str(site / url / "index.html") for url in pages_to_check(site)] + [str(site / "404.html")]
    assert len(files) > 60  # every page type in five languages
    result = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "gnu", *files],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0 and result.stderr == "", result.stderr
