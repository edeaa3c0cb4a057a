"""Build speed: Signpost against plain MkDocs building the same pages.

    python benchmarks/build.py [N ...]      default 100 1000 2000

For each N, generates N synthetic services (with overlays in every language) into a temporary copy of
the project, builds it three times (a first build with an empty cache, a second with nothing changed, and a third
after one service's summary is edited: the whole site again, PDFs and QR codes from the cache),
then builds the same pages as hand-written Markdown with plain MkDocs (same theme, same i18n
configuration, no hooks), as often. Signpost is built as `make build` builds it (`--dirty`: an
unchanged site is kept, signpost/incremental.py); plain MkDocs as `mkdocs build --strict`. Prints wall
and CPU seconds, milliseconds per page-language, peak memory (the build and the processes beside it,
summed as proportional set sizes, so memory a forked process shares with the build counts once), the
ratios, and the load average (the machine may be shared: compare the builds of one run, not runs, and
trust the CPU ratio more than the wall one on a loaded machine).
After several sizes, the CPU milliseconds per page-language of each size's first build, then of
whole rebuilds made smallest size to largest and back (`growth`: the machine's drift over the run
weighs on every size alike; growth is linear when they do not rise). Figures only: nothing here asserts.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import yaml

from signpost.site_shape import language_name

PROJECT = Path(__file__).resolve().parent.parent
MKDOCS = Path(sys.executable).parent / "mkdocs"
# As `make build` runs it: --dirty keeps the last build's site when nothing changed (signpost/incremental.py).
# Plain MkDocs is built as a team would build hand-written pages (with --dirty, MkDocs itself warns that
# its menus may be wrong).
SIGNPOST_OPTIONS = ("--dirty",)
TRANSLATIONS = {
    "ar": ("خدمة تجريبية {n}", "خدمة مجتمعية للاختبار."),
    "fr": ("Service d'essai {n}", "Un service local pour les tests."),
    "hi": ("परीक्षण सेवा {n}", "परीक्षण के लिए एक स्थानीय सेवा।"),
    "es": ("Servicio de prueba {n}", "Un servicio local para pruebas."),
}


def synthetic_services(content: Path, count: int) -> None:
    template = yaml.safe_load((content / "services" / "community-food-bank.yml").read_text(encoding="utf-8"))
    needs = sorted(path.stem for path in (content / "needs").glob("*.yml") if "." not in path.stem)
    for n in range(count):
        service = dict(template, name=f"Synthetic Service {n}", needs=[needs[n % len(needs)], needs[(n * 7 + 3) % len(needs)]],
                       reviewed=str(template["reviewed"]))
        service["needs"] = sorted(set(service["needs"]))
        (content / "services" / f"synthetic-{n:05d}.yml").write_text(yaml.safe_dump(service, allow_unicode=True), encoding="utf-8")
        for lang, (name, summary) in TRANSLATIONS.items():
            overlay = {"name": name.format(n=n), "summary": summary, "description": summary * 3}
            (content / "services" / f"synthetic-{n:05d}.{lang}.yml").write_text(
                yaml.safe_dump(overlay, allow_unicode=True), encoding="utf-8")


def run_build(project: Path, *options: str) -> tuple[float, int, float, int]:
    """Wall seconds, peak memory (MiB), CPU seconds (user + system, with the processes it waited for:
    Pagefind, PDF workers, the forked language build) and the largest single process's resident size
    (MiB) of one `mkdocs build --strict` with `options`. On a shared machine the CPU seconds move less
    with the load than the wall seconds do. The peak memory is that of the build and the processes
    beside it taken together: the largest sum of their proportional set sizes, sampled every 20 ms."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    started = time.perf_counter()
    process = subprocess.Popen([str(MKDOCS), "build", "--strict", "--quiet", *options], cwd=project, env=env)
    sampler = TreeMemory(process.pid)
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    sampler.stop()
    if status != 0:
        sys.exit(f"build failed in {project}")
    return (seconds, sampler.peak_kib // 1024, usage.ru_utime + usage.ru_stime,
            usage.ru_maxrss // 1024)


class TreeMemory(threading.Thread):
    """The largest sum of the proportional set sizes (KiB) of a process and its descendants at one
    time, read from /proc (Linux) every 20 ms."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak_kib, self._done = pid, 0, threading.Event()

    def run(self) -> None:
        while not self._done.wait(0.02):
            self.peak_kib = max(self.peak_kib, sum(self._rss(pid) for pid in self._tree(self.pid)))

    def stop(self) -> None:
        self._done.set()
        self.join()

    def _tree(self, pid: int) -> list[int]:
        found = [pid]
        for task in Path(f"/proc/{pid}/task").glob("*/children"):
            try:
                for child in task.read_text().split():
                    found += self._tree(int(child))
            except OSError:
                pass
        return found

    @staticmethod
    def _rss(pid: int) -> int:
        # The proportional set size: a page shared by n processes counts 1/n in each (a forked
        # process shares the build's memory until it writes it; resident sizes would count it twice).
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:
            return 0
        line = next((line for line in rollup.splitlines() if line.startswith("Pss:")), "Pss: 0 kB")
        return int(line.split()[1])


def edit_one_service(content: Path, plain_docs: Path) -> None:
    service = content / "services" / "synthetic-00000.yml"
    service.write_text(service.read_text(encoding="utf-8").replace("summary: ", "summary: Edited. ", 1), encoding="utf-8")
    page = plain_docs / "generated" / "services" / "synthetic-00000.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nEdited.\n", encoding="utf-8")


def signpost_project(root: Path, count: int) -> Path:
    project = root / "signpost"
    project.mkdir()
    for name in ("content", "docs", "hooks", "overrides"):
        shutil.copytree(PROJECT / name, project / name, ignore=shutil.ignore_patterns("generated", "__pycache__"))
    shutil.copy(PROJECT / "mkdocs.yml", project)
    synthetic_services(project / "content", count)
    return project


def plain_project(root: Path, signpost: Path) -> Path:
    """The same pages, now hand-written Markdown, built by MkDocs with no Signpost hook."""
    project = root / "plain"
    project.mkdir()
    shutil.copytree(signpost / "docs", project / "docs")
    shutil.copytree(signpost / "overrides", project / "overrides")
    (project / "overrides" / "404.html").unlink()  # it shows what the hook computes: the theme's own here
    config = yaml.safe_load((signpost / "mkdocs.yml").read_text(encoding="utf-8"))
    del config["hooks"]
    # Without the hook, the i18n plugin must be told site.yml's languages itself.
    languages = yaml.safe_load((signpost / "content" / "site.yml").read_text(encoding="utf-8"))["languages"]
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "i18n" in plugin:
            plugin["i18n"]["languages"] = [{"locale": code, "name": language_name(code), "default": index == 0}
                                           for index, code in enumerate(languages)]
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return project


def load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def row(name: str, first: tuple, second: tuple, pages: int) -> str:
    return (f"{name:9} first {first[0]:7.2f} s ({first[2]:7.2f} s CPU) {1000 * first[2] / pages:6.2f} CPU ms/page-language "
            f"peak {first[1]:5d} MiB (largest process {first[3]} MiB) | unchanged second {second[0]:7.2f} s ({second[2]:7.2f} s CPU, "
            f"{second[0] / first[0]:.2f} of first) peak {second[1]:5d} MiB")


def compare(root: Path, count: int) -> tuple[float, float]:
    """Prints both builds of `count` services side by side; returns their CPU ms per page-language (first
    builds). Leaves the Signpost project in `root`."""
    root.mkdir()
    signpost = signpost_project(root, count)
    print(f"services: {count} synthetic + the sample's, 5 languages; load average before {load()}", flush=True)
    first = run_build(signpost, *SIGNPOST_OPTIONS)
    plain = plain_project(root, signpost)
    # Interleaved, so a change in the machine's load falls on both alike.
    plain_first = run_build(plain)
    second = run_build(signpost, *SIGNPOST_OPTIONS)
    plain_second = run_build(plain)
    # One service's summary edited: the whole site is built again, its PDFs and QR codes come from
    # the cache (the build an editor's change makes); plain MkDocs builds its one edited page's site.
    edit_one_service(signpost / "content", plain / "docs")
    edited = run_build(signpost, *SIGNPOST_OPTIONS)
    plain_edited = run_build(plain)
    pages = page_languages(signpost)
    plain_pages = page_languages(plain)
    shutil.rmtree(plain)
    print(f"  page-languages: signpost {pages}, plain {plain_pages}")
    print("  " + row("signpost", first, second, pages))
    print("  " + row("plain", plain_first, plain_second, plain_pages))
    print(f"  after one service's edit: signpost {edited[0]:.2f} s ({edited[2]:.2f} s CPU) peak {edited[1]} MiB, "
          f"plain {plain_edited[0]:.2f} s ({plain_edited[2]:.2f} s CPU) peak {plain_edited[1]} MiB")
    print(f"  ratio signpost/plain: first {first[0] / plain_first[0]:.2f} (CPU {first[2] / plain_first[2]:.2f}), "
          f"after an edit {edited[0] / plain_edited[0]:.2f} (CPU {edited[2] / plain_edited[2]:.2f}), "
          f"second {second[0] / plain_second[0]:.2f} (CPU {second[2] / plain_second[2]:.2f}) "
          f"(target at most 1.2); peak memory first {first[1] / plain_first[1]:.2f}, after an edit "
          f"{edited[1] / plain_edited[1]:.2f} (target at most 1.5); load average after {load()}", flush=True)
    return 1000 * first[2] / pages, 1000 * plain_first[2] / plain_pages


def page_languages(project: Path) -> int:
    return sum(1 for _ in (project / "site").rglob("index.html"))


def growth(projects: dict[int, Path]) -> None:
    """Prints Signpost's CPU ms per page-language at each size, from whole rebuilds (the site deleted, the
    cache of PDFs and QR codes kept) made smallest to largest and back again. The sizes' first builds
    above come minutes apart, and this machine's speed drifts by 20 to 50 % over such a run: in this
    order a drift weighs on every size about alike (each size's two builds are averaged)."""
    order = sorted(projects)
    cpu: dict[int, list[float]] = {count: [] for count in order}
    for count in order + order[::-1]:
        shutil.rmtree(projects[count] / "site")
        cpu[count].append(run_build(projects[count], *SIGNPOST_OPTIONS)[2])
    figures = []
    for count in order:
        pages = page_languages(projects[count])
        per_page = [1000 * seconds / pages for seconds in cpu[count]]
        figures.append(f"{count}: {sum(per_page) / len(per_page):.2f} ({', '.join(f'{one:.2f}' for one in per_page)})")
    print(f"Signpost, CPU ms per page-language of a whole rebuild, by services, built in the order "
          f"{' '.join(map(str, order + order[::-1]))} (linear growth: it does not rise): {'; '.join(figures)}; "
          f"load average after {load()}", flush=True)


def main() -> None:
    counts = [int(arg) for arg in sys.argv[1:]] or [100, 1000, 2000]
    with tempfile.TemporaryDirectory() as temp:
        per_page = {count: compare(Path(temp) / str(count), count) for count in counts}
        if len(per_page) > 1:
            print("CPU ms per page-language of a first build, by services: " +
                  "; ".join(f"{count}: signpost {ours:.2f}, plain {plain:.2f}" for count, (ours, plain) in per_page.items()))
            growth({count: Path(temp) / str(count) / "signpost" for count in counts})


if __name__ == "__main__":
    main()
