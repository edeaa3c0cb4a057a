"""`mkdocs serve` on a fixture portal: editing one content file gives one rebuild, not a loop, and the
change shows, also with --dirty (as `make serve` runs it), where only out-of-date pages are rendered."""
import contextlib
import difflib
import os
import re
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from leaflets.support import pdf_text
from signpost.csp import inline_script_hashes
from signpost.leaflets.pages import size_kb
from conftest import SELF_REFERRAL_FORM
from sites import MKDOCS, fixture_project


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(condition, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


@pytest.fixture
def server(tmp_path, request):
    project = fixture_project(tmp_path)
    options = (getattr(request, "param", None) or "").split()
    if "leaflet" in options:
        add_leaflet(project)
    with preview(project, tmp_path / "mkdocs-serve.log", dirty="dirty" in options) as (port, lines, _, _):
        yield project, port, lines


def add_leaflet(project):
    """`project` with a leaflet made from the fixture's pathway, with its PDFs."""
    (project / "content/leaflets").mkdir()
    (project / "content/leaflets/guide.yml").write_text(
        "title: Guide\naudience: resident\nintro: Call us for help.\npathways: [self-referral]\n"
        "reviewed: 2026-01-15\n", encoding="utf-8")
    return project


@contextlib.contextmanager
def preview(project, log_path, dirty, serving=True):
    """`mkdocs serve` of `project` on a free port, once serving (at once if not `serving`): (port, the
    lines it logged so far, the process, the thread reading its log, which ends with it). Its log is
    also written to `log_path`, to read while a test runs."""
    port = free_port()
    process = subprocess.Popen([str(MKDOCS), "serve", "--strict", *(["--dirty"] if dirty else []),
                                "--dev-addr", f"127.0.0.1:{port}"], cwd=project,
                               env=dict(os.environ, NO_MKDOCS_2_WARNING="1"), start_new_session=True,  # (Ctrl-C: its group)
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: list[str] = []
    log = log_path.open("w", encoding="utf-8")

    def read():
        for line in iter(process.stdout.readline, ""):
            lines.append(line)
            log.write(line)
            log.flush()
    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert not serving or wait_for(lambda: any("Serving on" in line for line in lines)), "".join(lines)
        yield port, lines, process, reader
    finally:
        process.terminate()
        process.wait(timeout=60)


def fetch(port, path):
    return fetch_bytes(port, path).decode("utf-8")


def fetch_or_nothing(port, path):
    try:
        return fetch(port, path)
    except OSError:  # (not there yet: 404)
        return ""


def fetch_bytes(port, path):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/{path}", timeout=120) as response:
        return response.read()


def served_page(port, path):
    """The page as built: without the live-reload script's epoch, which MkDocs adds to each response, nor
    that script's hash in the page's policy (it differs on each response)."""
    page = fetch(port, path)
    script = page[page.rindex("<script>") + len("<script>"):page.rindex("</script>")]
    page = page.replace(" " + inline_script_hashes(f"<script>{script}</script>")[0], "", 1)
    return re.sub(r"reload\(\d+, \d+\)", "reload()", page)


def rebuilds(lines, before):
    time.sleep(4)  # long enough for a second, looping rebuild to start if there were one
    return [line for line in lines[before:] if "Detected file changes" in line]


@pytest.mark.parametrize("server", ["clean", "dirty"], indirect=True)
def test_editing_a_service_rebuilds_once_and_serves_the_change(server):
    project, port, lines = server
    assert "Free food parcels." in fetch(port, "services/food-bank/")
    before = len(lines)
    service = project / "content/services/food-bank.yml"
    service.write_text(service.read_text(encoding="utf-8").replace("Free food parcels.", "Free food, every week."),
                       encoding="utf-8")
    assert wait_for(lambda: "Free food, every week." in fetch(port, "services/food-bank/")), "".join(lines[before:])
    assert len(rebuilds(lines, before)) == 1, "".join(lines[before:])


def test_the_preview_writes_its_build_report_beside_the_portals_content_not_beside_its_temporary_site(server):
    project, port, lines = server
    assert wait_for(lambda: (project / "build-report.txt").exists()), "".join(lines)
    assert "Signpost build report" in (project / "build-report.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("server", ["dirty"], indirect=True)
def test_under_dirty_a_hand_written_page_edit_shows_with_one_rebuild(server):
    project, port, lines = server
    before = len(lines)
    page = project / "docs/index.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nA paragraph added while serving.\n", encoding="utf-8")
    assert wait_for(lambda: "A paragraph added while serving." in fetch(port, "")), "".join(lines[before:])
    assert len(rebuilds(lines, before)) == 1, "".join(lines[before:])


@pytest.mark.parametrize("server", ["dirty"], indirect=True)
def test_under_dirty_content_every_page_shows_is_rendered_again_on_every_page(server):
    # The site's name is in every page's header: unchanged page files are rendered again all the same.
    project, port, lines = server
    before = len(lines)
    site = project / "content/site.yml"
    site.write_text(site.read_text(encoding="utf-8").replace("name: Fixture Social Prescribing",
                                                             "name: Fixture Prescribing Renamed", 1), encoding="utf-8")
    for path in ("", "services/food-bank/", "services/"):
        assert wait_for(lambda: "Fixture Prescribing Renamed" in fetch(port, path)), path + "".join(lines[before:])
    assert len(rebuilds(lines, before)) == 1, "".join(lines[before:])


@pytest.mark.parametrize("server", ["dirty"], indirect=True)
def test_under_dirty_a_theme_word_the_team_gives_is_rendered_again_on_every_page_of_its_language(server):
    project, port, lines = server
    before = len(lines)
    (project / "content/strings/theme.ar.yml").write_text("header: ترويسة الموقع\n", encoding="utf-8")
    for path in ("ar/", "ar/services/food-bank/", "ar/services/"):
        assert wait_for(lambda: 'aria-label="ترويسة الموقع"' in fetch(port, path)), path + "".join(lines[before:])
    assert 'aria-label="ترويسة الموقع"' not in fetch(port, "")
    assert len(rebuilds(lines, before)) == 1, "".join(lines[before:])


@pytest.mark.parametrize("server", ["dirty"], indirect=True)
def test_under_dirty_a_hand_written_page_shows_a_fact_a_content_edit_changed(server):
    # A content edit renders again only the hand-written pages whose facts or blocks it changed.
    project, port, lines = server
    page = project / "docs/accessibility.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nWe list {{ count.services }} services.\n", encoding="utf-8")
    assert wait_for(lambda: "We list 2 services." in fetch(port, "accessibility/")), "".join(lines)
    before = len(lines)
    service = (project / "content/services/food-bank.yml").read_text(encoding="utf-8")
    (project / "content/services/soup-kitchen.yml").write_text(service.replace("Fixture Food Bank", "Fixture Soup Kitchen"),
                                                               encoding="utf-8")
    assert wait_for(lambda: "We list 3 services." in fetch(port, "accessibility/")), "".join(lines[before:])
    assert len(rebuilds(lines, before)) == 1, "".join(lines[before:])


@pytest.mark.parametrize("server", ["dirty"], indirect=True)
def test_under_dirty_a_deleted_services_pages_are_no_longer_served(server):
    project, port, lines = server
    assert "Fixture Housing Help" in fetch(port, "services/housing-help/")
    before = len(lines)
    (project / "content/services/housing-help.yml").unlink()
    assert wait_for(lambda: "Fixture Housing Help" not in fetch(port, "services/")), "".join(lines[before:])
    for path in ("services/housing-help/", "ar/services/housing-help/"):
        with pytest.raises(urllib.error.HTTPError) as error:
            fetch(port, path)
        assert error.value.code == 404, path


@pytest.mark.parametrize("server", ["dirty"], indirect=True)
def test_under_dirty_a_forms_new_receiver_is_in_the_policy_of_every_page_that_posts_to_it(server):
    # A form page's policy names every form's receiver: another form's page, whose file did not change,
    # is rendered again too.
    project, port, lines = server
    (project / "content/forms").mkdir()
    (project / "content/forms/self-referral.yml").write_text(SELF_REFERRAL_FORM, encoding="utf-8")
    other = SELF_REFERRAL_FORM.replace("title: Refer yourself", "title: Refer someone")
    (project / "content/forms/someone.yml").write_text(other, encoding="utf-8")
    assert wait_for(lambda: "Refer someone" in fetch_or_nothing(port, "forms/someone/")), "".join(lines)
    before = len(lines)
    (project / "content/forms/self-referral.yml").write_text(
        SELF_REFERRAL_FORM.replace("https://forms.example.org/f", "https://elsewhere.example.org/f"), encoding="utf-8")
    assert wait_for(lambda: "https://elsewhere.example.org" in fetch(port, "forms/self-referral/")), "".join(lines[before:])
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', fetch(port, "forms/someone/")).group(1)
    assert "https://elsewhere.example.org" in policy


@pytest.mark.parametrize("server", ["clean", "dirty"], indirect=True)
def test_a_content_error_while_serving_is_shown_on_every_page_over_the_last_good_content_until_fixed(server):
    # An editor watching the browser saw the old page and thought the save had worked.
    project, port, lines = server
    before = len(lines)
    service = project / "content/services/food-bank.yml"
    good = service.read_text(encoding="utf-8")
    service.write_text(good.replace("cost: free", "cost: gratis"), encoding="utf-8")
    assert wait_for(lambda: any("unknown cost 'gratis'" in line for line in lines[before:])), "".join(lines[before:])
    for path in ("services/food-bank/", "", "ar/"):
        assert wait_for(lambda: "the last save has errors" in fetch(port, path), 120), path + "".join(lines[before:])
        assert "unknown cost &#x27;gratis&#x27;" in fetch(port, path) and "Fixture Food Bank" in fetch(port, "services/food-bank/")
        assert "nothing was built" not in fetch(port, path)  # (it shows the content before the save)
        # The box is no part of the page's content: the preview's search leaves it out.
        assert re.search(r'<div [^>]*data-pagefind-ignore="all"[^>]*><p class="admonition-title">Signpost: the last save',
                         fetch(port, path)), path
    service.write_text(good.replace("Free food parcels.", "Free food, every week."), encoding="utf-8")
    assert wait_for(lambda: "Free food, every week." in fetch(port, "services/food-bank/"), 120), "".join(lines[before:])
    for path in ("services/food-bank/", "", "ar/"):
        assert "the last save has errors" not in fetch(port, path), path
    assert "Traceback" not in "".join(lines[before:])


def test_a_fact_error_in_a_hand_written_page_is_logged_the_site_stays_up_and_the_next_good_save_recovers(server):
    project, port, lines = server
    page = project / "docs/index.md"
    good = page.read_text(encoding="utf-8")
    before = len(lines)
    page.write_text(good + "\nCall {{ site.phoen }} today.\n", encoding="utf-8")
    number = len((good + "\nCall {{ site.phoen }} today.\n").splitlines())
    assert wait_for(lambda: any(f"docs/index.md:{number}: unknown fact 'site.phoen' (did you mean site.phone?)" in line
                                for line in lines[before:])), "".join(lines[before:])
    # Not stuck: the page answers, and shows the error where the reader of the preview looks.
    assert wait_for(lambda: "unknown fact" in fetch(port, ""), 120), "".join(lines[before:])
    page.write_text(good + "\nCall {{ site.phone }} today.\n", encoding="utf-8")
    assert wait_for(lambda: "0999</a> today." in fetch(port, ""), 120), "".join(lines[before:])
    assert "Traceback" not in "".join(lines[before:])


@pytest.mark.parametrize("server", ["dirty leaflet"], indirect=True)
def test_a_changed_leaflet_pdf_is_served_whole_throughout_and_shows_the_change_once_rendered(server):
    # The page is served first; the PDF is rendered after it, and replaces the served file whole: every
    # fetch meanwhile gets a whole PDF (the old one, then the new one), never a broken link.
    project, port, lines = server
    pdf = "leaflets/files/guide-en.pdf"
    assert "Call us for help." in pdf_text(fetch_bytes(port, pdf))
    before = len(lines)
    guide = project / "content/leaflets/guide.yml"
    guide.write_text(guide.read_text(encoding="utf-8").replace("for help.", "for help, ZEBRA."), encoding="utf-8")
    assert wait_for(lambda: "ZEBRA" in fetch(port, "leaflets/guide/")), "".join(lines[before:])
    served = []

    def new_pdf_served():
        data = fetch_bytes(port, pdf)
        assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:], "a part of a PDF was served"
        served.append(data)
        return "ZEBRA" in pdf_text(data)
    assert wait_for(new_pdf_served, 120), "".join(lines[before:])
    assert "Call us for help." in pdf_text(served[0]) or len(served) == 1  # the old file until the new one
    # Once every PDF is rendered, the pages list the new file's size (rebuilt if it differs from the old one's).
    assert wait_for(lambda: any("leaflet PDFs rendered after the rebuild" in line for line in lines[before:]), 120)
    changed_size = any("the size the pages list changed" in line for line in lines[before:])
    assert wait_for(lambda: f"PDF, {size_kb(len(served[-1]))} KB, English" in fetch(port, "leaflets/guide/"), 60)
    assert len(rebuilds(lines, before)) == (2 if changed_size else 1), "".join(lines[before:])


