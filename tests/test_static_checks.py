"""The lint and type checks (docs/ARCHITECTURE.md, "Checks") run with the suite, so CI runs them through
the README's test command: ruff on the code we write, mypy on the files pyproject lists, and every `noqa`
or `type: ignore` left in the tree names what it silences and says why. Each check is also shown to fail
on a planted violation, so a green run means the check looked, not that it could not see."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tokenize
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINTED = ("plnonboard", "tests", "bench", "scripts")
CONFIG = ROOT / "pyproject.toml"

_NOQA = re.compile(r"#\s*(?:ruff:\s*)?noqa\b(?P<rest>.*)", re.IGNORECASE)
_NOQA_CODES = re.compile(r":\s*[A-Z]+[0-9]+(?:\s*,\s*[A-Z]+[0-9]+)*(?P<why>.*)")
_IGNORE = re.compile(r"#\s*type:\s*ignore\b(?P<rest>.*)")
_IGNORE_CODES = re.compile(r"\[\s*[a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*\s*\](?P<why>.*)")
_WORDS = re.compile(r"[A-Za-z]{2,}")
_MENTIONED = re.compile(r"noqa|type:\s*ignore", re.IGNORECASE)


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """`python -m <tool> ...` with this interpreter (the venv's ruff and mypy), output captured."""
    return subprocess.run([sys.executable, "-m", *args], cwd=cwd, capture_output=True, text=True, timeout=600)


def shown(result: subprocess.CompletedProcess[str]) -> str:
    return f"exit {result.returncode}\n{result.stdout}{result.stderr}"


def assert_clean(result: subprocess.CompletedProcess[str]) -> None:
    """Exit 0, else fail with the checker's own report (and nothing else to wade through)."""
    if result.returncode != 0:
        pytest.fail(shown(result), pytrace=False)


def unexplained(source: str) -> list[tuple[int, str]]:
    """(line, comment) for each `noqa` or `type: ignore` comment in `source` that does not name its codes
    and give a reason after them. Only real comments count (tokenize), not text inside strings."""
    found = []
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type != tokenize.COMMENT:
            continue
        text = tok.string
        for pragma, codes in ((_NOQA, _NOQA_CODES), (_IGNORE, _IGNORE_CODES)):
            m = pragma.search(text)
            if m is None:
                continue
            named = codes.match(m.group("rest"))
            if named is None or not _WORDS.search(named.group("why")):
                found.append((tok.start[0], text))
    return found


def test_ruff_is_clean():
    assert_clean(run("ruff", "check", "--no-cache", *LINTED))


def test_mypy_is_clean():
    assert_clean(run("mypy"))  # no arguments: pyproject's [tool.mypy] lists the files


def test_every_noqa_and_type_ignore_names_its_codes_and_says_why():
    bad = []
    for folder in LINTED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            text = path.read_text(encoding="utf-8")
            if not _MENTIONED.search(text):  # tokenizing only the files that could hold one keeps this quick
                continue
            for line, comment in unexplained(text):
                bad.append(f"{path.relative_to(ROOT)}:{line}: {comment}")
    assert not bad, "say what is silenced and why, e.g. `# noqa: E501 - a URL`:\n" + "\n".join(bad)


# -- each check can fail ----------------------------------------------------------------------------

def test_the_noqa_rule_reports_a_planted_unexplained_comment():
    planted = "\n".join([
        "import os  # noqa",
        "import re  # noqa: F401",
        "x = 1  # type: ignore",
        "y = 2  # type: ignore[assignment]",
        "z = 3  # a reason first, then  # noqa:E501",
        "ok1 = 4  # noqa: E501 - a URL that cannot be broken",
        "ok2 = 5  # type: ignore[attr-defined]  # the stubs lack it",
        "ok3 = '# noqa and # type: ignore inside a string are not comments'",
        "",
    ])
    assert [line for line, _ in unexplained(planted)] == [1, 2, 3, 4, 5]


def test_ruff_reports_planted_lint_errors_with_our_rules(tmp_path):
    planted = tmp_path / "planted.py"
    planted.write_text("\n".join([
        "import os",  # F401: unused
        "",
        "",
        "def f(items=[]):",  # B006: a mutable default
        "    return items",
        "",
        "",
        "x = '" + "y" * 130 + "'",  # E501: longer than 120
        "z = 1  # noqa: E501 - a stale one",  # RUF100: suppresses nothing
        "",
    ]), encoding="utf-8")
    result = run("ruff", "check", "--no-cache", "--config", str(CONFIG), "--output-format", "concise", str(planted))
    assert result.returncode == 1, shown(result)
    for code in ("F401", "B006", "E501", "RUF100"):
        assert f" {code} " in result.stdout, shown(result)


def test_mypy_reports_planted_type_errors_with_our_settings(tmp_path):
    """A module that imports as plnonboard.core.x gets the strict settings; the rest gets the
    checked ones (bodies of unannotated functions too), unused and code-less ignores included."""
    core = tmp_path / "plnonboard" / "core"
    core.mkdir(parents=True)
    (tmp_path / "plnonboard" / "__init__.py").write_text("", encoding="utf-8")
    (core / "__init__.py").write_text("", encoding="utf-8")
    (core / "planted.py").write_text("def half(x):\n    return x / 2\n", encoding="utf-8")
    (tmp_path / "loose.py").write_text("\n".join([
        "def f():",
        "    n: int = 'one'",  # assignment: checked although f is unannotated
        "    return n",
        "",
        "a: int = 1  # type: ignore[assignment]",  # unused-ignore
        "b: int = 'b'  # type: ignore",  # ignore-without-code
        "",
    ]), encoding="utf-8")
    result = run("mypy", "--config-file", str(CONFIG), "--cache-dir", str(tmp_path / "cache"),
                 "plnonboard/core/planted.py", "loose.py", cwd=tmp_path)
    assert result.returncode == 1, shown(result)
    for expected in (r"planted\.py:1: error: .*\[no-untyped-def\]", r"loose\.py:2: error: .*\[assignment\]",
                     r"loose\.py:5: error: .*\[unused-ignore\]", r"loose\.py:6: error: .*\[ignore-without-code\]"):
        assert re.search(expected, result.stdout), f"{expected}\n{shown(result)}"
