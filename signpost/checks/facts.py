"""Every `{{ ... }}` in the content's translatable text, and in the hand-written pages of docs/, names a
fact the site gives (signpost.facts), checked once at load time so `signpost check` reports it and a page
never fails half-built."""
from __future__ import annotations

import re
from pathlib import Path

from signpost.checks import line_of
from signpost.checks.front_matter import front_matter_end, opens_front_matter
from signpost.errors import ContentError, display_path
from signpost.facts import BLOCK_FACTS, FactError, fill, has_facts, page_values, site_facts
from signpost.models.base import translatable_fields
from signpost.portal import Portal
from signpost.files import hand_written_pages

_PAGE_LANGUAGE = re.compile(r"\.([a-z]{2,3}(?:-[a-z0-9]{2,8})?)\.md$")
COLLECTIONS = ("services", "needs", "team", "stories", "pathways", "forms", "leaflets", "news", "notices",
               "quotes", "partners", "funding", "resources")


def check_facts(portal: Portal) -> list[ContentError]:
    errors: list[ContentError] = []
    items = [portal.site] + [item for name in COLLECTIONS for item in getattr(portal, name).values()]
    for item in items:
        for field in translatable_fields(type(item.data)):
            for lang, source in [(portal.default_language, item.data), *item.overlays.items()]:
                value = getattr(source, field, None)
                texts = value if isinstance(value, list) else [value]
                for index, text in enumerate(texts):
                    if not isinstance(text, str) or not has_facts(text):
                        continue
                    try:
                        fill(text, site_facts(portal, lang))
                    except FactError as error:
                        path = field if not isinstance(value, list) else f"{field}[{index}]"
                        file = item.file if source is item.data else item.file.replace(".yml", f".{lang}.yml")
                        errors += [ContentError(file, line_of(item, (field,)) if source is item.data else 1,
                                                path, str(each)) for each in error.each]
    errors += _form_questions(portal)
    return errors


def _form_questions(portal: Portal) -> list[ContentError]:
    """A form's questions keep their words under `fields:` (labels, hints, stop texts)."""
    errors = []
    for form in portal.forms.values():
        for lang, source in [(portal.default_language, None), *form.overlays.items()]:
            for index, field in enumerate(form.data.fields):
                words = field if source is None else source.fields.get(field.id)
                for attribute in ("label", "hint", "stop"):
                    text = getattr(words, attribute, None)
                    if not isinstance(text, str) or not has_facts(text):
                        continue
                    try:
                        fill(text, site_facts(portal, lang))
                    except FactError as error:
                        file = form.file if source is None else form.file.replace(".yml", f".{lang}.yml")
                        where = f"fields[{index}].{attribute}" if source is None else f"fields.{field.id}.{attribute}"
                        errors += [ContentError(file, line_of(form, ("fields", index, attribute)) if source is None else 1,
                                                where, str(each)) for each in error.each]
    return errors


def check_page_facts(portal: Portal, docs: Path) -> list[ContentError]:
    """Every `{{ ... }}` in the hand-written pages (docs/**/*.md, not generated ones) names a fact the
    site gives in the page's language, so `signpost check` reports it as the build would, with file and
    line. Blocks (`blocks.notices`) are names only here: they are made when the page is built."""
    errors: list[ContentError] = []
    if not docs.is_dir():
        return errors
    blocks = {name: (lambda: "") for name in BLOCK_FACTS}
    for path in hand_written_pages(docs):
        text = path.read_text(encoding="utf-8", errors="replace")
        if not has_facts(text):
            continue
        suffix = _PAGE_LANGUAGE.search(path.name)
        lang = suffix.group(1) if suffix else portal.default_language
        if lang not in portal.languages:  # a page in a language not built is reported as such elsewhere
            continue
        try:
            fill(_without_front_matter(text), page_values(portal, lang, blocks))
        except FactError as error:
            errors += [ContentError(display_path(path, portal.root), each.line, "", str(each)) for each in error.each]
    return errors


def _without_front_matter(text: str) -> str:
    """The page with its front matter's lines left blank, so a line number is the file's."""
    lines = text.split("\n")
    if not opens_front_matter(lines):
        return text
    end = front_matter_end(lines)
    if end is None:
        return text
    return "\n" * (end + 1) + "\n".join(lines[end + 1:])
