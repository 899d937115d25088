"""The files a list of paths names: folders walked in sorted order, every path accounted for.

A folder is listed with :func:`os.scandir`; a folder that cannot be listed yields an
:class:`~aicoverage.errors.UnreadableFolderError` (never skipped in silence, as ``os.walk`` does).
Hidden entries (``.name``) are skipped. Symbolic links to folders are followed, each real folder
once (a link back up the tree is not a loop). A file named twice (a folder and a file in it, or
two links) is read once. Entries are not opened here: :func:`~aicoverage.adapters._decode.read_bytes`
refuses what is not a regular file.

>>> import pathlib, tempfile
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("x"), (d / "sub").mkdir(), (d / "sub" / "b.txt").write_text("y")
>>> [pathlib.Path(p).name for p in iter_files([d, d / "a.txt"])]
['a.txt', 'b.txt']
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from aicoverage.errors import UnreadableFolderError


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str | UnreadableFolderError]:
    """Each file under ``paths`` once (a path as given or joined under its folder), or an error."""
    seen_files: set[str] = set()
    seen_dirs: set[tuple[int, int]] = set()
    for path in paths:
        name = os.fspath(path)
        if os.path.isdir(name):
            yield from _walk(name, seen_files, seen_dirs)
        elif _first(name, seen_files):
            yield name


def _first(name: str, seen: set[str]) -> bool:
    """True the first time the file ``name`` (resolved through links) comes up."""
    # A broken link resolves to its missing target: two of them are still two inputs.
    key = os.path.realpath(name) if os.path.exists(name) else "\0" + os.path.abspath(name)
    if key in seen:
        return False
    seen.add(key)
    return True


def _walk(
    folder: str, seen_files: set[str], seen_dirs: set[tuple[int, int]]
) -> Iterator[str | UnreadableFolderError]:
    try:
        info = os.stat(folder)
        key = (info.st_dev, info.st_ino)
        if key in seen_dirs:
            return
        seen_dirs.add(key)
        with os.scandir(folder) as listing:
            entries = sorted((e for e in listing if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as e:
        yield UnreadableFolderError(folder, f"folder cannot be listed: {e.strerror or e}")
        return
    files: list[str] = []
    folders: list[str] = []
    for entry in entries:
        try:
            is_dir = entry.is_dir()  # follows a link to a folder
        except OSError:
            is_dir = False
        (folders if is_dir else files).append(entry.path)
    for file in files:
        if _first(file, seen_files):
            yield file
    for sub in folders:
        yield from _walk(sub, seen_files, seen_dirs)
