"""`signpost new DIR`: a minimal portal of one organisation that builds with `--strict` at once.

It writes the templates in `template/` (placeholders such as `{{name}}` filled in), the interface
strings and controlled lists of the languages asked for, one need, and copies of the hooks and theme
overrides, all taken from the Signpost project this package belongs to."""
from __future__ import annotations

import datetime
import re
import shutil
import sys
from importlib import resources
from pathlib import Path

import yaml

from signpost.language_codes import language_code_problem
from signpost.models.types import web_address
from signpost.portal import LIST_NAMES

# The Signpost project: its sample content (strings, lists, one need), hooks/ and overrides/.
PROJECT = Path(__file__).resolve().parents[2]
NEED = "loneliness"
# The menu of a new portal: sections with no content yet are left out until they have some. The guide
# for GP practices and partners embedding the finder sits beside the partners page, where they look.
NAV = ["index.md", "generated/get-referred.md", "generated/forms/index.md", "generated/services/index.md",
       "generated/needs/index.md", "generated/team/index.md", "generated/pathways/index.md",
       "generated/stories/index.md", "generated/news/index.md", "generated/resources/index.md",
       "generated/leaflets/index.md", "generated/our-partners.md", "generated/embed-the-finder.md",
       "generated/contact.md"]
NOT_IN_NAV = "/generated/\n/privacy*.md\n/accessibility*.md\n"
PAGES = ("index.md", "privacy.md", "accessibility.md")
_BLOCK_LINE = re.compile(r"^(\{\{ blocks\.\w+ \}\})$", re.M)


class ScaffoldError(Exception):
    """What stops `signpost new`, in a sentence for the person who ran it."""


def offered_languages() -> list[str]:
    """The languages whose interface strings Signpost can copy: those of its sample (en, ar, ...)."""
    return sorted(path.stem for path in (PROJECT / "content" / "strings").glob("*.yml") if "." not in path.stem)


def new_portal(target: Path, languages: list[str], name: str = "Your Social Prescribing Service",
               organisation: str = "Your Organisation", url: str = "https://example.org/",
               today: datetime.date | None = None) -> list[Path]:
    """Writes a new portal into `target` (absent or empty) in `languages` (English first: the default);
    returns the files written. Raises ScaffoldError naming what is wrong."""
    target = Path(target)
    _check(target, languages)
    try:
        web_address(url)  # (site.yml's url: wrong, the first check would refuse the new portal)
    except ValueError as error:
        raise ScaffoldError(f"--url: {error}, found {url!r}") from None
    values = {"name": name, "organisation": organisation, "url": url, "default_language": languages[0],
              "languages": ", ".join(languages), "today": (today or datetime.date.today()).isoformat(),
              "bin": str(Path(sys.executable).parent)}
    written = _templates(target, values, languages)
    written += _strings(target, languages) + _lists(target, languages) + _need(target, languages)
    written.append(_mkdocs(target, name))
    for folder in ("hooks", "overrides"):
        shutil.copytree(PROJECT / folder, target / folder, ignore=shutil.ignore_patterns("__pycache__"))
    return sorted(written)


def _check(target: Path, languages: list[str]) -> None:
    if target.exists() and any(target.iterdir()):
        raise ScaffoldError(f"{target}: expected a new or empty folder, found one with files in it")
    if not (PROJECT / "hooks").is_dir() or not (PROJECT / "content" / "strings").is_dir():
        raise ScaffoldError(f"{PROJECT}: expected the Signpost project (hooks/, overrides/, content/) around "
                            "the installed package; install Signpost from its git checkout (pip install -e .)")
    offered = offered_languages()
    if not languages:
        raise ScaffoldError(f"--languages: expected at least one of {', '.join(offered)}")
    for lang in languages:
        problem = language_code_problem(lang)
        if problem:
            raise ScaffoldError(f"--languages: {problem}")
        if lang not in offered:
            raise ScaffoldError(f"--languages: no interface strings for '{lang}' to start from; expected some of "
                                f"{', '.join(offered)}; add '{lang}' afterwards with `signpost new-language {lang}`, as README.md says")
    if languages[0] != "en":
        others = [lang for lang in languages if lang != "en"]
        raise ScaffoldError(
            f"--languages: a new portal's starter text is English, so English comes first, as its default "
            f"language: --languages en,{','.join(others)}. A portal whose default language is another ({languages[0]}) "
            f"has its text in that language in content/*.yml and docs/*.md and default_language: {languages[0]} in "
            "content/site.yml; signpost new cannot write that yet")
    if len(set(languages)) != len(languages):
        raise ScaffoldError(f"--languages: each language once, found {','.join(languages)}")


