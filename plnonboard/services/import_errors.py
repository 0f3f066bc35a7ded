"""Why a source could not be imported: one class per thing that went wrong, each an ImportProblem
with a short `reason` key (tests, `import --json`, the window's translated headline) and one plain
sentence naming the source in str().

Damaged and wrong-kind errors are named for the format that was expected, so a calendar is never
called "not well-formed XML" nor a directory update "not a feed"."""

from __future__ import annotations

from ..core.errors import ImportProblem


class UnreadableSource(ImportProblem):
    """A file that cannot be opened or read, or is not a regular file."""

    reason = "not-importable"


class SourceTooLarge(ImportProblem):
    reason = "too-large"


class HostileXML(ImportProblem):
    """An XML document (feed or OPML) that declares its own entities: refused unread."""

    reason = "hostile-xml"


class BadXML(ImportProblem):
    """A feed or OPML list that is not well-formed XML (or nests too deep to read safely)."""

    reason = "bad-xml"


class BadJSON(ImportProblem):
    """A directory update that is not UTF-8 JSON."""

    reason = "bad-json"


class BadCalendar(ImportProblem):
    """An iCalendar file the calendar parser cannot read."""

    reason = "bad-calendar"


class NotAFeed(ImportProblem):
    """Readable, but not an RSS or Atom feed (often a web page)."""

    reason = "not-a-feed"


class NotOPML(ImportProblem):
    """Readable XML, but not a list of feeds."""

    reason = "not-opml"


class NotACalendar(ImportProblem):
    """Parsed as iCalendar, but not a VCALENDAR."""

    reason = "not-a-calendar"


class NotADirectory(ImportProblem):
    """Valid JSON, but not a directory update in the app's own format."""

    reason = "not-a-directory"
