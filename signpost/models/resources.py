"""content/resources/ID.yml: a report, self-help guide or external toolkit (never a generated leaflet)."""
from __future__ import annotations

import re
from typing import Annotated, Literal, Optional

from pydantic import AfterValidator

from signpost.models.base import Date, Id, Model, TText, WebAddress, cross_field
from signpost.models.content import Audience

ResourceKind = Literal["report", "guide", "toolkit", "other"]
# A file committed under docs/ (PDF, Word, ODF, spreadsheet), linked and its size shown.
_DOC = re.compile(r"^(?!.*\.\.)[a-z0-9_./-]+\.(pdf|docx|odt|xlsx|ods|pptx|csv|txt)$")


def _doc_path(value: str) -> str:
    if not _DOC.match(value):
        raise ValueError("expected a file path inside docs/, such as 'assets/resources/annual-report.pdf'")
    return value


DocPath = Annotated[str, AfterValidator(_doc_path)]


class Resource(Model):
    """Listed on /resources/ and on the pathway pages of its `audience`. Exactly one of `file`
    (under docs/) or `link` (a web address); `language` is the language the document is in."""

    title: TText
    kind: ResourceKind = "other"
    summary: Optional[TText] = None
    file: Optional[DocPath] = None
    link: Optional[WebAddress] = None
    audience: list[Audience] = []
    language: Optional[Id] = None
    date: Optional[Date] = None

    @cross_field("file", "link")
    def _file_or_link(self):
        if bool(self.file) == bool(self.link):
            raise ValueError("file: expected a file under docs/ or a link, exactly one of them, "
                             f"found {'both' if self.file else 'neither'}")
        return self
