"""Reading leaflet PDFs back in tests: their text, images and characters (pdfminer.six)."""
from __future__ import annotations

import io

from pdfminer.high_level import extract_pages, extract_text
from pdfminer.layout import LTChar, LTImage
from PIL import Image


def pdf_text(data: bytes) -> str:
    return extract_text(io.BytesIO(data))


def _walk(item):
    yield item
    if hasattr(item, "__iter__"):
        for child in item:
            yield from _walk(child)


def pdf_images(data: bytes) -> list[Image.Image]:
    """Every raster image drawn on the PDF's pages, decoded from the PDF's own streams."""
    images = []
    for page in extract_pages(io.BytesIO(data)):
        for item in _walk(page):
            if isinstance(item, LTImage):
                width, height = item.srcsize
                mode = "RGB" if "RGB" in str(item.colorspace) else "L"
                images.append(Image.frombytes(mode, (width, height), item.stream.get_data()))
    return images


def pdf_chars(data: bytes, page_number: int = 0) -> list[LTChar]:
    pages = list(extract_pages(io.BytesIO(data), page_numbers=[page_number]))
    return [item for item in _walk(pages[0]) if isinstance(item, LTChar)]
