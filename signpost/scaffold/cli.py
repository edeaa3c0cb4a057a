"""`signpost new DIR --languages en,ar`: the command line of the scaffold."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from signpost.scaffold import ScaffoldError, new_portal


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
    print(f"A new portal in {args.folder} ({len(written)} files, languages: {', '.join(languages)}). Next:")
    print(f"  cd {args.folder} && make check && make serve   (then read README.md there)")
    return 0
