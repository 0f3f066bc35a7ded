"""The starter-list export formats in one place, for the CLI, the menu and the wizard's last page.

FORMATS maps a format name to (label, file extension, render). render(page, plan) -> bytes; the
PDF's render is None because printing needs Qt, which lives in plnonboard.ui.pdf_export.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from ..core.directory import Directory
from ..core.follows import Catalogue
from ..core.model import Plan
from . import export_page, export_starter
from .export_page import StarterPage, build_page
from .files import write_atomic


class Format(NamedTuple):
    label: str
    extension: str
    render: Callable[[StarterPage, Plan], bytes] | None


def _text(fn):
    return lambda page, plan: fn(page, plan).encode("utf-8")


FORMATS: dict[str, Format] = {
    "html": Format("Starter page to share (web page)", "html", _text(export_page.to_html)),
    "pdf": Format("Starter page to print (PDF)", "pdf", None),
    "markdown": Format("Starter page (Markdown)", "md", _text(export_page.to_markdown)),
    "mastodon-csv": Format("Mastodon follow import (CSV)", "csv", export_starter.mastodon_csv),
    "mastodon-hashtags": Format("Mastodon hashtags to follow (text)", "txt", export_starter.mastodon_hashtags_text),
    "opml": Format("Blogs for a feed reader (OPML)", "opml", export_starter.opml),
    "bluesky": Format("Bluesky handles (text)", "txt", export_starter.bluesky_text),
    "follows-csv": Format("Follow list for a spreadsheet (CSV)", "csv", export_starter.follows_csv),
    "json": Format("Everything, machine-readable (JSON)", "json", export_starter.starter_json),
}

# Default file names; Mastodon guesses the import type from a name starting "following_accounts".
FILE_STEMS = {"mastodon-csv": "following_accounts", "mastodon-hashtags": "mastodon-hashtags", "opml": "pln-feeds",
              "bluesky": "bluesky-handles",
              "follows-csv": "pln-follows", "json": "my-starter-pln"}


def default_filename(fmt: str) -> str:
    return f"{FILE_STEMS.get(fmt, 'my-starter-pln')}.{FORMATS[fmt].extension}"


def render(fmt: str, page: StarterPage, plan: Plan) -> bytes:
    spec = FORMATS[fmt]
    if spec.render is None:
        raise ValueError(f"{fmt} is rendered by the UI layer (plnonboard.ui.pdf_export)")
    return spec.render(page, plan)


def export_starter_list(fmt: str, path: str | Path, plan: Plan, directory: Directory, catalogue: Catalogue, *,
                        zone: str, today: dt.date) -> Path:
    """Render one format and write it atomically (a failure leaves no half file)."""
    page = build_page(plan, directory, catalogue, zone=zone, today=today)
    return write_atomic(path, render(fmt, page, plan))
