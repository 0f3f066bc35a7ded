"""The language codes Mastodon accepts on a follow (its "Languages" import column).

Mastodon validates each code of a follow against LanguagesHelper::SUPPORTED_LOCALES (app/validators/
language_validator.rb): ISO 639-1, four regional Chinese codes and a short list of ISO 639-3 codes,
copied here from app/helpers/languages_helper.rb (mastodon/mastodon, commit 02addb3b9641). A follow
with any other code fails, so the account is not followed at all: codes are mapped the way
Mastodon's own valid_locale_or_nil does (en_US and en-US become en) or left out.
"""

from __future__ import annotations

import re

ISO_639_1 = frozenset("""
aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz
ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io
is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn
mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se
sg si sk sl sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa
wo xh yi yo za zh zu
""".split())  # noqa: SIM905 - a word list, checkable against languages_helper.rb at a glance
ISO_639_1_REGIONAL = frozenset({"zh-CN", "zh-HK", "zh-TW", "zh-YUE"})
ISO_639_3 = frozenset("ast chr ckb cnr jbo kab ldn lfn sco sma smj szl tok xal zba zgh".split())  # noqa: SIM905 - as above
SUPPORTED = ISO_639_1 | ISO_639_1_REGIONAL | ISO_639_3

_REGION = re.compile(r"[_-]")


def mastodon_language(code: str) -> str:
    """The code as Mastodon accepts it, or "" when it accepts no form of it."""
    if not isinstance(code, str):
        return ""
    code = code.strip()
    if code in SUPPORTED:
        return code
    base = _REGION.split(code, maxsplit=1)[0].lower()
    if code.lower().startswith("zh") and base == "zh":
        region = code[3:].upper()
        if f"zh-{region}" in SUPPORTED:  # zh_tw, zh-tw: Mastodon's keys are case-sensitive
            return f"zh-{region}"
    return base if base in SUPPORTED else ""
