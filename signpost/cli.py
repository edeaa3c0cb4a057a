"""The `signpost` command: `signpost check` validates content alone, fast, for editors; `signpost schema`
writes the JSON Schemas editors' YAML extensions use."""
from __future__ import annotations

import argparse
import signal
import sys
import time
from pathlib import Path

from signpost.coverage import (missing_strings, page_coverage, translation_coverage, untranslated, untranslated_site_name,
                               theme_words_left, untranslated_site_texts)
from signpost.errors import ContentErrors
from signpost.facts import link_workers
from signpost.leaflets.build import unprintable
from signpost.leaflets.fonts import MissingFonts
from signpost.load import load_portal
from signpost.numbers import counted
from signpost.receiver import cli as receiver_cli
from signpost.scaffold import cli as scaffold_cli
from signpost.schemas import write_schemas


def check(content: Path, untranslated_in: str | None = None) -> int:
    started = time.perf_counter()
    try:
        portal = load_portal(content)
    except ContentErrors as errors:
        print(errors.text("the content is not valid"), file=sys.stderr)  # (a check builds nothing either way)
        return 1
    try:
        printing = unprintable(portal)  # what the build would refuse: a character no leaflet font draws
    except MissingFonts as error:
        printing, portal.warnings = [], [*portal.warnings, f"leaflets not checked: {error}"]
    if printing:
        print(ContentErrors(printing).text("the content is not valid"), file=sys.stderr)
        return 1
    seconds = time.perf_counter() - started
    print(
        f"Content is valid ({seconds:.2f} s): {counted(len(portal.services), 'service')}{_ended(portal)}, "
        f"{counted(len(portal.needs), 'need')}, {counted(len(link_workers(portal)), 'link worker')}{_others_in_team(portal)}, "
        f"{counted(len(portal.stories), 'story', 'stories')}, {counted(len(portal.pathways), 'pathway')}."
    )
    for warning in portal.warnings:
        print(f"warning: {warning}")
    if len(portal.languages) > 1:
        print("Translation coverage:")
    for lang, (done, total) in translation_coverage(portal).items():
        percent = 100 * done // total if total else 100
        pages_done, pages = page_coverage(portal, lang)
        print(f"  {lang}: {percent:3d}% ({done} of {total} texts; {pages_done} of {pages} hand-written pages)" +
              ("" if done == total and pages_done == pages else f"; `signpost check --untranslated {lang}` lists what is left"))
    for report in missing_strings(portal):
        print(f"warning: interface strings: {report}")
    for report in untranslated_site_name(portal):
        print(f"warning: site name: {report}")
    for report in untranslated_site_texts(portal):
        print(f"warning: site texts: {report}")
    for report in theme_words_left(portal):
        print(f"warning: theme words: {report}")
    if untranslated_in is not None:
        others = [lang for lang in portal.languages if lang != portal.default_language]
        if untranslated_in not in others:
            print(f"--untranslated {untranslated_in}: expected one of the site's other languages "
                  f"({', '.join(others) or 'none: site.yml has one language'}), found '{untranslated_in}'", file=sys.stderr)
            return 2
        left = untranslated(portal, untranslated_in)
        print(f"Not yet translated into {untranslated_in}:" if left else f"Everything is translated into {untranslated_in}.")
        for line in left:
            print(f"  {line}")
    return 0


def _ended(portal) -> str:
    # A service past its `ends` is listed nowhere: say so, or the editor wonders where it went.
    ended = sorted(portal.ended_services)
    return f" listed (and {len(ended)} ended before the build date, not listed: {', '.join(ended)})" if ended else ""


def _others_in_team(portal) -> str:
    others = len(portal.team) - len(link_workers(portal))
    return f" (and {others} more in the team, covering no place: leads, managers, hub)" if others else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="signpost", description="Signpost: social prescribing portals from plain content files.")
    commands = parser.add_subparsers(dest="command", required=True)
    check_parser = commands.add_parser("check", help="validate content/ and report translation coverage")
    check_parser.add_argument("content", nargs="?", default="content", type=Path, help="the content folder (default: content)")
    check_parser.add_argument("--untranslated", metavar="LANG", help="also list every text not yet translated into LANG "
                              "(a language of site.yml's languages), by the file to write")
    schema_parser = commands.add_parser("schema", help="write a JSON Schema per content kind, and VS Code's mapping to them")
    schema_parser.add_argument("--out", default="schemas", type=Path, help="folder for the schemas (default: schemas)")
    schema_parser.add_argument("--vscode", default=".vscode/settings.json", type=Path,
                               help="VS Code settings to merge the mapping into (default: .vscode/settings.json)")
    receiver_cli.add_parser(commands)
    scaffold_cli.add_parser(commands)
    scaffold_cli.add_language_parser(commands)
    args = parser.parse_args(argv)
    if args.command == "check":
        # `signpost check | head` ends quietly. Only here: a server (the receiver) must outlive its log reader.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        return check(args.content, args.untranslated)
    if args.command == "schema":
        written = write_schemas(args.out, args.vscode)
        print(f"Wrote {len(written)} files: {len(written) - 1} schemas in {args.out}/ and {args.vscode}")
        return 0
    if args.command == "receiver":
        return receiver_cli.run(args)
    if args.command == "new":
        return scaffold_cli.run(args)
    if args.command == "new-language":
        return scaffold_cli.run_language(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