@pytest.mark.parametrize("server", ["dirty"], indirect=True)
def test_under_dirty_an_arabic_string_edit_renders_the_arabic_pages_and_leaves_the_others_right(server):
    project, port, lines = server
    english = served_page(port, "services/food-bank/")
    before = len(lines)
    strings = project / "content/strings/ar.yml"
    strings.write_text(strings.read_text(encoding="utf-8").replace("service_details: عن هذه الخدمة",
                                                                   "service_details: عن هذه الخدمة ZEBRA"), encoding="utf-8")
    assert wait_for(lambda: "ZEBRA" in fetch(port, "ar/services/food-bank/")), "".join(lines[before:])
    assert len(rebuilds(lines, before)) == 1, "".join(lines[before:])
    assert served_page(port, "services/food-bank/") == english  # not rendered again
    # An English string shows on the English pages, and the Arabic ones keep their own edit.
    before = len(lines)
    strings = project / "content/strings/en.yml"
    strings.write_text(strings.read_text(encoding="utf-8").replace("service_details: About this service",
                                                                   "service_details: About this service OKAPI"), encoding="utf-8")
    assert wait_for(lambda: "OKAPI" in fetch(port, "services/food-bank/")), "".join(lines[before:])
    assert "ZEBRA" in fetch(port, "ar/services/food-bank/")
    assert len(rebuilds(lines, before)) == 1, "".join(lines[before:])


