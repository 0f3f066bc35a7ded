"""A small checker for values against the official Bluesky lexicons kept in tests/fixtures/lexicons.

It covers what our records and requests use: objects (required fields, known property types), strings
(minLength/maxLength in UTF-8 bytes, maxGraphemes, and the formats did, handle, at-identifier, at-uri,
nsid, record-key, datetime, cid), booleans, integers, arrays (maxLength), refs, unions and tokens.
Unknown $type values in a closed union are errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

LEXICONS = Path(__file__).resolve().parent.parent / "fixtures" / "lexicons"

_FORMATS = {
    "did": re.compile(r"^did:[a-z]+:[a-zA-Z0-9._:%-]*[a-zA-Z0-9._-]$"),
    "handle": re.compile(r"^([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$"),
    "at-uri": re.compile(r"^at://[a-zA-Z0-9._:%-]+(/[a-zA-Z0-9.-]+(/[a-zA-Z0-9._~:@!$&')(*+,;=-]+)?)?$"),
    "nsid": re.compile(r"^[a-zA-Z]([a-zA-Z0-9-]{0,62})?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,62})?)+$"),
    "record-key": re.compile(r"^[a-zA-Z0-9_~.:-]{1,512}$"),
    "datetime": re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"),
    "cid": re.compile(r"^[a-zA-Z0-9+=]{8,}$"),
}


class LexiconError(AssertionError):
    pass


def load(nsid: str) -> dict:
    return json.loads((LEXICONS / f"{nsid}.json").read_text(encoding="utf-8"))


def _resolve(ref: str, current: str) -> tuple[str, dict]:
    nsid, _, name = ref.partition("#")
    nsid = nsid or current
    return nsid, load(nsid)["defs"][name or "main"]


def _full(ref: str, nsid: str) -> str:
    if ref.startswith("#"):
        return nsid + ref
    return ref if "#" in ref else ref + "#main"


def _graphemes(text: str) -> int:
    import unicodedata

    return sum(1 for ch in text if not unicodedata.combining(ch) and ch not in "\u200d\ufe0f")


def check(value, schema: dict, nsid: str, where: str = "$") -> None:
    kind = schema.get("type")
    if kind == "ref":
        ref_nsid, target = _resolve(schema["ref"], nsid)
        if target.get("type") == "token":
            return
        return check(value, target, ref_nsid, where)
    if kind == "union":
        if not isinstance(value, dict) or "$type" not in value:
            raise LexiconError(f"{where}: a union member needs $type")
        full = {_full(r, nsid): r for r in schema["refs"]}
        match = full.get(_full(value["$type"], nsid))
        if match is None:
            raise LexiconError(f"{where}: $type {value['$type']!r} is not one of {schema['refs']}")
        return check(value, {"type": "ref", "ref": match}, nsid, where)
    if kind == "object":
        if not isinstance(value, dict):
            raise LexiconError(f"{where}: expected an object")
        for name in schema.get("required", []):
            if name not in value:
                raise LexiconError(f"{where}: {name} is required")
        for name, sub in schema.get("properties", {}).items():
            if name in value:
                check(value[name], sub, nsid, f"{where}.{name}")
        return
    if kind == "record":
        return check(value, schema["record"], nsid, where)
    if kind == "string":
        if not isinstance(value, str):
            raise LexiconError(f"{where}: expected a string")
        size = len(value.encode("utf-8"))
        if "maxLength" in schema and size > schema["maxLength"]:
            raise LexiconError(f"{where}: longer than {schema['maxLength']} bytes")
        if "minLength" in schema and size < schema["minLength"]:
            raise LexiconError(f"{where}: shorter than {schema['minLength']} bytes")
        if "maxGraphemes" in schema and _graphemes(value) > schema["maxGraphemes"]:
            raise LexiconError(f"{where}: more than {schema['maxGraphemes']} graphemes")
        fmt = schema.get("format")
        if fmt == "at-identifier":
            ok = bool(_FORMATS["did"].match(value) or _FORMATS["handle"].match(value))
        else:
            ok = fmt not in _FORMATS or bool(_FORMATS[fmt].match(value))
        if not ok:
            raise LexiconError(f"{where}: {value!r} is not a valid {fmt}")
        return
    if kind == "boolean":
        if not isinstance(value, bool):
            raise LexiconError(f"{where}: expected a boolean")
        return
    if kind == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            raise LexiconError(f"{where}: expected an integer")
        if "maximum" in schema and value > schema["maximum"] or "minimum" in schema and value < schema["minimum"]:
            raise LexiconError(f"{where}: {value} out of range")
        return
    if kind == "array":
        if not isinstance(value, list):
            raise LexiconError(f"{where}: expected an array")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            raise LexiconError(f"{where}: more than {schema['maxLength']} items")
        for i, item in enumerate(value):
            check(item, schema["items"], nsid, f"{where}[{i}]")
        return
    if kind in ("unknown", "blob", "token", None):
        return
    raise LexiconError(f"{where}: schema type {kind!r} not supported by this checker")


def check_input(nsid: str, body: dict) -> None:
    """A procedure's JSON input against its lexicon."""
    check(body, load(nsid)["defs"]["main"]["input"]["schema"], nsid)


def check_params(nsid: str, params: dict) -> None:
    schema = load(nsid)["defs"]["main"].get("parameters", {"properties": {}, "required": []})
    for name in schema.get("required", []):
        if name not in params:
            raise LexiconError(f"{nsid}: parameter {name} is required")
    for name in params:
        if name not in schema.get("properties", {}):
            raise LexiconError(f"{nsid}: unknown parameter {name}")


def check_record(collection: str, value: dict) -> None:
    if value.get("$type") != collection:
        raise LexiconError(f"record $type {value.get('$type')!r} is not {collection}")
    check(value, load(collection)["defs"]["main"], collection)
