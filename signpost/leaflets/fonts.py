"""The fonts leaflets are set in, and the check that they hold a glyph for every character.

Leaflets use Debian's Noto fonts (fonts-noto-core) by file, never whatever fontconfig would pick, so a
PDF looks the same on every machine. A character none of them covers would be drawn in some other
system font or as an empty box: that fails the build instead, naming the character and the leaflet.
"""
from __future__ import annotations

import ctypes
import functools
import importlib.metadata
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from fontTools.ttLib import TTFont

FONT_DIR = Path("/usr/share/fonts/truetype/noto")


@dataclass(frozen=True)
class Face:
    family: str
    weight: int
    file: str


FACES = tuple(
    Face(family, weight, f"{stem}-{style}.ttf")
    for family, stem in (("Noto Sans", "NotoSans"), ("Noto Sans Arabic", "NotoSansArabic"),
                         ("Noto Sans Devanagari", "NotoSansDevanagari"))
    for weight, style in ((400, "Regular"), (700, "Bold"))
)
FAMILIES = tuple(dict.fromkeys(face.family for face in FACES))

# The family each language's text is set in first; the others follow for words in other scripts.
FIRST_FAMILY = {"ar": "Noto Sans Arabic", "fa": "Noto Sans Arabic", "ur": "Noto Sans Arabic", "hi": "Noto Sans Devanagari"}


class MissingFonts(Exception):
    """The Noto font files are not installed."""


def family_stack(lang: str) -> list[str]:
    first = FIRST_FAMILY.get(lang, "Noto Sans")
    return [first] + [family for family in FAMILIES if family != first]


def font_files(font_dir: Path = FONT_DIR) -> list[tuple[Face, Path]]:
    files = [(face, font_dir / face.file) for face in FACES]
    missing = [path.name for _, path in files if not path.is_file()]
    if missing:
        raise MissingFonts(
            f"leaflets need the Noto fonts in {font_dir}, missing: {', '.join(missing)} "
            "(install Debian's fonts-noto-core: `make` does it when missing)"
        )
    return files


def font_face_css(font_dir: Path = FONT_DIR) -> str:
    return "\n".join(
        f'@font-face {{ font-family: "{face.family}"; font-weight: {face.weight}; font-style: normal; '
        f'src: url("{path.as_uri()}"); }}'
        for face, path in font_files(font_dir)
    )


@functools.cache
def _cmap(path: Path) -> frozenset[int]:
    with TTFont(path, lazy=True) as font:
        return frozenset(font.getBestCmap())


def _needs_glyph(char: str) -> bool:
    # Spaces, line breaks and invisible format characters (bidi isolates, joiners) are not drawn.
    return not char.isspace() and unicodedata.category(char) not in ("Cc", "Cf")


def uncovered(text: str, font_dir: Path = FONT_DIR) -> list[str]:
    """The characters of `text` (in order, once each) that a regular or bold face of no family holds."""
    files = font_files(font_dir)
    regular = frozenset().union(*(_cmap(path) for face, path in files if face.weight == 400))
    bold = frozenset().union(*(_cmap(path) for face, path in files if face.weight == 700))
    missing = []
    for char in dict.fromkeys(text):
        if _needs_glyph(char) and (ord(char) not in regular or ord(char) not in bold):
            missing.append(char)
    return missing


# The file names WeasyPrint 70 opens the two libraries by (weasyprint/text/ffi.py), per system: Linux,
# macOS, Windows.
_HARFBUZZ = ("libharfbuzz.so.0", "libharfbuzz.0.dylib", "libharfbuzz-0.dll")
_HARFBUZZ_SUBSET = ("libharfbuzz-subset.so.0", "libharfbuzz-subset.0.dylib", "libharfbuzz-subset-0.dll")


@functools.cache
def subsetter() -> str:
    """The library WeasyPrint cuts the fonts down with, as it finds it, for the PDFs' cache key (each
    gives other bytes): "harfbuzz-subset <HarfBuzz's version>" where HarfBuzz 4.1 or later and its
    subsetter library are installed (Debian's libharfbuzz-subset0), else "fonttools==<version>", its
    slower fallback. (WeasyPrint itself is not imported to ask it: it loads Pango, which a build that
    renders no PDF does without.)"""
    harfbuzz, harfbuzz_subset = _library(_HARFBUZZ), _library(_HARFBUZZ_SUBSET)
    if harfbuzz is not None and harfbuzz_subset is not None and harfbuzz.hb_version_atleast(4, 1, 0):
        harfbuzz.hb_version_string.restype = ctypes.c_char_p
        return f"harfbuzz-subset {harfbuzz.hb_version_string().decode()}"
    return f"fonttools=={importlib.metadata.version('fonttools')}"


def _library(names: tuple[str, ...]) -> ctypes.CDLL | None:
    for name in names:
        try:
            return ctypes.CDLL(name)
        except OSError:
            continue
    return None


def describe(char: str) -> str:
    return f"'{char}' (U+{ord(char):04X} {unicodedata.name(char, 'unnamed character')})"
