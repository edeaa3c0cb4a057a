"""What the team exports from the two listing forms, beside the referrals.

- "suggest a change" (content/forms/suggest-a-change.yml): each record gains `service_file`, the
  content file to correct (`content/services/ID.yml`);
- "update your listing" (content/forms/update-listing.yml): each record becomes a YAML file in the
  content format, validated by the same model as content/services/*.yml, with every error listed at its
  top, for an editor to review and copy into content/services/;
- the organisation's `update_contact` is told that a suggestion arrived (the notification carries no
  submitted content)."""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from signpost.checks.schedules import item_schedule_errors
from signpost.errors import ContentError, ContentErrors
from signpost.load import load_portal
from signpost.models.base import as_id
from signpost.models.content import Service
from signpost.portal import Item, Portal
from signpost.source import read_document
from signpost.validation import validate

SUGGEST = "suggest-a-change"
UPDATE = "update-listing"
# Answers of the update-listing form copied as they are into the service's fields.
SESSION_ROWS = 3  # content/forms/update-listing.yml asks for up to three weekly sessions
_SAME = ("summary", "description", "needs", "areas", "referral", "cost", "languages", "delivery")


@dataclass(frozen=True)
class Proposal:
    path: Path
    service_id: str
    errors: list[ContentError]


def update_contacts(portal: Portal, form_id: str, answers: dict) -> tuple[str, ...]:
    """The update contact of the organisation running the service a suggestion is about, if it has one."""
    service = portal.services.get(str(answers.get("service", ""))) if form_id in (SUGGEST, UPDATE) else None
    organisation = portal.organisations.get(service.data.organisation) if service else None
    contact = organisation.data.update_contact if organisation else None
    return (contact,) if contact else ()


def with_service_files(records: list[dict]) -> list[dict]:
    """Adds `service_file` to each suggestion's answers: the file the editor corrects."""
    for record in records:
        if record.get("form") not in (SUGGEST, UPDATE):
            continue
        service = record.get("answers", {}).get("service")
        if service:
            record["answers"]["service_file"] = f"content/services/{service}.yml"
    return records


def slug(text: str) -> str:
    return as_id(text) or "new-service"


def sessions(answers: dict) -> list[dict]:
    """The form's session rows (`session-N-day`, `-opens`, `-closes`) as the service's `schedule:`, rows
    with the same times joined into one slot of several days, in the order first given."""
    slots: dict[tuple[str, str], list[str]] = {}
    for number in range(1, SESSION_ROWS + 1):
        day, opens, closes = (answers.get(f"session-{number}-{part}") for part in ("day", "opens", "closes"))
        if day and opens and closes:
            slots.setdefault((opens, closes), []).append(day)
    return [{"days": days, "opens": opens, "closes": closes} for (opens, closes), days in slots.items()]


def service_document(portal: Portal, record: dict) -> tuple[str, dict, list[str]]:
    """(service id, the service's fields in content order, notes for the editor) from one proposal."""
    answers = record["answers"]
    service_id = answers.get("service") or slug(answers.get("service-name", ""))
    notes = []
    named = {item.data.name.casefold(): key for key, item in portal.organisations.items()}
    organisation = named.get(str(answers.get("organisation-name", "")).casefold())
    if organisation is None:
        organisation = slug(answers.get("organisation-name", ""))
        notes.append(f"organisation: '{answers.get('organisation-name')}' is not in content/organisations/: "
                     f"add content/organisations/{organisation}.yml, or change this to an existing id")
    data = {"name": answers.get("service-name"), "organisation": organisation}
    data.update({key: answers[key] for key in _SAME if key in answers})
    if answers.get("address") or answers.get("postcode") or answers.get("venue"):
        data["locations"] = [{key: value for key, value in (("name", answers.get("venue")), ("address", answers.get("address")),
                                                            ("postcode", answers.get("postcode"))) if value}]
    schedule = sessions(answers)
    if schedule:
        data["schedule"] = schedule
    if answers.get("when"):  # what the rows cannot say (not in school holidays ...), as the partner wrote it
        data["schedule_note"] = answers["when"]
    data["contact"] = {key: answers[key] for key in ("phone", "email", "website") if answers.get(key)}
    data["reviewed"] = str(record["received"])[:10]
    return service_id, data, notes


def write_proposal(portal: Portal, record: dict, folder: Path) -> Proposal:
    """Writes `folder/REFERENCE-SERVICE.yml`; its errors, from the content model, are listed at its top."""
    service_id, data, notes = service_document(portal, record)
    path = Path(folder) / f"{record['reference']}-{service_id}.yml"
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    path.write_text(body, encoding="utf-8")
    document, errors = read_document(path, path.name)
    if document is not None:
        service, found = validate(Service, document)
        errors += found
        if service is not None:  # closing before opening, a day twice: what `signpost check` would say
            errors += item_schedule_errors(Item(service_id, path.name, service, lines=document.lines))
    errors += [ContentError(path.name, 1, "", note) for note in notes]
    action = (f"an update to content/services/{service_id}.yml" if record["answers"].get("service")
              else f"a new service: save as content/services/{service_id}.yml")
    header = [f"# Proposal {record['reference']} (received {record['received']}): {action}.",
              "# Check it with the organisation, correct it, run `signpost check`, then copy it into content/."]
    header += [f"# ERROR {error.field or 'file'}: {error.message}" for error in errors] or ["# No errors found."]
    shifted = [ContentError(e.file, e.line + len(header), e.field, e.message, e.column) for e in errors]
    path.write_text("\n".join(header) + "\n" + body, encoding="utf-8")
    path.chmod(0o600)
    return Proposal(path, service_id, shifted)


def write_proposals(portal: Portal, records: list[dict], folder: Path) -> list[Proposal]:
    """One file a proposal of the update-listing form, in `folder` (created)."""
    Path(folder).mkdir(parents=True, exist_ok=True)
    return [write_proposal(portal, record, folder) for record in records if record.get("form") == UPDATE]


def export_proposals(content: Path, records: list[dict], folder: Path) -> int:
    """`signpost receiver export --proposals DIR`: writes the proposals and prints what each needs;
    returns the number of proposals with errors (content errors print as `file:line: field: message`)."""
    try:
        portal = load_portal(Path(content))
    except ContentErrors as errors:
        print(f"proposals not written: {errors}", file=sys.stderr)
        return len(records)
    failed = 0
    for proposal in write_proposals(portal, records, folder):
        print(f"{proposal.path}: {len(proposal.errors)} errors", file=sys.stderr)
        for error in proposal.errors:
            print(f"  {error}", file=sys.stderr)
        failed += bool(proposal.errors)
    return failed
