"""content/news/ID.yml: a dated news item or update."""
from __future__ import annotations

from typing import Optional

from signpost.models.base import Date, ImagePath, Model, TText, cross_field


class NewsItem(Model):
    """Listed newest first on /news/, the latest on the home page, and in each language's Atom feed.
    `body` is Markdown; `image` is a path under docs/ and needs `image_alt`."""

    title: TText
    date: Date
    summary: TText
    body: TText
    image: Optional[ImagePath] = None
    image_alt: Optional[TText] = None

    @cross_field("image", "image_alt")
    def _image_has_alt_text(self):
        if self.image and not self.image_alt:
            raise ValueError("image_alt: expected a description of the image for people who cannot see it")
        return self
