"""Issue 14 item 9: atomic writes keep a file's mode and refuse to replace what is not a file."""

from __future__ import annotations

import os
import stat

import pytest

from plnonboard.cli import main
from plnonboard.core.planfile import dump_plan
from plnonboard.services.files import WriteError, write_atomic
from plnonboard.tools.personas import ana


def test_writing_over_a_private_file_keeps_it_private(tmp_path):
    target = tmp_path / "plan.json"
    target.write_text("old")
    os.chmod(target, 0o600)
    write_atomic(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


def test_a_new_file_follows_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "a.txt", "x")
        write_atomic(tmp_path / "b.txt", "x", private=True)
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "a.txt").st_mode) == 0o644
    assert stat.S_IMODE(os.stat(tmp_path / "b.txt").st_mode) == 0o600


def test_an_export_onto_a_fifo_is_refused_and_the_fifo_kept(tmp_path, capsys):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(WriteError, match="not a regular file"):
        write_atomic(fifo, "x")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    plan = tmp_path / "plan.json"
    plan.write_text(dump_plan(ana()))
    assert main(["plan", "import", str(plan)]) == 0
    assert main(["plan", "export", str(fifo)]) == 2
    assert "not a regular file" in capsys.readouterr().err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_an_export_onto_a_device_is_refused(tmp_path):
    # A device node of our own in tmp_path (never a real one such as /dev/null: a version without
    # the check would replace it for the whole machine).
    node = tmp_path / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o600, os.makedev(1, 3))
    except (PermissionError, AttributeError, OSError):
        pytest.skip("cannot make a device node here (not root)")
    with pytest.raises(WriteError, match="not a regular file"):
        write_atomic(node, "x")
    assert stat.S_ISCHR(os.lstat(node).st_mode)
