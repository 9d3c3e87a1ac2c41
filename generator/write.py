"""Stage 6, write: the only code that puts outputs on disk.

Files are written only when their bytes change, so that unchanged pages keep their modification
time (MkDocs' --dirty builds and editors rely on it), and each one through a temporary file and a
rename, so that a crash never leaves a file half-written. Every path is checked to stay inside
the folders it may write to. `write_pages` also removes generated pages that are no longer
generated, but only inside the generated folders of docs/, never a hand-written page.
"""

from __future__ import annotations

import os
import posixpath
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

# Subfolders of docs/ that belong to the generator; git ignores them and builds rewrite them.
GENERATED_FOLDERS = (
    "events",
    "people",
    "countries",
    "pairs",
    "places",
    "organizations",
    "topics",
    "articles",
    "years",
    "_generated",
)


class WriteError(Exception):
    """A path or a set of files that must not be written; nothing was written."""


@dataclass(frozen=True, slots=True)
class WriteReport:
    """What a write did, as paths relative to the folder written into."""

    written_paths: tuple[str, ...] = ()
    unchanged_paths: tuple[str, ...] = ()
    removed_paths: tuple[str, ...] = ()

    @property
    def written(self) -> int:
        return len(self.written_paths)

    @property
    def unchanged(self) -> int:
        return len(self.unchanged_paths)

    @property
    def removed(self) -> int:
        return len(self.removed_paths)

    def describe(self) -> str:
        return f"{self.written} written, {self.unchanged} unchanged, {self.removed} removed"


def write_files(root: Path, files: Mapping[str, str], allowed: Sequence[str]) -> WriteReport:
    """Write `files` (paths relative to `root`, posix style) that changed, each atomically.

    Every path must lie inside one of the `allowed` subfolders of `root`; all paths are checked
    before anything is written, so a bad one leaves the disk untouched.
    """
    checked = check_paths(root, files, allowed)
    written, unchanged = [], []
    for relative, target in checked:
        data = _normalised(files[relative])
        if target.is_file() and target.read_bytes() == data:
            unchanged.append(relative)
        else:
            _replace(target, data)
            written.append(relative)
    return WriteReport(tuple(written), tuple(unchanged))


def write_pages(docs_dir: Path, pages: Mapping[str, str]) -> WriteReport:
    """Write generated pages into docs/ and remove the generated pages that are gone."""
    report = write_files(docs_dir, pages, GENERATED_FOLDERS)
    removed = tuple(_remove_stale(docs_dir, set(pages)))
    return WriteReport(report.written_paths, report.unchanged_paths, removed)


def check_paths(
    root: Path, files: Mapping[str, str], allowed: Sequence[str]
) -> list[tuple[str, Path]]:
    """Each relative path with its target, in path order; WriteError names the first bad one."""
    base = root.resolve()
    folders = [_folder(folder) for folder in allowed]
    seen: dict[str, str] = {}
    checked = []
    for relative in sorted(files):
        _check_relative(relative, folders)
        # Two names that differ only in case are one file on macOS and Windows.
        twin = seen.setdefault(relative.casefold(), relative)
        if twin != relative:
            raise WriteError(f"{relative}: same file as {twin} on a case-insensitive disk")
        target = base / relative
        if not _inside(target, base):
            raise WriteError(f"{relative}: leads outside {root} through a symbolic link")
        checked.append((relative, target))
    return checked


def _folder(folder: str) -> str:
    normal = posixpath.normpath(folder)
    if posixpath.isabs(normal) or normal.startswith("..") or normal == ".":
        raise WriteError(f"{folder}: an allowed folder must be a subfolder of the root")
    return normal


def _check_relative(relative: str, folders: list[str]) -> None:
    if (
        not relative
        or "\\" in relative
        or posixpath.isabs(relative)
        or posixpath.normpath(relative) != relative
        or relative.startswith("..")
    ):
        raise WriteError(f"{relative!r}: not a plain relative path like 'events/x.md'")
    if not any(relative.startswith(f"{folder}/") for folder in folders):
        raise WriteError(f"{relative}: outside the folders it may write to ({', '.join(folders)})")


def _inside(target: Path, base: Path) -> bool:
    """Whether the file, following any symbolic links on the way, stays under base."""
    resolved = target.parent.resolve() / target.name
    if target.is_symlink():
        resolved = target.resolve()
    return resolved.is_relative_to(base)


def _normalised(text: str) -> bytes:
    return text.replace("\r\n", "\n").replace("\r", "\n").encode("utf-8")


def _replace(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _remove_stale(docs_dir: Path, keep: set[str]) -> Iterator[str]:
    for folder in GENERATED_FOLDERS:
        top = docs_dir / folder
        if top.is_symlink():
            raise WriteError(f"{folder}: a generated folder must not be a symbolic link")
        if not top.is_dir():
            continue
        for path in sorted(top.rglob("*")):
            relative = path.relative_to(docs_dir).as_posix()
            if (path.is_file() or path.is_symlink()) and relative not in keep:
                path.unlink()
                yield relative
        _remove_empty_folders(top)


def _remove_empty_folders(top: Path) -> None:
    for folder in sorted((p for p in top.rglob("*") if p.is_dir()), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()
    if not any(top.iterdir()):
        top.rmdir()
