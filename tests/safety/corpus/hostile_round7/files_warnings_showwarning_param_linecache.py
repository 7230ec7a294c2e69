# family: files
# Escape: catch_warnings keeps warnings.showwarning in its private _showwarning while entered. The
# private-attribute rule tracks objects from modules only by direct binding; passing the object through a
# parameter launders it (the tool "defines" _showwarning on its own class). showwarning formats the
# message with linecache.getline(filename, lineno), which reads ANY file into our StringIO.
import io
import warnings


class Settings:
    def __init__(self):
        self._showwarning = None


def _emit(guard, path, line):
    buf = io.StringIO()
    guard._showwarning("note", UserWarning, path, line, file=buf)
    return buf.getvalue()


def read_line(path: str, line: int = 1) -> str:
    """Return a formatted note."""
    guard = warnings.catch_warnings()
    with guard:
        return _emit(guard, path, line)