def served_pages(port):
    """Every page the server lists in its sitemap (each language's pages), as built, by path."""
    paths = re.findall(rf"<loc>http://127\.0\.0\.1:{port}/([^<]*)</loc>", fetch(port, "sitemap.xml"))
    assert len(paths) > 20
    return {path: served_page(port, path).replace(f"127.0.0.1:{port}", "127.0.0.1:PORT") for path in paths}


@pytest.mark.parametrize("server", ["dirty"], indirect=True)
def test_under_dirty_after_string_and_service_edits_every_page_is_served_as_a_fresh_server_builds_it(server, tmp_path):
    # A dirty rebuild renders only the pages an edit made out of date: whatever it leaves must still be
    # right. Edited: a default-language string shown inside generated pages, one in a generated page's
    # title (in the menu of every page), one in every page's frame, an Arabic title no longer translated
    # (the Arabic menus mark the English one), a service, and a hand-written page.
    project, port, lines = server
    edits = [("content/strings/en.yml", "service_details: About this service", "service_details: About this service OKAPI",
              "services/food-bank/", "OKAPI"),
             ("content/strings/en.yml", "services_title: Find a service", "services_title: Find a service TAPIR",
              "services/food-bank/", "TAPIR"),
             ("content/strings/en.yml", "quick_exit: Leave this site", "quick_exit: Leave this site ZEBRA",
              "services/food-bank/", "ZEBRA"),
             ("content/strings/ar.yml", "services_title: ابحث عن خدمة\n", "", "ar/services/food-bank/", "TAPIR"),
             ("content/services/food-bank.yml", "Free food parcels.", "Free food, every week.", "services/food-bank/",
              "week."),
             # Only this page is rendered: its menu still marks the English title of the pages not read again.
             ("docs/index.ar.md", "(generated/services/index.md)", "(generated/services/index.md) KUDU", "ar/",
              "KUDU")]
    for file, old, new, page, marker in edits:
        before = len(lines)
        path = project / file
        text = path.read_text(encoding="utf-8")
        assert old in text, old
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        assert wait_for(lambda: marker in fetch(port, page), 120), "".join(lines[before:])
        assert len(rebuilds(lines, before)) == 1, "".join(lines[before:])
    fresh = tmp_path / "fresh"
    shutil.copytree(project, fresh, symlinks=True, ignore=shutil.ignore_patterns("generated", ".cache", "site"))
    other = free_port()
    process = subprocess.Popen([str(MKDOCS), "serve", "--strict", "--dev-addr", f"127.0.0.1:{other}"], cwd=fresh,
                               env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert wait_for(lambda: _answers(other), 300)
        expected = served_pages(other)
    finally:
        process.terminate()
        process.wait(timeout=20)
    served = served_pages(port)
    assert served.keys() == expected.keys()
    differ = [path for path in expected if served[path] != expected[path]]
    assert not differ, (differ, "\n".join(difflib.unified_diff(expected[differ[0]].splitlines(), served[differ[0]].splitlines(), lineterm="", n=1)))


def _answers(port):
    try:
        return "<loc>" in fetch(port, "sitemap.xml")
    except OSError:
        return False


def test_the_previews_build_report_counts_no_link_to_the_sites_own_address_as_external(server):
    # The preview serves the site at 127.0.0.1; the embed guide's snippets show site.yml's url. Those are
    # the site's own pages (checked as internal), not external links.
    project, port, lines = server
    report = project / "build-report.txt"
    assert wait_for(lambda: report.exists()), "".join(lines)
    external = report.read_text(encoding="utf-8").split("External links:", 1)[1]
    assert "https://www.bbc.co.uk/weather" in external
    assert "fixture.example.org" not in external, external


@pytest.mark.parametrize("server", ["dirty"], indirect=True)
def test_a_page_open_in_the_browser_shows_a_save_by_itself(server, browser):
    # MkDocs' preview reloads a page by an inline script it adds to each page served; each page's
    # Content-Security-Policy allowed only the scripts it was built with, so Chromium refused it and the
    # editor saw the old page until reloading by hand.
    from browser.support import CspWatch
    from playwright.sync_api import Error

    project, port, lines = server
    context = browser.new_context()
    try:
        page = context.new_page()
        policy = CspWatch(page)
        page.goto(f"http://127.0.0.1:{port}/services/food-bank/")
        assert "Free food parcels." in page.inner_text("main")
        before = len(lines)
        service = project / "content/services/food-bank.yml"
        service.write_text(service.read_text(encoding="utf-8").replace("Free food parcels.", "Free food, every week."),
                           encoding="utf-8")

        def shown() -> bool:
            try:
                return "Free food, every week." in page.inner_text("main", timeout=1000)
            except Error:  # (the page is being reloaded)
                return False
        assert wait_for(shown, 60), "".join(lines[before:])
        assert policy.violations() == []
    finally:
        context.close()



def _descendants(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        for child in (task / "children").read_text().split():
            found |= {int(child)} | _descendants(int(child))
    return found


@pytest.mark.parametrize("server", ["dirty leaflet"], indirect=True)
def test_a_preview_stopped_by_a_signal_leaves_no_pdf_worker_behind(server):
    # A changed leaflet's PDF renders in a worker after the rebuild; a server stopped by SIGTERM runs no
    # clean-up, and the worker waited for work for ever (70 MiB each, one more for every preview stopped).
    project, port, lines = server
    before = len(lines)
    guide = project / "content/leaflets/guide.yml"
    guide.write_text(guide.read_text(encoding="utf-8").replace("Call us for help.", "Call us for help today."), encoding="utf-8")
    assert wait_for(lambda: any("leaflet PDFs rendered after the rebuild" in line for line in lines[before:]), 120), \
        "".join(lines[before:])
    [server_pid] = [int(path.parent.name) for path in Path("/proc").glob("[0-9]*/cmdline")
                    if f"127.0.0.1:{port}" in _read(path) and "serve" in _read(path)]
    workers = _descendants(server_pid)
    assert workers, "the PDF worker should run beside the server"
    os.kill(server_pid, signal.SIGTERM)
    assert wait_for(lambda: not any(Path(f"/proc/{pid}").exists() and "Z" not in _state(pid) for pid in workers), 15), \
        [(pid, _state(pid)) for pid in workers]


def _read(path: Path) -> str:
    try:
        return path.read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
    except OSError:
        return ""


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "gone"


@pytest.mark.parametrize("server", ["dirty"], indirect=True)
def test_the_previews_error_box_wraps_each_error_so_its_end_is_read_on_a_phone(server, browser):
    # A content error is one long line: it ran out of the box ("...expected an id in lower case w"), and on
    # a phone the page scrolled sideways with only the file name in view.
    from browser.layout import PHONE

    project, port, lines = server
    before = len(lines)
    service = project / "content/services/food-bank.yml"
    service.write_text(service.read_text(encoding="utf-8").replace("cost: free", "cost: Free of charge for everyone"), encoding="utf-8")
    assert wait_for(lambda: "the last save has errors" in fetch(port, "services/food-bank/"), 120), "".join(lines[before:])
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{port}/services/food-bank/")
        box = page.locator("pre.sp-serve-errors")
        assert "found 'Free of charge for everyone'" in box.inner_text()
        widths = page.evaluate("""() => { const pre = document.querySelector('pre.sp-serve-errors');
            return [document.documentElement.scrollWidth, window.innerWidth, pre.scrollWidth, pre.clientWidth]; }""")
        assert widths[0] <= widths[1] and widths[2] <= widths[3], widths
    finally:
        context.close()


def pagefinds_started_by(pid):
    """(Pagefind's pid, the site it indexes) of each Pagefind process `pid` started, from /proc."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and (proc / "comm").read_text().strip() == "pagefind" and \
                    (proc / "stat").read_text().rsplit(")", 1)[1].split()[1] == str(pid):
                arguments = (proc / "cmdline").read_bytes().decode().split("\0")
                found.append((int(proc.name), Path(arguments[arguments.index("--site") + 1])))
        except (OSError, ValueError):  # (ended meanwhile)
            pass
    return found


def pagefind_seen(process, lines, until):
    """The Pagefind processes `process` runs, looked for every 10 ms from now until one is, or a line
    holding `until` is logged after now (too late: the search was made unseen)."""
    after = len(lines)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        running = pagefinds_started_by(process.pid)
        if running or any(until in line for line in lines[after:]):
            return running
        time.sleep(0.01)
    return []


STOPS = {"SIGTERM": lambda process: process.send_signal(signal.SIGTERM),
         "Ctrl-C": lambda process: os.killpg(process.pid, signal.SIGINT)}  # (a terminal's Ctrl-C reaches Pagefind too)


@pytest.mark.parametrize("during, stop", [("a rebuild's search index", "SIGTERM"), ("the first build", "SIGTERM"),
                                          ("a rebuild's search index", "Ctrl-C"), ("the first build", "Ctrl-C")])
def test_a_preview_stopped_while_its_search_index_is_made_ends_and_leaves_nothing_behind(tmp_path, during, stop):
    # Pagefind whose pages were removed under it (the preview removes its site as it ends) waited for
    # good, every thread asleep, and the preview waited for it. Stopped during its first build, a
    # preview ended at once and left its site in /tmp. A Ctrl-C was logged as Pagefind failing.
    project = fixture_project(tmp_path)
    first = during == "the first build"
    with preview(project, tmp_path / "mkdocs-serve.log", dirty=True, serving=not first) as (port, lines, process, reader):
        before = len(lines)
        running = pagefind_seen(process, lines, "Serving on") if first else None
        for word in ("weekly", "daily", "often", "again", "always"):  # (a loaded machine may miss one)
            if running:
                break
            service = project / "content/services/food-bank.yml"
            text = service.read_text(encoding="utf-8")
            service.write_text(re.sub(r"summary: .*", f"summary: Free food, {word}.", text), encoding="utf-8")
            running = pagefind_seen(process, lines, "search: ")
        assert running, "the search index is made"
        (pagefind, site), = running
        STOPS[stop](process)
        process.wait(timeout=60)
        reader.join(10)
        assert not Path(f"/proc/{pagefind}").exists() and not site.exists()
        logged = "".join(lines[before:])
        assert "Traceback" not in logged and "ERROR" not in logged and "BuildError" not in logged, logged


def test_a_preview_stopped_while_a_changed_leaflet_pdf_is_rendered_writes_no_pdf_into_its_removed_site(tmp_path):
    # The PDF, rendered after the rebuild, was written into the site MkDocs had just removed (leaving a
    # folder in /tmp with that PDF alone), or while it removed it (a traceback: directory not empty).
    project = add_leaflet(fixture_project(tmp_path))
    with preview(project, tmp_path / "mkdocs-serve.log", dirty=True) as (port, lines, process, reader):
        site = Path(re.search(r"Building 'en' documentation to directory: (\S+)", "".join(lines)).group(1))
        before = len(lines)
        guide = project / "content/leaflets/guide.yml"
        guide.write_text(guide.read_text(encoding="utf-8").replace("for help.", "for help, ZEBRA."), encoding="utf-8")
        assert wait_for(lambda: any("Reloading browsers" in line for line in lines[before:])), "".join(lines[before:])
        process.send_signal(signal.SIGTERM)  # (the PDF takes a second or more to render)
        process.wait(timeout=60)
        reader.join(10)
        assert not any("leaflet PDFs rendered after the rebuild" in line for line in lines[before:]), "stopped too late"
        time.sleep(3)  # (a PDF would have been rendered by now)
        assert not site.exists()
        assert "Traceback" not in "".join(lines[before:]), "".join(lines[before:])
