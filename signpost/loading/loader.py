"""Reads content files one at a time, keeping every error (and every note of text in a language the
site does not build) for one report."""
from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel

from signpost.checks.fields_in_text import fields_in_text
from signpost.checks.sizes import oversized
from signpost.errors import ContentError, display_path
from signpost.language_codes import is_language_code, suggestion
from signpost.source import Document, read_document
from signpost.validation import unknown_message, validate



class Loader:
    """What loading has found so far: the errors, the ids that have a file, the languages not built."""

    def __init__(self, root: Path):
        self.root = root
        self.errors: list[ContentError] = []
        self.invalid: list[Document] = []  # the documents a model refused
        self.present: dict[str, set[str]] = {}  # ids with a file, valid or not
        # False when site.yml failed: languages are then guessed, and not held against other files.
        self.languages_known = True
        self.not_built: dict[str, list[str]] = {}  # language -> files holding text in it, kept but not built
        self.partial: dict[str, list] = {}  # collection -> Items of files that failed validation, for crossrefs
        self.warnings: list[ContentError] = []  # what does not stop a build (list labels not yet translated)
        self.default_language: str | None = None
        self.label_fallbacks: set[tuple[str, str, str]] = set()  # (list, id, language) shown in the default language

    def offered(self, file: str, lang: str, languages: list[str], line: int = 1, field: str = "") -> bool:
        """True when `lang` is offered. Text in another language code (fr, so) is kept and noted as not built,
        so a language can be turned off (or prepared) in one edit; anything else ('arb', 'arabic') is an error."""
        if lang in languages:
            return True
        if not self.languages_known:  # site.yml failed: its languages are guessed, so hold nothing against this file
            return False
        if is_language_code(lang):
            files = self.not_built.setdefault(lang, [])
            if file not in files:
                files.append(file)
        else:
            message = unknown_message("language", lang, languages) + " (the languages in site.yml)"
            meant = suggestion(lang)
            if "did you mean" not in message and meant:  # 'urd': Urdu, not yet in site.yml
                message = message.replace(f"'{lang}'", f"'{lang}' (did you mean '{meant}'?)", 1)
            self.error(file, line, field, message)
        return False

    def not_built_notes(self, languages: list[str]) -> list[ContentError]:
        """One warning a language the site does not offer, naming how many files hold text in it."""
        notes = []
        for lang, files in sorted(self.not_built.items()):
            count = f"{len(files)} file{'s' if len(files) != 1 else ''}"
            notes.append(ContentError(files[0], 1, "", (
                f"'{lang}' is not built: it is not among the languages in site.yml ({', '.join(languages)}); "
                f"the text in it ({count}, such as this one) is kept. Add '{lang}' to languages: in site.yml to build it")))
        return notes

    def read(self, path: Path) -> Document | None:
        document, errors = read_document(path, display_path(path, self.root))
        self.errors += errors
        if document is not None:
            self.errors += oversized(document)
        return document

    def error(self, file: str, line: int, field: str, message: str) -> None:
        self.errors.append(ContentError(file, line, field, message))

    def model(self, model: type[BaseModel], document: Document | None):
        if document is None:
            return None
        instance, errors = validate(model, document)
        self.errors += errors
        self.warnings += fields_in_text(model, document)
        if instance is None:
            self.invalid.append(document)  # (checks across fields read it again: one error hides no other)
        return instance

    def unread(self, folder: Path, allowed_folders: tuple[str, ...] | None = ()) -> None:
        """Reports what in `folder` would be skipped: `.yaml` files, and sub-folders but those allowed
        (None: any)."""
        if not folder.is_dir():
            return
        for path in sorted(folder.iterdir(), key=lambda path: path.name):  # as by path, faster: one folder
            shown = display_path(path, self.root)
            if path.is_file() and path.suffix.lower() == ".yaml":
                self.error(shown, 1, "", f"not read: content files end in .yml; rename it {path.stem}.yml")
            elif path.is_file() and path.suffix.lower() == ".yml" and path.suffix != ".yml":
                self.error(shown, 1, "", f"not read: content files end in .yml in lower case; rename it {path.stem}.yml")
            elif path.is_dir() and allowed_folders is not None and path.name not in allowed_folders \
                    and not path.name.startswith("."):
                self.error(shown, 1, "", f"not read: sub-folders of {display_path(folder, self.root)}/ are not read; "
                                         f"move the files in {path.name}/ up into {folder.name}/")
