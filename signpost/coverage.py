"""How much of the content each language has translated, for editors."""
from __future__ import annotations

from pathlib import Path

import yaml

from signpost.loading.theme_words import PREFIX as THEME_PREFIX, THEME_LANGUAGES, is_theme_words, not_given, words_left_in_english
from signpost.models.base import translatable_fields
from signpost.portal import Portal
from signpost.untranslated import language_name


def translation_coverage(portal: Portal) -> dict[str, tuple[int, int]]:
    """For each non-default language: (translated fields, translatable fields), strings included."""
    default = portal.default_language
    coverage = {}
    for lang in portal.languages:
        if lang == default:
            continue
        fields = [translated for _, _, translated in _translatable(portal, lang)]
        keys = portal.strings.get(default, {})
        coverage[lang] = (sum(fields) + sum(key in portal.strings.get(lang, {}) for key in keys), len(fields) + len(keys))
    return coverage


def untranslated(portal: Portal, lang: str) -> list[str]:
    """What `lang` still lacks, for an editor to write: one line a file to write or complete, naming
    what it lacks ('content/services/food-bank.ar.yml: name, summary'): the content's fields, the
    hand-written pages, every interface string by its file, the controlled lists' labels, and the
    theme's words where the theme has none in `lang`."""
    left: dict[str, list[str]] = {}
    for item, name, translated in _translatable(portal, lang):
        if not translated:
            left.setdefault(item.file.removesuffix(".yml") + f".{lang}.yml", []).append(name)
    lines = [f"{file}: {', '.join(names)}" for file, names in sorted(left.items())]
    shown = language_name(portal.default_language, portal.default_language)
    lines += [f"{page}: the whole page (its {shown} version is shown until then)"
              for page in _untranslated_pages(portal.root.parent / "docs", lang)]
    lines += [f"content/strings/{file}: {', '.join(keys)}" for file, keys in _missing_by_file(portal, lang).items()]
    lines += [f"content/lists/{name}.{lang}.yml: {', '.join(entries)}" for name, entries in _unlabelled(portal, lang).items()]
    theme = not_given(portal.theme_words.get(lang, {})) if lang not in THEME_LANGUAGES else []
    if theme:  # (the theme's words: English until given; words_left_in_english)
        lines.append(f"content/strings/{THEME_PREFIX}{lang}.yml: {', '.join(theme)} (the theme's words, English until given)")
    return lines


def _unlabelled(portal: Portal, lang: str) -> dict[str, list[str]]:
    # {controlled list: its entries whose `lang` label falls back to the default language's}, in the list's order.
    return {name: missing for name, entries in sorted(portal.lists.items())
            if (missing := [entry for entry in entries if (name, entry, lang) in portal.label_fallbacks])}


def page_coverage(portal: Portal, lang: str) -> tuple[int, int]:
    """(hand-written pages with a page of their own in `lang`, hand-written pages) under docs/."""
    pages = _hand_written(portal.root.parent / "docs")
    return sum(_in_language(path, lang).exists() for path in pages), len(pages)


def _hand_written(docs: Path) -> list[Path]:
    # The default language's hand-written pages (docs/privacy.md), not the generated ones.
    return [path for path in sorted(docs.rglob("*.md")) if "generated" not in path.relative_to(docs).parts
            and "." not in path.stem] if docs.is_dir() else []


def _in_language(page: Path, lang: str) -> Path:
    # docs/privacy.md -> docs/privacy.ar.md
    return page.with_name(f"{page.stem}.{lang}.md")


def _untranslated_pages(docs: Path, lang: str) -> list[str]:
    # Hand-written pages (docs/privacy.md) with no page of their own in `lang` (docs/privacy.ar.md).
    return [f"docs/{_in_language(path, lang).relative_to(docs).as_posix()}" for path in _hand_written(docs)
            if not _in_language(path, lang).exists()]


def _translatable(portal: Portal, lang: str):
    # (item, field, translated into `lang`) for each translatable field the default language has: one
    # left empty (`include: []`, a list's default) has nothing to translate.
    collections = [portal.needs, portal.services, portal.team, portal.stories, portal.pathways, portal.leaflets,
                   portal.forms, portal.news, portal.notices, portal.quotes, portal.partners, portal.funding,
                   portal.resources, {"site": portal.site}]
    for items in collections:
        for item in items.values():
            overlay = item.overlays.get(lang)
            for name in translatable_fields(type(item.data)):
                if getattr(item.data, name):
                    yield item, name, overlay is not None and getattr(overlay, name) is not None


