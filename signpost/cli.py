"""The `signpost` command: `signpost check` validates content alone, fast, for editors."""
from __future__ import annotations

import argparse
import signal
import sys
import time
from pathlib import Path

from signpost.coverage import missing_strings, translation_coverage
from signpost.errors import ContentErrors
from signpost.load import load_portal
from signpost.receiver import cli as receiver_cli
from signpost.scaffold import cli as scaffold_cli


def check(content: Path) -> int:
    started = time.perf_counter()
    try:
        portal = load_portal(content)
    except ContentErrors as errors:
        print(errors, file=sys.stderr)
        return 1
    seconds = time.perf_counter() - started
    print(
        f"Content is valid ({seconds:.2f} s): {len(portal.services)} services, {len(portal.needs)} needs, "
        f"{len(portal.team)} link workers, {len(portal.stories)} stories, {len(portal.pathways)} pathways."
    )
    for warning in portal.warnings:
        print(f"warning: {warning}")
    if len(portal.languages) > 1:
        print("Translation coverage:")
    for lang, (done, total) in translation_coverage(portal).items():
        percent = 100 * done // total if total else 100
        print(f"  {lang}: {percent:3d}% ({done} of {total} texts)")
    for report in missing_strings(portal):
        print(f"warning: interface strings: {report}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="signpost", description="Signpost: social prescribing portals from plain content files.")
    commands = parser.add_subparsers(dest="command", required=True)
    check_parser = commands.add_parser("check", help="validate content/ and report translation coverage")
    check_parser.add_argument("content", nargs="?", default="content", type=Path, help="the content folder (default: content)")
    receiver_cli.add_parser(commands)
    scaffold_cli.add_parser(commands)
    args = parser.parse_args(argv)
    if args.command == "check":
        # `signpost check | head` ends quietly. Only here: a server (the receiver) must outlive its log reader.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        return check(args.content)
    if args.command == "receiver":
        return receiver_cli.run(args)
    if args.command == "new":
        return scaffold_cli.run(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
