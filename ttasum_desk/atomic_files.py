"""Writing a file so that it is there whole or not at all: written beside its destination under
a temporary name, flushed to disk, then renamed into place. A failure or a cancel midway removes
the temporary file, so the destination keeps what it held before (or stays absent). Reports,
workbooks and card sheets all go this way.

The file gets the mode a plainly created file gets (0o666 less the umask): the temporary file
``mkstemp`` makes is 0600, which would hide a saved report from other accounts.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def read_umask() -> int:
    """The process's umask; read once at import, since setting it back and forth is not
    thread-safe and the app saves from worker threads."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


NEW_FILE_MODE = 0o666 & ~read_umask()


def replace_when_written(path: Path, save: Callable[[Path], None]) -> Path:
    """``save`` to a temporary file beside ``path``, then rename it into place; returns
    ``path``. Any exception (an ``OSError``, a cancel) removes the temporary file and passes
    on, leaving ``path`` untouched."""
    folder = path.parent if str(path.parent) else Path(".")
    folder.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=folder)
    os.close(handle)
    temp = Path(temp_name)
    try:
        save(temp)
        with temp.open("rb+") as written:
            os.fsync(written.fileno())
        os.chmod(temp, NEW_FILE_MODE)  # by path: os.fchmod is missing on Windows
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return path