def _default_files(portal: Portal) -> dict[str, str]:
    # key -> the default language's file of interface strings that holds it, such as 'forms.en.yml'.
    default = portal.default_language
    folder = portal.root / "strings"
    files = {}
    for path in sorted(folder.glob(f"*{default}.yml")) if folder.is_dir() else []:
        if path.stem.rsplit(".", 1)[-1] == default and not is_theme_words(path.name):
            document = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) or {}
            files.update({key: path.name for key in document} if isinstance(document, dict) else {})
    return files


def _missing_by_file(portal: Portal, lang: str) -> dict[str, list[str]]:
    # {file of `lang`'s interface strings to write, such as 'forms.so.yml': the keys it lacks}, every key.
    default = portal.default_language
    files, by_file = _default_files(portal), {}
    for key in portal.strings.get(default, {}):
        if key not in portal.strings.get(lang, {}):
            by_file.setdefault(files.get(key, f"{default}.yml").replace(f"{default}.yml", f"{lang}.yml"), []).append(key)
    return dict(sorted(by_file.items()))


def missing_strings(portal: Portal) -> list[str]:
    """One plain sentence a language whose interface strings are missing, naming the files to add,
    the keys (the first few) and what its readers will see instead."""
    default = portal.default_language
    keys = portal.strings.get(default, {})
    reports = []
    for lang in portal.languages:
        by_file = _missing_by_file(portal, lang) if lang != default else {}
        if not by_file:
            continue
        missing = [key for key in keys if key not in portal.strings.get(lang, {})]  # (in the default file's order)
        where = list(by_file)
        name, fallback = language_name(lang, default), language_name(default, default)
        shown = ", ".join(missing[:8]) + (f" and {len(missing) - 8} more" if len(missing) > 8 else "")
        whole = "no interface strings at all" if len(missing) == len(keys) else f"{len(missing)} of {len(keys)} interface strings missing"
        reports.append(f"{lang} ({name}): {whole}, to add in {', '.join(f'content/strings/{file}' for file in where)}: "
                       f"{shown}. {name} readers see these in {fallback} instead.")
    return reports


def untranslated_site_name(portal: Portal) -> list[str]:
    """One sentence per language whose site name falls back: it shows in the header and in every
    page's <title>, where no `lang` mark can say it is in another language."""
    default = portal.default_language
    reports = []
    for lang in portal.languages:
        overlay = portal.site.overlays.get(lang)
        if lang != default and (overlay is None or getattr(overlay, "name", None) is None):
            name, fallback = language_name(lang, default), language_name(default, default)
            reports.append(f"{lang} ({name}): the site's name is not translated, add name: to content/site.{lang}.yml. "
                           f"{name} readers see it in {fallback} in the header and every page's title.")
    return reports


def untranslated_site_texts(portal: Portal) -> list[str]:
    """One sentence per language whose content/site.CODE.yml exists (its translation begun, say by
    `signpost new-language`) but leaves some of site.yml's texts untranslated, naming them (the site's
    name has its own sentence, untranslated_site_name)."""
    default = portal.default_language
    reports = []
    for lang in portal.languages:
        if lang == default or not (portal.root / f"site.{lang}.yml").is_file():
            continue
        overlay = portal.site.overlays.get(lang)
        # Only the texts site.yml has: `impact: []` (its default) or an empty text is nothing to translate.
        left = [name for name in translatable_fields(type(portal.site.data)) if name != "name"
                and getattr(portal.site.data, name) and (overlay is None or getattr(overlay, name) is None)]
        if left:
            name, fallback = language_name(lang, default), language_name(default, default)
            reports.append(f"{lang} ({name}): content/site.{lang}.yml leaves {', '.join(left)} untranslated; "
                           f"{name} readers see {'it' if len(left) == 1 else 'them'} in {fallback}.")
    return reports


def theme_words_left(portal: Portal) -> list[str]:
    """One sentence per language of the site that the theme (Material) has no words for, naming the
    words a page shows that content/strings/theme.<lang>.yml does not give: they show in English."""
    return [sentence for lang in portal.languages if lang not in THEME_LANGUAGES
            for sentence in [words_left_in_english(lang, portal.theme_words.get(lang, {}))] if sentence]
