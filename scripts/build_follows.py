#!/usr/bin/env python3
"""Build the shipped starter-follow catalogue, resources/follows/follows.json.

    python scripts/build_follows.py [path/to/follows-facts.csv]

The facts (name, kind, handle or URL, feed URL, topics, sources, confidence) come from the
research CSV (default: ../shared/data/follows-facts.csv next to the repository). The curation
table below adds what the CSV does not say: a stable id, subjects, grade bands, roles, related
chats, why a new teacher would follow it, and status notes. The few entries not in the CSV
(ADDED) were read by us in stored public pages; their sources are listed with them.

Rules kept here, so the catalogue stays honest:
- never a guessed handle, feed or URL: a feed the research did not find stays null;
- profile and hashtag URLs are derived mechanically from the handle;
- every CSV row must be curated and every curated name must be in the CSV, or the build fails;
- the output is validated (handles per platform, http(s) URLs, controlled vocabularies) and
  the script exits non-zero naming the entry and field of every problem.

Standard library only; the same input gives the same bytes.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from plnonboard.core.errors import DataError  # noqa: E402  (stdlib-only modules)
from plnonboard.core.vocab import GRADE_BANDS, PLATFORMS, ROLES, SUBJECTS  # noqa: E402

DEFAULT_CSV = REPO.parent / "shared" / "data" / "follows-facts.csv"
OUTPUT = REPO / "resources" / "follows" / "follows.json"
UPDATED = "2026-12-03"

KINDS = ("blog", "publication", "podcast", "community", "hashtag", "account", "server",
         "directory", "course", "list")
FOLLOW_PLATFORMS = ("web", *PLATFORMS)
FEED_STATUSES = ("verified", "unverified", "none")
CONFIDENCES = ("high", "medium", "low")

ALL = ["early-years", "primary", "middle", "secondary", "post-16"]
K12 = ["primary", "middle", "secondary"]
TEACHER = ["classroom-teacher", "new-teacher"]

# Sources the research used for facts beyond a single CSV row (market-and-formats.md §4).
EDUTOPIA_SATCHAT = "http://www.edutopia.org/blog/pennsge-satchat-an-open-conversation-joe-mazza"
EDWEEK_NTCHAT = ("https://edweek.org/teaching-learning/"
                 "looking-for-more-support-new-teachers-turn-to-online-communities/2016/10")
EDWEEK_ELLCHAT = "https://www.edweek.org/education/ell-teachers-connect-and-learn-in-twitter-chats/2013/01"
EDWEEK_SATCHAT = ("https://blogs.edweek.org/edweek/finding_common_ground/2013/11/"
                  "why_satchat_is_a_mind-blowing_experience.html")
LIBRARYGIRL_TLSKYCHAT = "https://www.librarygirl.net/post/mark-your-calendars-tlskychat-is-here"
BUSHDRUM_TURNER = "https://bushdrum.com/author?bsky_handle=techielibgrl.com"

# ---------------------------------------------------------------------------------------------
# Curation: CSV name -> list of entries (one CSV row may become two, e.g. two hashtags).
# Keys: id, kind, platform, subjects, grades, roles, chats, reason, invites, languages,
# optional regions (countries it is mainly for, as core.recommend.region_of_zone names them),
# optional: name/handle (override), status, evidence (appended), sources (appended, read by us),
# drop_feed (ship no feed URL: the research could not settle on one).
# ---------------------------------------------------------------------------------------------
CURATION: dict[str, list[dict]] = {
    "Larry Ferlazzo's Websites of the Day": [dict(
        id="larry-ferlazzo", kind="blog", platform="web", subjects=["ell", "general"],
        grades=K12, roles=TEACHER, chats=[], invites=False, languages=["en"],
        reason="Frequent 'best of' resource lists and posts on teaching English language "
               "learners and on instruction in general, handy when planning lessons.")],
    "Cult of Pedagogy (Jennifer Gonzalez)": [dict(
        id="cult-of-pedagogy", kind="blog", platform="web",
        subjects=["general", "new-teachers", "edtech"], grades=ALL,
        roles=[*TEACHER, "teacher-educator"], chats=[], invites=False, languages=["en"],
        reason="An online magazine and podcast on the craft of teaching (instruction, classroom "
               "management, tech tools) that digs through the research so busy teachers don't have to.")],
    "Edutopia": [dict(
        id="edutopia", kind="publication", platform="web", subjects=["general", "new-teachers"],
        grades=K12, roles=[*TEACHER, "leader"], chats=["ntchat", "satchat"], invites=False,
        languages=["en"], sources=[EDUTOPIA_SATCHAT],
        reason="K-12 teaching strategies (project-based learning, social-emotional learning); it "
               "has published posts from the #ntchat host and about #satchat.")],
    "Education Week": [dict(
        id="education-week", kind="publication", platform="web", subjects=["general", "leadership"],
        grades=K12, roles=[*TEACHER, "leader"], chats=["ntchat", "ellchat", "satchat"],
        invites=False, languages=["en"], sources=[EDWEEK_NTCHAT, EDWEEK_ELLCHAT, EDWEEK_SATCHAT],
        drop_feed=True,
        status="feed address unknown: third-party lists disagree, so none is shipped",
        reason="US K-12 news and policy; it has reported on teacher chats such as #ntchat, "
               "#ELLCHAT and #satchat.",
        evidence="feed_url left null because no single feed URL is supported; the sources are "
                 "Education Week articles about teacher chats cited in the chat research")],
    "KQED MindShift": [dict(
        id="kqed-mindshift", kind="publication", platform="web", subjects=["general"], grades=K12,
        roles=TEACHER, chats=[], invites=False, languages=[],
        reason="Articles on how students learn and what the research means for teaching.")],
    "MiddleWeb": [dict(
        id="middleweb", kind="blog", platform="web", subjects=["general"], grades=["middle"],
        roles=TEACHER, chats=[], invites=False, languages=[],
        reason="Written for teachers of the middle grades.",)],
    "TeachThought": [dict(
        id="teachthought", kind="blog", platform="web", subjects=["general"], grades=K12,
        roles=TEACHER, chats=[], invites=False, languages=[],
        reason="Posts on pedagogy and on teaching critical thinking.",)],
    "WeAreTeachers": [dict(
        id="weareteachers", kind="publication", platform="web", subjects=["general", "new-teachers"],
        grades=K12, roles=TEACHER, chats=[], invites=False, languages=[],
        reason="Practical classroom ideas and pieces about everyday teacher life.")],
    "Ditch That Textbook (Matt Miller)": [dict(
        id="ditch-that-textbook", kind="blog", platform="web", subjects=["edtech"], grades=K12,
        roles=[*TEACHER, "coach"], chats=[], invites=False, languages=[],
        reason="Ideas for creative teaching with technology.",)],
    "Alice Keeler (Teacher Tech)": [dict(
        id="alice-keeler", kind="blog", platform="web", subjects=["edtech"], grades=K12,
        roles=[*TEACHER, "coach"], chats=["eduskychat"], invites=False, languages=["en"],
        sources=["https://alicekeeler.com/2024/11/13/time-to-ditch-the-social-media-algorithm/"],
        reason="Practical edtech and Google-tools posts; she also explains step by step how to "
               "join the education chats on Bluesky such as #EduSkyChat.")],
    "Free Technology for Teachers (Richard Byrne)": [dict(
        id="free-technology-for-teachers", kind="blog", platform="web", subjects=["edtech"],
        grades=K12, roles=[*TEACHER, "coach"], chats=[], invites=False, languages=[],
        reason="Short posts on free technology tools for the classroom.",)],
    "Cool Cat Teacher (Vicki Davis)": [dict(
        id="cool-cat-teacher", kind="blog", platform="web", subjects=["edtech", "general"],
        grades=K12, roles=TEACHER, chats=[], invites=False, languages=[],
        reason="A blog and podcast on teaching, with a focus on classroom technology.")],
    "Hechinger Report": [dict(
        id="hechinger-report", kind="publication", platform="web", subjects=["general", "equity"],
        grades=K12, roles=[*TEACHER, "leader"], chats=[], invites=False, languages=[],
        reason="Education news with an eye on equity.",)],
    "Getting Smart": [dict(
        id="getting-smart", kind="blog", platform="web", subjects=["general", "leadership"],
        grades=K12, roles=["classroom-teacher", "leader"], chats=[], invites=False, languages=[],
        reason="Posts on innovation in schools and the future of learning.")],
    "Responsive Classroom": [dict(
        id="responsive-classroom", kind="blog", platform="web", subjects=["general"],
        grades=["primary", "middle"], roles=TEACHER, chats=[], invites=False, languages=[],
        reason="Social-emotional learning and building a classroom community in elementary and "
               "middle school.",)],
    "Continuous Everywhere but Differentiable Nowhere (Sam Shah)": [dict(
        id="sam-shah", kind="blog", platform="web", subjects=["math"], grades=["middle", "secondary"],
        roles=TEACHER, chats=[], invites=True, languages=["en"],
        reason="A math teacher's blog; in 2023 he and Julie Reulbach invited the math teacher "
               "community to mathstodon.xyz with instructions for joining.")],
    "dy/dan (Dan Meyer)": [dict(
        id="dy-dan", kind="blog", platform="web", subjects=["math"], grades=["middle", "secondary"],
        roles=TEACHER, chats=[], invites=False, languages=["en"],
        reason="Dan Meyer's long-running math-teaching blog; his 2017 post on #MTBoS explains how "
               "newcomers find their way into math teacher Twitter.")],
    "Explore the MathTwitterBlogosphere / Global Math Department": [dict(
        id="explore-mtbos", kind="community", platform="web", subjects=["math"], grades=K12,
        roles=[*TEACHER, "coach"], chats=[], invites=True, languages=["en"],
        sources=["https://exploremtbos.wordpress.com/2015/10/18/a-new-exploration/",
                 "https://globalmathdepartment.org/2023/05/"],
        status="ended: the Global Math Department held its final webinar on 2023-05-30; missions and "
               "mentoring ran c. 2013-2016",
        reason="A volunteer-run welcome for math teachers new to the online community: weekly "
               "'missions', mentor sign-ups and the Global Math Department's weekly webinar.",
        evidence="mentoring sign-up post (2015) read in a stored page; newsletter 'The Final Edition - May "
                 "30, 2023 ... Our Final Webinar! Finding Joy in Math' (communities-2024-2026.csv)")],
    "mathstodon.xyz": [dict(
        id="mathstodon", kind="server", platform="mastodon", subjects=["math"],
        grades=["middle", "secondary", "post-16"], roles=[*TEACHER, "teacher-educator"], chats=[],
        invites=True, languages=[],
        reason="A Mastodon server for people who love math, with LaTeX in posts; #MTBoS math "
               "teachers were invited to join it in 2023.")],
    "#MTBoS / #iteachmath": [
        dict(id="mtbos", name="#MTBoS (MathTwitterBlogosphere)", handle="#MTBoS", kind="hashtag",
             platform="x", subjects=["math"], grades=K12, roles=[*TEACHER, "coach"], chats=[],
             invites=False, languages=[],
             sources=["http://natbanting.com/rip-bos-a-tribute-to-the-math-twitter-blog-o-sphere/"],
             status="Twitter-era hashtag; members were invited to mathstodon.xyz (2023) and some "
                    "rallied on Bluesky (2024)",
             reason="The math teacher community's long-standing hashtag for sharing lessons and "
                    "support, and a model for other subject communities.",
             evidence="CSV row '#MTBoS / #iteachmath' split into one entry per hashtag"),
        dict(id="iteachmath", name="#iteachmath", handle="#iteachmath", kind="hashtag",
             platform="x", subjects=["math"], grades=K12, roles=[*TEACHER, "coach"], chats=[],
             invites=False, languages=[],
             sources=["https://blog.mrmeyer.com/2017/lets-retire-mtbos/",
                      "http://fawnnguyen.com/long-live-the-mtbos/"],
             status="Twitter-era hashtag",
             reason="The plainer math-teacher hashtag proposed in 2017 as a friendlier way in "
                    "than #MTBoS.",
             evidence="CSV row '#MTBoS / #iteachmath' split into one entry per hashtag; the 2017 "
                      "proposal read in stored pages")],
    "EduSky Team": [dict(
        id="edusky-team", kind="account", platform="bluesky", subjects=["general"], grades=ALL,
        roles=TEACHER, chats=[], invites=True, languages=["en"],
        status="handle read as eduskyteam.com (Jan 2025); a June 2025 mirror of #EduSkyAU posts "
               "shows @eduskyteam.bsky.social: check the current handle",
        reason="A hub account that keeps a list of educators on Bluesky and posts welcomes asking "
               "the community to follow newcomers.")],
    "#EduSky / #EduSkyChat": [dict(
        id="edusky", kind="hashtag", platform="bluesky", subjects=["general"], grades=ALL,
        roles=TEACHER, chats=["eduskychat"], invites=True, languages=[],
        status="the EduSky custom feed's address was not found",
        reason="The everyday education hashtag on Bluesky (pre-K to college): tag posts with it to "
               "reach educators who don't follow you yet, and watch it for the weekly #EduSkyChat.")],
    "Alice Keeler's EduSky list": [dict(
        id="alice-keeler-edusky-list", kind="list", platform="bluesky", subjects=["general"],
        grades=ALL, roles=TEACHER, chats=[], invites=False, languages=[],
        status="short link; target not verified",
        reason="Alice Keeler's list of educators on Bluesky, started to help teachers make the jump "
               "from X.")],
    "#EduSkyAU Team": [dict(
        id="eduskyau-team", kind="account", platform="bluesky", subjects=["general"], grades=ALL,
        roles=TEACHER, chats=[], invites=True, languages=["en"], regions=["Australia"],
        sources=["https://oauth.lightnews.app/author?bsky_handle=eduskyauteam.bsky.social"],
        status="chat paused after 16 chats (June 2025)",
        reason="Community account for Australian educators on Bluesky: asks teachers to tag posts "
               "#EduSkyAU and points to starter packs and a feed.",
        evidence="pause post dated June 3, 2025 read in a second mirror")],
    "Tony Vincent (Learning in Hand)": [dict(
        id="tony-vincent", kind="account", platform="bluesky", subjects=["edtech"], grades=K12,
        roles=[*TEACHER, "coach"], chats=[], invites=False, languages=["en"],
        reason="An edtech educator who wrote a plain guide to Bluesky basics for teachers, "
               "including that posts are always public.")],
    "Miguel Guhlin": [dict(
        id="miguel-guhlin", kind="account", platform="mastodon", subjects=["edtech"], grades=K12,
        roles=["classroom-teacher", "coach", "leader"], chats=[], invites=False, languages=[],
        reason="An edtech leader who wrote a Mastodon quick-start for educators.")],
    "Sandy Kendell": [dict(
        id="sandy-kendell", kind="account", platform="mastodon",
        subjects=["edtech", "digital-citizenship"], grades=K12, roles=[*TEACHER, "coach"], chats=[],
        invites=False, languages=[],
        reason="Listed among educators on Mastodon for edtech and digital citizenship.")],
    "Eric Sheninger": [dict(
        id="eric-sheninger", kind="account", platform="mastodon", subjects=["leadership"],
        grades=K12, roles=["leader"], chats=[], invites=False, languages=[],
        reason="Listed among educators on Mastodon for school leadership.")],
    "Wesley Fryer": [dict(
        id="wesley-fryer", kind="account", platform="mastodon",
        subjects=["edtech", "digital-citizenship"], grades=K12, roles=[*TEACHER, "coach"], chats=[],
        invites=False, languages=[],
        reason="Listed among educators on Mastodon for edtech and media literacy.")],
    "EdTech Group": [dict(
        id="edtech-group", kind="account", platform="mastodon", subjects=["edtech"], grades=K12,
        roles=[*TEACHER, "coach"], chats=[], invites=False, languages=[],
        reason="An edtech account named in two separate lists of educators to follow on Mastodon.")],
    "OpenEdTech.social": [dict(
        id="openedtech-social", kind="server", platform="mastodon", subjects=["edtech"], grades=ALL,
        roles=["classroom-teacher", "coach", "teacher-educator"], chats=[], invites=False,
        languages=["en"],
        status="sign-up restricted to paid Open EdTech Association members (registrations closed)",
        reason="A Mastodon server for open education technology; you can follow its members from "
               "any server even though joining it is restricted.")],
    "mastodon.education": [dict(
        id="mastodon-education", kind="server", platform="mastodon", subjects=["general"],
        grades=ALL, roles=TEACHER, chats=[], invites=False, languages=[],
        status="existence inferred from member handles; sign-up policy not read",
        reason="The Mastodon server several listed educators use (e.g. Miguel Guhlin, Sandy Kendell).")],
    "FediFollows / fedi.directory": [dict(
        id="fedi-directory", kind="directory", platform="mastodon", subjects=["general"], grades=ALL,
        roles=TEACHER, chats=[], invites=False, languages=[],
        status="categories not read; education coverage unknown",
        reason="A curated directory of fediverse accounts by topic, described as the most "
               "influential follow-finder.")],
    "Cybraryman (Jerry Blumengarten)": [dict(
        id="cybraryman", kind="account", platform="x", subjects=["general", "libraries"], grades=K12,
        roles=[*TEACHER, "librarian"], chats=["edchat", "gtchat"], invites=False, languages=[],
        sources=["https://unconditionallearning.org/2012/10/02/"
                 "beyond-curating-and-sharing-how-cybraryman-teaches-on-twitter/",
                 "http://cybraryman.edublogs.org/2011/02/17/how-i-became-cybrary-man/"],
        status="X account; his chat list page itself was not found",
        reason="Jerry Blumengarten keeps a huge curated site of education links and a long-running "
               "list of education chats, and answers newcomers with the right resource.")],
    "Participate chat transcript archive": [dict(
        id="participate-archive", kind="directory", platform="web", subjects=["general"], grades=ALL,
        roles=[*TEACHER, "teacher-educator"], chats=[], invites=False, languages=["en"],
        status="historical archive (2016-2019); chats may have changed or ended",
        reason="Transcripts of past chats with each chat's own description and time, a calm way "
               "to see what a chat is like before joining one.")],
    "Edublogs Teacher Challenge: PLN series": [dict(
        id="teacher-challenge-pln", kind="course", platform="web", subjects=["new-teachers", "general"],
        grades=ALL, roles=[*TEACHER, "teacher-educator"], chats=[], invites=True, languages=["en"],
        reason="A free step-by-step course on building a personal learning network and joining "
               "Twitter chats.")],
    "MFL Twitterati (Joe Dale)": [dict(
        id="mfl-twitterati", kind="list", platform="web", subjects=["world-languages"], grades=K12,
        roles=TEACHER, chats=[], invites=False, languages=["en"],
        status="2010 list; TweepML is defunct, so the one-click follow no longer works",
        reason="Joe Dale's 2010 round-up of 100+ UK language teachers on Twitter, a starting point "
               "for finding language-teaching colleagues.")],
}

# Entries not in the CSV: read by us in stored public pages (sources given).
ADDED: list[dict] = [
    dict(id="heather-turner", name="Heather Turner (#TLSkyChat)", kind="account", platform="bluesky",
         handle="techielibgrl.com", feed_url=None,
         topics=["school libraries", "#TLSkyChat co-founder", "opt-in list of teacher librarians"],
         subjects=["libraries", "edtech"], grades=K12, roles=["librarian"], chats=["tlskychat"],
         invites=True, languages=["en"], confidence="medium",
         evidence="profile and posts read via a third-party Bluesky mirror (bushdrum.com); named "
                  "as #TLSkyChat co-founder on librarygirl.net (Dec 2024)",
         sources=[BUSHDRUM_TURNER, LIBRARYGIRL_TLSKYCHAT],
         status="read via a third-party mirror; her list and its join form are short links, "
                "targets not verified",
         reason="A teacher librarian who co-founded #TLSkyChat on Bluesky and invites teacher "
                "librarians to add themselves to her list."),
    dict(id="tlsky", name="#TLSky", kind="hashtag", platform="bluesky", handle="#TLSky",
         feed_url=None, topics=["school libraries", "teacher librarians on Bluesky"],
         subjects=["libraries"], grades=K12, roles=["librarian"], chats=["tlskychat"],
         invites=False, languages=[], confidence="medium",
         evidence="hashtag seen in teacher librarians' bios and posts (2025-2026) via third-party "
                  "Bluesky mirrors",
         sources=[BUSHDRUM_TURNER, "https://www.bushdrum.com/bsky/technojohnson.bsky.social"],
         status="",
         reason="Teacher librarians on Bluesky tag everyday posts #TLSky, so it keeps the "
                "conversation going between #TLSkyChat sessions."),
    # From communities-2024-2026.csv and research/landscape-2026.md (2024-2026 evidence).
    dict(id="adam-brooks", name="Adam Brooks (Australian educators starter pack)", kind="account",
         platform="bluesky", handle="brookssensei.bsky.social", feed_url=None,
         topics=["Australian educators on Bluesky", "curates a starter pack of Australian educators"],
         subjects=["general"], grades=ALL, roles=[*TEACHER, "leader"], chats=[], invites=True, languages=["en"],
         regions=["Australia"], confidence="medium",
         evidence="pinned post 'I've started curating a list of Australian educators ... go.bsky.app/QRAUqfc' "
                  "and the #EduSkyAU team's tip 'Add the starter packs from @brookssensei.bsky.social' read "
                  "via third-party Bluesky mirrors; active 2025-06-03",
         sources=["https://bushdrum.com/author?bsky_handle=brookssensei.bsky.social",
                  "https://www.bushdrum.com/author?bsky_handle=eduskyauteam.bsky.social"],
         status="read via a third-party mirror",
         reason="An Australian educator who curates a Bluesky starter pack of Australian educators."),
    dict(id="mtbos-bluesky", name="#MTBoS on Bluesky", kind="hashtag", platform="bluesky", handle="#MTBoS",
         feed_url=None, topics=["math teachers regrouping on Bluesky"], subjects=["math"], grades=K12,
         roles=[*TEACHER, "coach"], chats=[], invites=False, languages=["en"], confidence="medium",
         evidence="'Math educators ... working to rebuild the #mtbos community' on Bluesky (Nov 2024 inferred)",
         sources=["http://natbanting.com/rip-bos-a-tribute-to-the-math-twitter-blog-o-sphere/",
                  "https://eduwired.com/after-the-election-teachers-are-increasingly-leaving-elon-musks-x-for-bluesky"],
         status="", reason="Math teachers sharing lessons and questions, regrouping on Bluesky since 2024."),
    dict(id="iteachmath-bluesky", name="#iTeachMath on Bluesky", kind="hashtag", platform="bluesky",
         handle="#iTeachMath", feed_url=None, topics=["math teachers on Bluesky"], subjects=["math"], grades=K12,
         roles=[*TEACHER, "coach"], chats=[], invites=False, languages=["en"], confidence="medium",
         evidence="communities CSV row '#MTBoS / #iTeachMath (on Bluesky)': the MTBoS rebuilding on Bluesky",
         sources=["http://natbanting.com/rip-bos-a-tribute-to-the-math-twitter-blog-o-sphere/",
                  "https://eduwired.com/after-the-election-teachers-are-increasingly-leaving-elon-musks-x-for-bluesky"],
         status="", reason="The math teachers' second hashtag on Bluesky, beside #MTBoS."),
    dict(id="mtbos-mastodon", name="#MTBoS on Mastodon (mathstodon.xyz)", kind="hashtag", platform="mastodon",
         handle="#MTBoS", url="https://mathstodon.xyz/tags/MTBoS", feed_url=None,
         topics=["math teachers on Mastodon"], subjects=["math"], grades=K12, roles=[*TEACHER, "coach"],
         chats=[], invites=False, languages=["en"], confidence="medium",
         evidence="Sam Shah and Julie Reulbach invited MTBoS teachers to mathstodon.xyz (2023-07-01); no 2024+ "
                  "activity evidence found; tag page by Mastodon's rule https://<server>/tags/<tag>",
         sources=["https://samjshah.com/2023/07/01/mastodon-mathstodon-join-us/"],
         status="last confirmed July 2023", reason="Follow the math teachers' hashtag from any Mastodon server."),
    dict(id="blackedusky", name="#BlackEduSky", kind="hashtag", platform="bluesky", handle="#BlackEduSky",
         feed_url=None, topics=["Black educators on Bluesky", "problems of practice"], subjects=["equity", "general"],
         grades=ALL, roles=[*TEACHER, "leader", "coach"], chats=[], invites=False, languages=["en"],
         confidence="medium",
         evidence="'Black educators are gathering under the hashtag #BlackEduSky to discuss problems of practice' "
                  "(undated, Nov 2024 inferred)",
         sources=["https://eduwired.com/after-the-election-teachers-are-increasingly-leaving-elon-musks-x-for-bluesky"],
         status="", reason="Black educators on Bluesky discussing problems of practice."),
    dict(id="edutoot", name="#EduToot", kind="hashtag", platform="mastodon", handle="#EduToot",
         url="https://mastodon.education/tags/EduToot", feed_url=None, topics=["educators on Mastodon"],
         subjects=["general"], grades=ALL, roles=[*TEACHER, "leader", "coach"], chats=[], invites=False,
         languages=["en"], confidence="medium",
         evidence="'EduTooters Unite!' sign-up list and 'Over 100 people have joined the #EduTooters list' (Nov "
                  "2022); no 2024+ evidence found; tag page on mastodon.education by Mastodon's rule",
         sources=["https://mastodawn.com/post/109316215310028160",
                  "https://www.mguhlin.org/2022/11/farewell-to-twitter-tsunami-of-twexits.html"],
         status="last confirmed November 2022", reason="Educators on Mastodon tag their posts #EduToot."),
    dict(id="fedilz", name="#FediLZ (Lehrerzimmer im Fediverse)", kind="hashtag", platform="mastodon",
         handle="#FediLZ", url="https://bildung.social/tags/FediLZ", feed_url=None,
         topics=["German-speaking teachers on Mastodon", "OER"], subjects=["general"], grades=ALL,
         roles=[*TEACHER, "leader"], chats=[], invites=False, languages=["de"], confidence="low",
         evidence="'Instanz ist bildung.social ... Hashtags wie FediLZ (= das Lehrer*innenzimmer im Fediverse)' "
                  "(undated, Feb 2023 inferred); tag page on bildung.social by Mastodon's rule",
         sources=["http://lernmix.de/5-fediverse-nutzen/",
                  "https://schule-in-der-digitalen-welt.de/fedilz-alternative-zu-edutwitter/"],
         status="German; last confirmed February 2023",
         reason="The German-speaking teachers' staff room on Mastodon."),
    dict(id="bildung-social", name="bildung.social", kind="server", platform="mastodon", handle=None,
         url="https://bildung.social", feed_url=None, topics=["German education Mastodon server"],
         subjects=["general"], grades=ALL, roles=[*TEACHER, "leader"], chats=[], invites=False, languages=["de"],
         confidence="medium", evidence="'Eine mögliche Instanz ist bildung.social' (undated)",
         sources=["http://lernmix.de/5-fediverse-nutzen/", "https://monika-heusinger.info/blog/mastodon"],
         status="German; registration status not checked",
         reason="A German education server recommended to teachers joining Mastodon."),
    dict(id="academicsky", name="#AcademicSky", kind="hashtag", platform="bluesky", handle="#AcademicSky",
         feed_url=None, topics=["higher education on Bluesky"], subjects=["teacher-ed", "further-ed"],
         grades=["post-16"], roles=["teacher-educator"], chats=[], invites=False, languages=["en"],
         confidence="high",
         evidence="'hashtags like #AcademicSky, #PhDSky, #AcademicChatter and #HigherEd in active use' (2025-01-20)",
         sources=["https://lx.uts.edu.au/blog/2025/01/20/bluesky-space-for-academic-connection"],
         status="", reason="Academics and teacher educators on Bluesky gather under #AcademicSky."),
    dict(id="literacy-lenses", name="Literacy Lenses (#G2Great hosts)", kind="blog", platform="web",
         handle=None, url="https://literacylenses.com", feed_url=None,
         topics=["literacy", "reading and writing instruction"], subjects=["ela"], grades=K12, roles=TEACHER,
         chats=[], invites=False, languages=["en"], confidence="high",
         evidence="the #G2Great hosts' blog; a January 2024 post explains the chat's move to no fixed schedule",
         sources=["https://literacylenses.com/2024/01/"],
         status="feed address not found",
         reason="The literacy blog of the #G2Great hosts, on reading and writing instruction."),
    dict(id="trunk", name="Trunk for the Fediverse", kind="directory", platform="mastodon", handle=None,
         url="https://communitywiki.org/trunk", feed_url=None,
         topics=["lists of people to follow on Mastodon, by topic", "people volunteer to be listed"],
         subjects=["general"], grades=ALL, roles=TEACHER, chats=[], invites=False, languages=[],
         confidence="medium",
         evidence="'Trunk for the Fediverse (https://communitywiki.org/trunk) - a list of lists of users to "
                  "follow' (awesome-mastodon README, undated); its education section was not read",
         sources=["https://github.com/untitaker/awesome-mastodon"],
         status="education section not read",
         reason="Lists of people who volunteered to be followed, by topic, to find your first Mastodon accounts."),
    dict(id="librarygirl", name="Library Girl (librarygirl.net)", kind="blog", platform="web",
         handle=None, url="https://www.librarygirl.net", feed_url=None,
         topics=["school libraries", "#TLSkyChat launch"], subjects=["libraries"], grades=K12, roles=["librarian"],
         chats=["tlskychat"], invites=False, languages=["en"], confidence="medium",
         evidence="the blog that announced #TLSkyChat (December 2024)",
         sources=["https://www.librarygirl.net/post/mark-your-calendars-tlskychat-is-here"],
         status="feed address not found",
         reason="A teacher librarian's blog; its author co-hosts #TLSkyChat."),
]

# ---------------------------------------------------------------------------------------------

URL_RE = re.compile(r"https?://\S+")
LEVEL_LEAD_RE = re.compile(r"^(high|medium|low)\s+-\s+", re.I)
LEVEL_RE = re.compile(r"\b(high|medium|low)\b", re.I)
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
DOMAIN_RE = re.compile(rf"^(?:{LABEL}\.)+[a-z][a-z0-9-]*[a-z0-9]$")
MASTODON_RE = re.compile(rf"^@([A-Za-z0-9_]+)@((?:{LABEL}\.)+[a-z][a-z0-9-]*[a-z0-9])$")
X_RE = re.compile(r"^@[A-Za-z0-9_]{1,15}$")
HASHTAG_RE = re.compile(r"^#[A-Za-z0-9_]+$")
CHAT_ID_RE = re.compile(r"^[a-z0-9]+$")
LANG_RE = re.compile(r"^[a-z]{2}$")


def split_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


def derived_url(platform: str, kind: str, handle: str) -> str | None:
    """The profile or hashtag page for a handle, built mechanically."""
    if kind == "hashtag":
        tag = handle[1:]
        return {"bluesky": f"https://bsky.app/hashtag/{tag}",
                "x": f"https://x.com/hashtag/{tag}"}.get(platform)
    if platform == "bluesky":
        return f"https://bsky.app/profile/{handle}"
    if platform == "x":
        return f"https://x.com/{handle[1:]}"
    if platform == "mastodon":
        m = MASTODON_RE.match(handle)
        return f"https://{m.group(2)}/@{m.group(1)}" if m else None
    return None


def build_entry(cur: dict, facts: dict) -> dict:
    """One catalogue entry from curation plus facts (a CSV row, or an ADDED record)."""
    kind, platform = cur["kind"], cur["platform"]
    handle = cur.get("handle")
    if handle is None and kind in ("account", "hashtag"):
        handle = facts["handle_or_url"]
        if platform == "bluesky" and handle.startswith("@"):
            handle = handle[1:]  # Bluesky handles are domain names; the CSV mixes both spellings
    url = cur.get("url") or (derived_url(platform, kind, handle) if handle else facts["handle_or_url"])
    feed_url = None if cur.get("drop_feed") else (facts["feed_url"] or None)
    if feed_url is None:
        feed_status = "none"
    elif facts["confidence"].startswith("high") and "feed document read" in facts["confidence"]:
        feed_status = "verified"  # the research read the feed document itself
    else:
        feed_status = "unverified"

    text = facts["confidence"]
    lead = LEVEL_LEAD_RE.match(text)  # "medium - read in a list" -> level, then the evidence
    if lead:
        confidence, evidence = lead.group(1).lower(), text[lead.end():]
    else:  # e.g. "blog high; feed URL NOT found": keep the whole text as evidence
        level = LEVEL_RE.search(text)
        confidence, evidence = (level.group(1).lower() if level else ""), text
    sources, dropped = [], []
    for part in split_list(facts["source_url"]):
        (sources if URL_RE.fullmatch(part) else dropped).append(part)
    for phrase in dropped:  # e.g. "third-party feed lists in public GitHub code": not a URL
        if phrase not in evidence:
            evidence += f"; {phrase} (no URL recorded)"
    if feed_status == "unverified" and "not fetched" not in evidence:
        evidence += "; feed URL not fetched"
    if cur.get("evidence"):
        evidence += "; " + cur["evidence"]
    for url_ in cur.get("sources", []):
        if url_ not in sources:
            sources.append(url_)

    return {
        "id": cur["id"],
        "name": cur.get("name", facts["name"]),
        "kind": kind,
        "platform": platform,
        "handle": handle,
        "url": url,
        "feed_url": feed_url,
        "feed_status": feed_status,
        "subjects": list(cur["subjects"]),
        "grade_bands": list(cur["grades"]),
        "roles": list(cur["roles"]),
        "chats": list(cur["chats"]),
        "topics": split_list(facts["topics"]),
        "reason": cur["reason"],
        "invites_follows": cur["invites"],
        "languages": list(cur["languages"]),
        "confidence": confidence,
        "evidence": evidence.strip(),
        "sources": sources,
        "status_note": cur.get("status", ""),
        **({"regions": list(cur["regions"])} if cur.get("regions") else {}),
    }


def added_facts(rec: dict) -> dict:
    return {"name": rec["name"], "handle_or_url": rec["handle"] or rec.get("url", ""), "feed_url": rec["feed_url"] or "",
            "topics": "; ".join(rec["topics"]), "source_url": "",
            "confidence": f"{rec['confidence']} - {rec['evidence']}"}


def load_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def known_chat_ids(csv_path: Path) -> set[str] | None:
    """Chat ids (hashtag lower case, no '#') from chats-facts.csv beside the follows CSV, if any."""
    chats = csv_path.with_name("chats-facts.csv")
    if not chats.exists():
        return None
    return {row["hashtag"].lstrip("#").lower() for row in load_csv(chats)}


def is_http_url(value: object) -> bool:
    if not isinstance(value, str) or any(c.isspace() for c in value):
        return False
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def validate(entries: list[dict], chat_ids: set[str] | None) -> list[DataError]:
    problems: list[DataError] = []

    def bad(entry: dict, field: str, message: str) -> None:
        problems.append(DataError(message, entry=str(entry.get("id", "?")), field=field))

    def vocab(entry: dict, field: str, allowed) -> None:
        values = entry[field]
        if not values:
            bad(entry, field, "must not be empty")
        if len(set(values)) != len(values):
            bad(entry, field, "has duplicates")
        for v in values:
            if v not in allowed:
                bad(entry, field, f"{v!r} is not in the controlled vocabulary")

    seen: set[str] = set()
    for e in entries:
        if not SLUG_RE.match(e["id"]):
            bad(e, "id", "must be a lower-case slug")
        if e["id"] in seen:
            bad(e, "id", "duplicate id")
        seen.add(e["id"])
        if not e["name"]:
            bad(e, "name", "must not be empty")
        if e["kind"] not in KINDS:
            bad(e, "kind", f"{e['kind']!r} is not one of {', '.join(KINDS)}")
        if e["platform"] not in FOLLOW_PLATFORMS:
            bad(e, "platform", f"{e['platform']!r} is not one of {', '.join(FOLLOW_PLATFORMS)}")

        handle, platform, kind = e["handle"], e["platform"], e["kind"]
        if kind == "hashtag":
            if not (isinstance(handle, str) and HASHTAG_RE.match(handle)):
                bad(e, "handle", f"{handle!r} is not a hashtag like '#EduSky'")
            elif platform not in ("bluesky", "x", "mastodon"):
                bad(e, "platform", "hashtags need a platform with a hashtag page (bluesky, x or mastodon)")
        elif kind == "account":
            checks = {"mastodon": (MASTODON_RE, "'@user@server.tld'"),
                      "bluesky": (DOMAIN_RE, "a domain handle like 'name.bsky.social' (no '@')"),
                      "x": (X_RE, "'@handle' of 1-15 letters, digits or '_'")}
            if platform not in checks:
                bad(e, "platform", "accounts must be on mastodon, bluesky or x")
            elif not (isinstance(handle, str) and checks[platform][0].match(handle)):
                bad(e, "handle", f"{handle!r} is not a {platform} handle: expected {checks[platform][1]}")
        elif handle is not None:
            bad(e, "handle", f"must be null for kind {kind!r}")

        if not is_http_url(e["url"]):
            bad(e, "url", f"{e['url']!r} is not an http(s) URL")
        elif kind == "hashtag" and platform == "mastodon":
            if not re.fullmatch(rf"https://(?:{LABEL}\.)+[a-z]+/tags/{re.escape(handle[1:])}", e["url"]):
                bad(e, "url", "must be a server's tag page, https://<server>/tags/<tag>")
        elif handle and kind in ("account", "hashtag") and e["url"] != derived_url(platform, kind, handle):
            bad(e, "url", "must be the page derived from the handle")
        if e["feed_url"] is not None and not is_http_url(e["feed_url"]):
            bad(e, "feed_url", f"{e['feed_url']!r} is not an http(s) URL")
        if e["feed_status"] not in FEED_STATUSES:
            bad(e, "feed_status", f"{e['feed_status']!r} is not one of {', '.join(FEED_STATUSES)}")
        elif (e["feed_status"] == "none") != (e["feed_url"] is None):
            bad(e, "feed_status", "must be 'none' exactly when feed_url is null")

        vocab(e, "subjects", SUBJECTS)
        vocab(e, "grade_bands", GRADE_BANDS)
        vocab(e, "roles", ROLES)
        for chat in e["chats"]:
            if not CHAT_ID_RE.match(chat):
                bad(e, "chats", f"{chat!r} is not a chat id (hashtag lower case, no '#')")
            elif chat_ids is not None and chat not in chat_ids:
                bad(e, "chats", f"{chat!r} is not in the chat research")
        if not e["topics"]:
            bad(e, "topics", "must not be empty")
        if not e["reason"].endswith(".") or len(e["reason"]) > 240:
            bad(e, "reason", "must be one plain sentence ending in '.' (240 characters at most)")
        if not isinstance(e["invites_follows"], bool):
            bad(e, "invites_follows", "must be true or false")
        for lang in e["languages"]:
            if not LANG_RE.match(lang):
                bad(e, "languages", f"{lang!r} is not an ISO 639-1 code")
        if e["confidence"] not in CONFIDENCES:
            bad(e, "confidence", f"{e['confidence']!r} is not one of {', '.join(CONFIDENCES)}")
        if not e["evidence"]:
            bad(e, "evidence", "must not be empty")
        for src in e["sources"]:
            if not is_http_url(src):
                bad(e, "sources", f"{src!r} is not an http(s) URL")
        if not e["sources"] and "third-party" not in e["evidence"]:
            bad(e, "sources", "no source URL and the evidence does not say where the facts came from")
    return problems


def build(csv_path: Path) -> tuple[dict, list[DataError]]:
    rows = load_csv(csv_path)
    problems: list[DataError] = []
    names = [row["name"] for row in rows]
    for name in names:
        if name not in CURATION:
            problems.append(DataError("CSV row has no curation entry", entry=name, field="name"))
    for name in CURATION:
        if name not in names:
            problems.append(DataError("curated name is not in the CSV", entry=name, field="name"))
    if len(set(names)) != len(names):
        problems.append(DataError("CSV has duplicate names", field="name"))

    entries = [build_entry(cur, row) for row in rows if row["name"] in CURATION
               for cur in CURATION[row["name"]]]
    entries += [build_entry({k: v for k, v in rec.items() if k != "evidence"}, added_facts(rec))
                for rec in ADDED]
    entries.sort(key=lambda e: e["id"])
    problems += validate(entries, known_chat_ids(csv_path))
    catalogue = {"format": "plnonboard.follows", "version": 1, "updated": UPDATED, "follows": entries}
    return catalogue, problems


def main(argv: list[str]) -> int:
    csv_path = Path(argv[1]) if len(argv) > 1 else DEFAULT_CSV
    if not csv_path.exists():
        print(f"build_follows: CSV not found: {csv_path}", file=sys.stderr)
        return 2
    catalogue, problems = build(csv_path)
    if problems:
        for problem in problems:
            print(f"build_follows: {problem}", file=sys.stderr)
        print(f"build_follows: {len(problems)} problem(s); {OUTPUT} not written", file=sys.stderr)
        return 1
    data = (json.dumps(catalogue, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_bytes(data)
    print(f"build_follows: wrote {len(catalogue['follows'])} entries to {OUTPUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
