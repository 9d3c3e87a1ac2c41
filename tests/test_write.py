"""Write: only changed files, atomically, only inside the folders allowed, stale pages removed."""

from __future__ import annotations

import os
import stat

import pytest

from generator import write
from generator.write import WriteError, WriteReport, write_files, write_pages


def tree(folder) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_files_are_written_as_utf8_with_unix_line_ends(tmp_path):
    report = write_files(tmp_path, {"seeds/people/a.yml": "name: Sergeï\r\nx: 1\r"}, ["seeds"])

    assert report == WriteReport(written_paths=("seeds/people/a.yml",))
    assert (tmp_path / "seeds/people/a.yml").read_bytes() == "name: Sergeï\nx: 1\n".encode()
    assert stat.S_IMODE((tmp_path / "seeds/people/a.yml").stat().st_mode) == 0o644


def test_unchanged_files_are_not_written_again(tmp_path):
    files = {"events/a.md": "# A\n", "events/b.md": "# B\n"}
    write_files(tmp_path, files, ["events"])
    os.utime(tmp_path / "events/a.md", (1_000_000, 1_000_000))

    report = write_files(tmp_path, {**files, "events/b.md": "# B, changed\n"}, ["events"])

    assert report.written_paths == ("events/b.md",)
    assert report.unchanged_paths == ("events/a.md",)
    assert (tmp_path / "events/a.md").stat().st_mtime == 1_000_000
    assert report.describe() == "1 written, 1 unchanged, 0 removed"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("../outside.md", "'../outside.md': not a plain relative path like 'events/x.md'"),
        ("/etc/passwd", "'/etc/passwd': not a plain relative path like 'events/x.md'"),
        (
            "events/../index.md",
            "'events/../index.md': not a plain relative path like 'events/x.md'",
        ),
        ("./events/a.md", "'./events/a.md': not a plain relative path like 'events/x.md'"),
        ("events//a.md", "'events//a.md': not a plain relative path like 'events/x.md'"),
        ("events\\a.md", "'events\\\\a.md': not a plain relative path like 'events/x.md'"),
        ("", "'': not a plain relative path like 'events/x.md'"),
        ("index.md", "index.md: outside the folders it may write to (events, people)"),
        ("eventsx/a.md", "eventsx/a.md: outside the folders it may write to (events, people)"),
        ("events", "events: outside the folders it may write to (events, people)"),
    ],
)
def test_paths_outside_the_allowed_folders_are_refused(tmp_path, path, message):
    files = {"events/fine.md": "fine", path: "bad"}

    with pytest.raises(WriteError) as error:
        write_files(tmp_path, files, ["events", "people"])

    assert str(error.value) == message
    assert tree(tmp_path) == {}


def test_two_names_for_one_file_on_a_case_insensitive_disk_are_refused(tmp_path):
    with pytest.raises(WriteError) as error:
        write_files(tmp_path, {"people/Ann.md": "a", "people/ann.md": "b"}, ["people"])

    assert (
        str(error.value) == "people/ann.md: same file as people/Ann.md on a case-insensitive disk"
    )


def test_a_symbolic_link_out_of_the_root_is_refused(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    root = tmp_path / "docs"
    root.mkdir()
    (root / "events").symlink_to(outside, target_is_directory=True)

    with pytest.raises(WriteError) as error:
        write_files(root, {"events/a.md": "x"}, ["events"])

    assert str(error.value) == f"events/a.md: leads outside {root} through a symbolic link"
    assert list(outside.iterdir()) == []


def test_an_allowed_folder_must_be_inside_the_root(tmp_path):
    with pytest.raises(WriteError) as error:
        write_files(tmp_path, {"x/a.md": "x"}, ["../x"])

    assert str(error.value) == "../x: an allowed folder must be a subfolder of the root"


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch):
    write_files(tmp_path, {"events/a.md": "old\n"}, ["events"])

    def broken_replace(source, target):
        raise OSError("disk full")

    monkeypatch.setattr(write.os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_files(tmp_path, {"events/a.md": "new\n"}, ["events"])

    assert tree(tmp_path) == {"events/a.md": b"old\n"}


def test_pages_go_to_generated_folders_and_stale_ones_are_removed(tmp_path):
    docs = tmp_path / "docs"
    (docs / "reference").mkdir(parents=True)
    (docs / "index.md").write_text("# Home\n")
    (docs / "reference/site.md").write_text("# Site\n")
    write_pages(docs, {"events/old.md": "old", "pairs/ru-us.md": "pair", "events/keep.md": "k"})

    report = write_pages(docs, {"events/keep.md": "k", "people/new.md": "new"})

    assert report.written_paths == ("people/new.md",)
    assert report.unchanged_paths == ("events/keep.md",)
    assert report.removed_paths == ("events/old.md", "pairs/ru-us.md")
    assert tree(docs) == {
        "events/keep.md": b"k",
        "index.md": b"# Home\n",
        "people/new.md": b"new",
        "reference/site.md": b"# Site\n",
    }
    assert not (docs / "pairs").exists()


def test_pages_outside_the_generated_folders_are_refused(tmp_path):
    (tmp_path / "index.md").write_text("# Home\n")

    with pytest.raises(WriteError) as error:
        write_pages(tmp_path, {"index.md": "# Overwritten\n"})

    assert str(error.value).startswith("index.md: outside the folders it may write to (events, ")
    assert (tmp_path / "index.md").read_text() == "# Home\n"


def test_leftover_temporary_files_in_generated_folders_are_removed(tmp_path):
    (tmp_path / "events").mkdir()
    (tmp_path / "events/.a.md.123.tmp").write_text("half")

    report = write_pages(tmp_path, {"events/a.md": "whole"})

    assert report.removed_paths == ("events/.a.md.123.tmp",)
    assert tree(tmp_path) == {"events/a.md": b"whole"}