def _fill(text: str, values: dict[str, str]) -> str:
    return re.sub(r"\{\{(\w+)\}\}", lambda match: values[match.group(1)], text)


def _templates(target: Path, values: dict[str, str], languages: list[str]) -> list[Path]:
    written = []
    root = resources.files(__package__) / "template"
    for source in _walk(root):
        relative = source.relative_to(Path(str(root))).as_posix()
        text = _fill(source.read_text(encoding="utf-8"), values)
        name = ".gitignore" if relative == "gitignore" else relative
        written.append(_write(target / name, text))
        if relative.startswith("docs/"):
            written += _page_placeholders(target, relative, text, languages)
    return written


def _page_placeholders(target: Path, relative: str, text: str, languages: list[str]) -> list[Path]:
    # The hand-written pages are in English: each other language gets a copy marked as English, so a
    # screen reader reads it right, until the team translates it.
    # The blocks ({{ blocks.notices }}) stay outside the wrappers: they are made in the page's language.
    written = []
    front, _, body = text.partition("\n---\n")
    parts = [part.strip() for part in _BLOCK_LINE.split(body) if part.strip()]
    wrapped = "\n\n".join(part if _BLOCK_LINE.fullmatch(part) else f'<div lang="en" dir="ltr" markdown>\n{part}\n</div>'
                           for part in parts)
    for lang in languages[1:]:
        page = target / f"{relative[:-3]}.{lang}.md"
        marked = (f"{front}\n---\n\n<!-- Translate this page, then remove the lang=\"en\" wrappers. -->\n{wrapped}\n")
        written.append(_write(page, marked))
    return written


def _walk(folder) -> list[Path]:
    paths = []
    for entry in folder.iterdir():
        paths += _walk(entry) if entry.is_dir() else [Path(str(entry))]
    return sorted(paths)


def _strings(target: Path, languages: list[str]) -> list[Path]:
    folder = PROJECT / "content" / "strings"
    written = []
    for path in sorted(folder.glob("*.yml")):
        if path.stem.rsplit(".", 1)[-1] in languages:
            written.append(_write(target / "content" / "strings" / path.name, path.read_text(encoding="utf-8")))
    return written


def _lists(target: Path, languages: list[str]) -> list[Path]:
    written = []
    for name in LIST_NAMES:
        entries = yaml.safe_load((PROJECT / "content" / "lists" / f"{name}.yml").read_text(encoding="utf-8"))
        kept = {entry: {lang: labels[lang] for lang in languages if lang in labels} for entry, labels in entries.items()}
        text = yaml.safe_dump(kept, allow_unicode=True, sort_keys=False, width=120)
        written.append(_write(target / "content" / "lists" / f"{name}.yml", text))
    return written


def _need(target: Path, languages: list[str]) -> list[Path]:
    folder = PROJECT / "content" / "needs"
    written = [_write(target / "content" / "needs" / f"{NEED}.yml", (folder / f"{NEED}.yml").read_text(encoding="utf-8"))]
    for lang in languages[1:]:
        overlay = folder / f"{NEED}.{lang}.yml"
        if overlay.exists():
            written.append(_write(target / "content" / "needs" / overlay.name, overlay.read_text(encoding="utf-8")))
    return written


def _mkdocs(target: Path, name: str) -> Path:
    # The project's own mkdocs.yml (theme, assets, i18n, hooks), with the new portal's menu.
    config = yaml.safe_load((PROJECT / "mkdocs.yml").read_text(encoding="utf-8"))
    config.update(site_name=name, nav=NAV, not_in_nav=NOT_IN_NAV)
    header = ("# The site's address and languages come from content/site.yml alone.\n"
              "# The menu: add a hand-written page as a line under nav: (docs/your-page.md -> - your-page.md).\n"
              "# A section with no content yet (forms, stories, team, news, resources, leaflets, partners) is left out of it on its own.\n")
    return _write(target / "mkdocs.yml", header + yaml.safe_dump(config, allow_unicode=True, sort_keys=False))


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
