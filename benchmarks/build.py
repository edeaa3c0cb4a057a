"""Build speed: Signpost against plain MkDocs building the same pages.

    python benchmarks/build.py N

Generates N synthetic services (with overlays in every language) into a temporary copy of the
project, builds it, then builds the same pages as hand-written Markdown with plain MkDocs (same
theme, same i18n configuration, no hooks). Prints seconds, milliseconds per page-language, peak
memory, and the ratio. Figures only: nothing here asserts.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from signpost.site_shape import language_name

PROJECT = Path(__file__).resolve().parent.parent
MKDOCS = Path(sys.executable).parent / "mkdocs"
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


def run_build(project: Path) -> tuple[float, int]:
    """Wall seconds and peak resident memory (MiB) of one `mkdocs build --strict`."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    started = time.perf_counter()
    process = subprocess.Popen([str(MKDOCS), "build", "--strict", "--quiet"], cwd=project, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if status != 0:
        sys.exit(f"build failed in {project}")
    return seconds, usage.ru_maxrss // 1024


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


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        signpost = signpost_project(root, count)
        seconds, memory = run_build(signpost)
        pages = sum(1 for _ in (signpost / "site").rglob("index.html"))
        plain = plain_project(root, signpost)
        plain_seconds, plain_memory = run_build(plain)
        plain_pages = sum(1 for _ in (plain / "site").rglob("index.html"))
    print(f"services: {count} synthetic + the sample's, 5 languages")
    print(f"signpost: {seconds:7.2f} s  {1000 * seconds / pages:6.2f} ms per page-language  "
          f"{pages} page-languages  peak {memory} MiB")
    print(f"plain:    {plain_seconds:7.2f} s  {1000 * plain_seconds / plain_pages:6.2f} ms per page-language  "
          f"{plain_pages} page-languages  peak {plain_memory} MiB")
    print(f"ratio:    {seconds / plain_seconds:.2f} (target at most 1.2)")


if __name__ == "__main__":
    main()
