"""Cross-checks of the referral forms: the pathways they name, where they post, and their overlays."""
from __future__ import annotations

from signpost.errors import ContentError, display_path
from signpost.portal import Item, Portal
from signpost.source import read_document
from signpost.validation import unknown_message


def check_forms(portal: Portal, present: dict[str, set[str]] | None = None) -> list[ContentError]:
    """`present` holds the ids of items whose files exist but failed validation: reported already."""
    present = present or {}
    errors: list[ContentError] = []
    for item in portal.forms.values():
        form = item.data
        for index, pathway in enumerate(form.pathways):
            if pathway not in portal.pathways and pathway not in present.get("pathways", ()):
                errors.append(ContentError(item.file, item.lines.get(("pathways", index), 1), f"pathways[{index}]",
                                           unknown_message("pathway", pathway, list(portal.pathways))))
        if form.endpoint is None and portal.site.data.forms is None:
            errors.append(ContentError(
                portal.site.file, 1, "forms",
                f"the form {item.file} needs somewhere to post: expected `forms: {{endpoint: https://...}}` in "
                "site.yml (or `endpoint:` in the form)"))
        ids = [field.id for field in form.fields]
        for index, field in enumerate(form.fields):
            for position, other in enumerate(field.together):
                if other not in ids or other == field.id:
                    errors.append(ContentError(item.file, item.lines.get(("fields", index, "together", position), 1),
                                               f"fields[{index}].together[{position}]",
                                               unknown_message("field", other, [i for i in ids if i != field.id])))
        for lang in sorted(item.overlays):
            errors += _check_overlay(portal, item, lang)
    return errors


def _check_overlay(portal: Portal, item: Item, lang: str) -> list[ContentError]:
    overlay = item.overlays[lang]
    fields = {field.id: field for field in item.data.fields}
    problems: list[tuple[tuple, str]] = []
    for field_id, words in overlay.fields.items():
        field = fields.get(field_id)
        if field is None:
            problems.append((("fields", field_id), unknown_message("field", field_id, list(fields))))
            continue
        if words.hint and not field.hint:
            problems.append((("fields", field_id, "hint"), f"'{field_id}' has no hint in {item.id}.yml to translate"))
        if words.stop and not field.stop:
            problems.append((("fields", field_id, "stop"), f"'{field_id}' has no stop text in {item.id}.yml to translate"))
        option_ids = [option.id for option in field.options]
        for option_id in words.options:
            if option_id not in option_ids:
                problems.append((("fields", field_id, "options", option_id),
                                 unknown_message("option", option_id, option_ids)))
    if not problems:
        return []
    path = portal.root / "forms" / f"{item.id}.{lang}.yml"
    document, _ = read_document(path, display_path(path, portal.root))
    return [ContentError(document.file if document else str(path), document.line_of(where) if document else 1,
                         ".".join(str(part) for part in where), message)
            for where, message in problems]
