"""Rules on the images the manifest names: each locale's small (108 x 108) and large (512 x 512) icon.

Amazon rejects a skill for certification without both icons, and rejects an icon that is not a PNG of
exactly its size. In an ASK CLI skill package the manifest names them as ``file://assets/images/...``,
relative to the folder holding skill.json; `ask deploy` uploads them. An ``https://`` icon is hosted
elsewhere and cannot be checked offline, so it is only a warning.
"""
from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import Iterator

from skill_tools.validate.findings import Finding, error, warning
from skill_tools.validate.sources import FILE_SCHEME, ICON_FIELDS, Sources, manifest_file_uris

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
REGENERATE = "python -m skill_tools.icons draws the project's icons into interaction_model/assets/images/"


class NotAPng(ValueError):
    """The file is not a PNG image; the message says what was found."""


def png_size(path: Path) -> tuple[int, int]:
    """(width, height) from a PNG's header chunk, its checksum verified; raises NotAPng or OSError."""
    with path.open("rb") as image:
        head = image.read(33)  # signature (8), IHDR length and type (8), IHDR data (13), its CRC (4)
    if not head.startswith(PNG_SIGNATURE):
        raise NotAPng("it does not start with the PNG signature")
    if len(head) < 33 or head[12:16] != b"IHDR":
        raise NotAPng("it has no PNG header chunk (IHDR)")
    if struct.unpack(">I", head[29:33])[0] != zlib.crc32(head[12:29]):
        raise NotAPng("its PNG header chunk is corrupt (checksum mismatch)")
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def check(sources: Sources) -> Iterator[Finding]:
    """Every icon finding, per locale and field."""
    if sources.manifest is None:
        return
    file = sources.manifest_file
    for locale, field, value, path in manifest_file_uris(sources):
        where = f"manifest.publishingInformation.locales.{locale}.{field}"
        width, height = ICON_FIELDS[field]
        if not isinstance(value, str) or not value.strip():
            yield error("manifest.icon-missing", file, where,
                        f"{locale}: no {field}; Amazon requires a {width} x {height} PNG for every locale",
                        f'set "{field}": "{FILE_SCHEME}assets/images/<name>.png" and put the PNG in '
                        f"assets/images/ beside skill.json ({REGENERATE})")
        elif value.startswith("https://"):
            yield warning("manifest.icon-remote", file, where,
                          f"{locale}: {field} is hosted at {value}; its format and size were not checked",
                          f"keep the icon in the skill package ({FILE_SCHEME}assets/images/...) so validate can "
                          "check it")
        elif path is None:
            yield error("manifest.icon-uri", file, where,
                        f"{locale}: {field} {value!r} is neither https:// nor a {FILE_SCHEME} path inside the "
                        "skill package",
                        f'write it as "{FILE_SCHEME}assets/images/<name>.png" (relative to the folder holding skill.json)')
        else:
            yield from _image(file, where, locale, field, path, (width, height))


def _image(file: Path, where: str, locale: str, field: str, path: Path, size: tuple[int, int]) -> Iterator[Finding]:
    width, height = size
    try:
        found = png_size(path)
    except FileNotFoundError:
        yield error("manifest.icon-file", file, where, f"{locale}: {field} names {path}, which does not exist",
                    f"add the {width} x {height} PNG there, or correct the path ({REGENERATE})")
        return
    except (OSError, NotAPng) as exc:
        yield error("manifest.icon-format", file, where, f"{locale}: {field} {path} is not a PNG: {exc}",
                    f"save the icon as a PNG image of {width} x {height} pixels")
        return
    if found != size:
        yield error("manifest.icon-size", file, where,
                    f"{locale}: {field} {path} is {found[0]} x {found[1]} pixels; Amazon requires {width} x {height}",
                    f"resize the icon to exactly {width} x {height} pixels ({REGENERATE})")
