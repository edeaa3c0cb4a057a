"""`signpost new DIR --languages en,ar` and `signpost new-language CODE`: the command lines of the scaffold."""
from __future__ import annotations

import argparse
import shlex
import subprocess
import sys
from pathlib import Path

from signpost.scaffold import ScaffoldError, new_portal
from signpost.scaffold.language import LanguageError, direction_unknown, language_name, new_language


def add_parser(commands) -> None:
    parser = commands.add_parser("new", help="start a portal of your own in a new folder",
                                 description="Writes a minimal portal of one organisation that builds at once.")
    parser.add_argument("folder", type=Path, help="the new portal's folder (absent or empty)")
    parser.add_argument("--languages", default="en", help="comma-separated, English (the default language) first, such as en,ar (default: en)")
    parser.add_argument("--name", default="Your Social Prescribing Service", help="the site's name")
    parser.add_argument("--organisation", default="Your Organisation", help="the organisation that runs it")
    parser.add_argument("--url", default="https://example.org/",
                        help="the site's public address, with its path if any (https://example.org/social-prescribing/)")


def run(args: argparse.Namespace) -> int:
    languages = [lang.strip() for lang in args.languages.split(",") if lang.strip()]
    try:
        written = new_portal(args.folder, languages, name=args.name, organisation=args.organisation, url=args.url)
    except ScaffoldError as error:
        print(f"signpost new: {error}", file=sys.stderr)
        return 2
    print(f"A new portal in {args.folder} ({len(written)} files of content, pages and settings, "
          f"and Signpost's hooks/ and overrides/; languages: {', '.join(languages)}). Next:")
    folder = shlex.quote(str(args.folder))
    if _in_git(args.folder):
        print(f"  cd {folder} && make check && make serve   (then read README.md there)")
    else:  # the build dates its files by the last commit (SOURCE_DATE_EPOCH): without one, a fixed 2023 date
        print(f"  cd {folder} && {GIT_START} && make check && make serve   (then read README.md there)")
        print("  (git: the build dates its files by the last commit; commit your changes as you make them)")
    return 0


GIT_START = 'git init && git add -A && git commit -m "A new Signpost portal"'


def _in_git(folder: Path) -> bool:
    """True when `folder` is inside a git working tree (whose last commit dates the build's files)."""
    try:
        return subprocess.run(["git", "-C", str(folder), "rev-parse", "--is-inside-work-tree"],
                              capture_output=True, text=True).stdout.strip() == "true"
    except OSError:  # no git at all
        return False


def add_language_parser(commands) -> None:
    parser = commands.add_parser(
        "new-language", help="write starter files for a new language: every string and list label, the default text beside it",
        description="Writes the new language's interface strings (strings/CODE.yml and its companions), list labels "
                    "(lists/NAME.CODE.yml) and site texts (site.CODE.yml), each key empty with the default language's "
                    "text beside it as a comment. An empty key is not translated yet: readers see the default text, "
                    "marked as such. An existing file is never written over.")
    parser.add_argument("code", help="the language's two-letter code, such as ur, pl or so")
    parser.add_argument("--content", default="content", type=Path, help="the content folder (default: content)")


def run_language(args: argparse.Namespace) -> int:
    try:
        starter = new_language(args.content, args.code)
    except LanguageError as error:
        print(f"signpost new-language: {error}", file=sys.stderr)
        return 2
    code, name = starter.code, language_name(starter.code)
    texts = sum(count for _, count in starter.written)
    if starter.written:
        filled = (f" ({starter.filled_in} more filled in with Signpost's own {name}, where your "
                  f"{language_name(starter.default)} is still Signpost's)" if starter.filled_in else "")
        filled += (f" (the {starter.from_cldr} days of the week filled in from the Unicode CLDR)" if starter.from_cldr else "")
        print(f"Wrote {len(starter.written)} starter file{'s' if len(starter.written) != 1 else ''} for {name} ({code}), "
              f"{texts} text{'s' if texts != 1 else ''} to translate{filled}, each with the "
              f"{language_name(starter.default)} text beside it:")
        for path, count in starter.written:
            print(f"  {path} ({count} to translate)")
    else:
        print(f"Wrote nothing for {name} ({code}).")
    for path, reason in starter.kept:
        print(f"  kept {path}: {reason}")
    if starter.offered:
        print(f"'{code}' is among languages: in {args.content}/site.yml already: it is built.")
    else:
        print(f"Next: add {code} to languages: in {args.content}/site.yml to build it (until then `signpost check` "
              f"notes that '{code}' is not built).")
    print("mkdocs.yml needs no line for it: the build takes the i18n plugin's languages from site.yml.")
    if direction_unknown(code):
        print(f"warning: {name} is written right to left, but Signpost marks '{code}' left to right "
              f"(signpost/text.py, RTL_LANGUAGES): add it there.")
    return 0
