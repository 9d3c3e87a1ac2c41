"""End to end: the tiny fixture archive, from seeds to the Markdown tree, against a golden tree.

The expected pages are in tests/fixtures/tiny/expected/. After an intended change to the
pages, refresh them and review the diff before committing:

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_end_to_end.py
"""

from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path

from archive_builders import TINY

from generator import ingest, link, render
from generator.write import write_pages

EXPECTED = TINY / "expected"


def generate(docs: Path):
    loaded = ingest.load(TINY / "seeds", TINY)
    assert [str(problem) for problem in loaded.problems] == []
    pages = render.render(loaded.archive, link.link(loaded.archive))
    return write_pages(docs, pages)


def tree(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def differences(expected: dict[str, str], actual: dict[str, str]) -> str:
    report = []
    for path in sorted(expected.keys() | actual.keys()):
        if expected.get(path) != actual.get(path):
            report += difflib.unified_diff(
                expected.get(path, "").splitlines(keepends=True),
                actual.get(path, "").splitlines(keepends=True),
                f"expected/{path}" if path in expected else "/dev/null",
                f"generated/{path}" if path in actual else "/dev/null",
            )
    return "".join(report)


def test_the_tiny_archive_renders_to_the_expected_tree(tmp_path):
    generate(tmp_path / "docs")
    actual = tree(tmp_path / "docs")

    if os.environ.get("UPDATE_GOLDEN") == "1":
        shutil.rmtree(EXPECTED, ignore_errors=True)
        shutil.copytree(tmp_path / "docs", EXPECTED)
    diff = differences(tree(EXPECTED), actual)
    assert not diff, "Generated pages differ; if intended, run with UPDATE_GOLDEN=1.\n" + diff


def test_building_twice_gives_byte_identical_pages(tmp_path):
    generate(tmp_path / "first")
    generate(tmp_path / "second")

    assert tree(tmp_path / "first") == tree(tmp_path / "second")


def test_a_second_build_writes_nothing(tmp_path):
    first = generate(tmp_path / "docs")
    second = generate(tmp_path / "docs")

    assert first.written == len(tree(tmp_path / "docs"))
    assert (second.written, second.removed) == (0, 0)
    assert second.unchanged == first.written


def test_hand_written_pages_survive_a_build_and_stale_pages_go(tmp_path):
    docs = tmp_path / "docs"
    hand_written = {
        "index.md": "# Home\n",
        "about.md": "# About\n",
        "reference/site.md": "# The site\n",
        "assets/vendor/iframe-worker/shim.js": "// shim\n",
    }
    for path, text in hand_written.items():
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(text)
    (docs / "people").mkdir()
    (docs / "people/someone-deleted.md").write_text("# Gone\n")

    report = generate(docs)

    assert report.removed_paths == ("people/someone-deleted.md",)
    pages = tree(docs)
    assert {path: pages[path] for path in hand_written} == hand_written
