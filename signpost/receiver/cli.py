"""`signpost receiver ...`: serve, keygen, export and purge."""
from __future__ import annotations

import argparse
import csv
import io
import json
import logging
import sys
from pathlib import Path

from nacl.exceptions import CryptoError

from signpost.errors import ContentErrors
from signpost.forms.models import CHOICE_TYPES
from signpost.forms.words import choices
from signpost.load import load_portal
from signpost.receiver.problems import OperatorError
from signpost.receiver.proposals import export_proposals, with_service_files
from signpost.receiver.ratelimit import Limit
from signpost.receiver.sealing import PRIVATE_KEY, PUBLIC_KEY, generate_keys, load_private_key, unseal
from signpost.receiver.storage import DATABASE, check_database, purge, read_rows

DATA = Path(".receiver")


def add_parser(commands) -> None:
    receiver = commands.add_parser("receiver", help="the referral form receiver: serve, keygen, export, purge")
    sub = receiver.add_subparsers(dest="receiver_command", required=True)

    serve = sub.add_parser("serve", help="take form posts, seal them to the team's public key, store them")
    serve.add_argument("--content", type=Path, default=Path("content"), help="the content folder (default: content)")
    serve.add_argument("--data", type=Path, default=DATA, help=f"holds {PUBLIC_KEY} and {DATABASE} (default: .receiver)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8001)
    serve.add_argument("--site-origin", action="append", default=[], metavar="URL",
                       help="another origin the forms are served from, besides site.yml's url; repeatable")
    serve.add_argument("--dev", action="store_true",
                       help="also accept posts from a local preview on this machine (http://127.0.0.1 or localhost, any port, as `make serve` runs it); "
                            "never on a live receiver")
    serve.add_argument("--trust-proxy", action="append", default=[], metavar="IP",
                       help="the address of a reverse proxy in front of the receiver: only from it are X-Forwarded-For "
                            "and X-Forwarded-Proto believed (default: no proxy is trusted); repeatable")
    serve.add_argument("--max-body", type=int, default=64 * 1024, help="largest post in bytes (default: 65536)")
    serve.add_argument("--per-address", type=Limit.parse, default=Limit(10, 60), metavar="N/SECONDS",
                       help="posts allowed from one address (default: 10/60)")
    serve.add_argument("--per-form", type=Limit.parse, default=Limit(600, 60), metavar="N/SECONDS",
                       help="submissions stored for one form (default: 600/60); refused and junk posts do not count")
    serve.add_argument("--header-timeout", type=float, default=10.0, metavar="SECONDS",
                       help="time for a request's headers to arrive (default: 10)")
    serve.add_argument("--body-timeout", type=float, default=20.0, metavar="SECONDS",
                       help="time for a post's body to arrive (default: 20)")
    serve.add_argument("--max-connections", type=int, default=1000,
                       help="open connections in all, kept below the file limit (default: 1000)")
    serve.add_argument("--max-connections-per-address", type=int, default=32, metavar="N",
                       help="open connections from one address, a trusted proxy excepted (default: 32)")
    serve.add_argument("--smtp-host", help="send the team a notification email (no submitted content) through this server")
    serve.add_argument("--smtp-port", type=int, default=25)
    serve.add_argument("--smtp-starttls", action="store_true")
    serve.add_argument("--notify-from", default="receiver@localhost")
    serve.add_argument("--notify-to")

    keygen = sub.add_parser("keygen", help=f"make the team's key pair: {PUBLIC_KEY} for the receiver, {PRIVATE_KEY} for the team")
    keygen.add_argument("--out", type=Path, default=DATA)
    keygen.add_argument("--if-missing", action="store_true", help="do nothing when a key pair is already there")

    export = sub.add_parser("export", help="decrypt the stored submissions with the private key, as CSV or JSON")
    export.add_argument("--private-key", type=Path, required=True)
    export.add_argument("--data", type=Path, default=DATA)
    export.add_argument("--format", choices=("csv", "json"), default="csv")
    export.add_argument("--output", type=Path, help="a file (default: standard output)")
    export.add_argument("--proposals", type=Path, metavar="DIR",
                        help="also write each 'update your listing' proposal as a YAML service file in DIR")
    export.add_argument("--content", type=Path, default=Path("content"), help="the content folder (default: content)")

    purge_parser = sub.add_parser("purge", help="delete submissions older than some days")
    purge_parser.add_argument("--older-than", type=int, required=True, metavar="DAYS")
    purge_parser.add_argument("--data", type=Path, default=DATA)


def run(args: argparse.Namespace) -> int:
    command = {"serve": serve, "keygen": keygen, "export": export, "purge": purge_command}[args.receiver_command]
    try:
        return command(args)
    except OperatorError as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    from signpost.receiver.app import ReceiverConfig, create_app
    from signpost.receiver.notify import Notifier
    from signpost.receiver.server import Guard, LogThrottle, connection_ceiling, guarded_protocol
    from signpost.receiver.startup import check_data_folder

    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s receiver %(levelname)s %(message)s"))
    handler.addFilter(LogThrottle())
    logging.basicConfig(level=logging.INFO, handlers=[handler], force=True)
    check_data_folder(args.data)
    notifier = None
    if args.smtp_host and args.notify_to:
        notifier = Notifier(args.smtp_host, args.smtp_port, args.notify_from, args.notify_to, args.smtp_starttls)
    config = ReceiverConfig(content=args.content, data=args.data, site_origins=tuple(args.site_origin), dev=args.dev,
                            max_body=args.max_body, body_timeout=args.body_timeout,
                            per_address=args.per_address, per_form=args.per_form, notifier=notifier)
    try:
        app = create_app(config)
    except ContentErrors as errors:
        print(errors, file=sys.stderr)
        return 1
    guard = Guard(header_timeout=args.header_timeout, max_connections=connection_ceiling(args.max_connections),
                  per_address=args.max_connections_per_address, trusted_proxies=frozenset(args.trust_proxy))
    # No access log: it would hold senders' addresses. log_config=None: every line goes through the
    # handler above, so uvicorn's and asyncio's warnings are throttled too. Proxy headers are believed
    # only from a proxy the operator named (uvicorn otherwise trusts them from 127.0.0.1).
    uvicorn.run(app, host=args.host, port=args.port, http=guarded_protocol(guard), log_config=None,
                access_log=False, log_level="info", server_header=False, proxy_headers=bool(args.trust_proxy),
                forwarded_allow_ips=list(args.trust_proxy) or None, timeout_keep_alive=5)
    return 0


def keygen(args: argparse.Namespace) -> int:
    if args.if_missing and (args.out / PUBLIC_KEY).exists():
        return 0
    public, private = generate_keys(args.out)
    print(f"public key: {public} (for the receiver)\nprivate key: {private} (for the team only; keep it off the receiver's host)")
    return 0


def decrypted(data: Path, private_key: Path) -> list[dict]:
    """Every stored submission, opened. Raises OperatorError when the key or the database is not right."""
    key = load_private_key(private_key)
    check_database(data / DATABASE, create=False)
    records = []
    for row in read_rows(data / DATABASE):
        try:
            opened = unseal(key, row.sealed)
        except CryptoError:
            raise OperatorError(f"{private_key} does not open the submissions in {data / DATABASE}: pass the private "
                                f"key made together with the receiver's {PUBLIC_KEY}") from None
        records.append({"reference": row.id, **json.loads(opened)})
    return records


def export(args: argparse.Namespace) -> int:
    records = with_service_files(decrypted(args.data, args.private_key))
    if args.proposals:
        export_proposals(args.content, records, args.proposals)
    if args.format == "json":
        text = json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    else:
        text = to_csv(records, choice_labels(args.content))
    if args.output:
        args.output.write_text(text, encoding="utf-8")
        args.output.chmod(0o600)
    else:
        sys.stdout.write(text)
    return 0


def choice_labels(content: Path) -> dict[str, dict[str, dict[str, str]]]:
    """Form id -> question id -> choice id -> its label in the default language, from `content`, so a
    spreadsheet reads "Food; Housing" rather than ids. Empty (ids kept) when the content does not load."""
    try:
        portal = load_portal(content)
    except ContentErrors:
        print(f"signpost receiver export: {content} has errors, so choices are shown as ids", file=sys.stderr)
        return {}
    lang = portal.default_language
    return {form_id: {field.id: {choice.id: str(choice.label.text) for choice in choices(portal, form, field, lang)}
                      for field in form.data.fields if field.type in CHOICE_TYPES}
            for form_id, form in portal.forms.items()}


def to_csv(records: list[dict], labels: dict[str, dict[str, dict[str, str]]] | None = None) -> str:
    """One row a submission; one column an answer, lists of choices joined with '; '. A choice is shown
    by its label where `labels` (from `choice_labels`) has it; JSON export keeps the ids."""
    columns = ["reference", "form", "lang", "received"]
    for record in records:
        for name in record["answers"]:
            if name not in columns:
                columns.append(name)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    for record in records:
        row = {key: record[key] for key in ("reference", "form", "lang", "received")}
        named = (labels or {}).get(record["form"], {})
        for name, value in record["answers"].items():
            shown = [named.get(name, {}).get(item, item) for item in (value if isinstance(value, list) else [value])]
            row[name] = "; ".join(shown) if isinstance(value, list) else _safe_cell(shown[0])
        writer.writerow(row)
    return out.getvalue()


def _safe_cell(value: str) -> str:
    # A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection).
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def purge_command(args: argparse.Namespace) -> int:
    check_database(args.data / DATABASE, create=False)
    deleted = purge(args.data / DATABASE, args.older_than)
    print(f"deleted {deleted} submissions older than {args.older_than} days")
    return 0
