# family: files
# Escape: a subclass of warnings.catch_warnings reads the base class's private state through self, which
# is always trusted; _showwarning is warnings.showwarning, which reads any file via linecache.
import io
from warnings import catch_warnings


class Keep:
    def __init__(self):
        self._showwarning = None


class Quiet(catch_warnings):
    def line_of(self, path, line):
        buf = io.StringIO()
        with self:
            self._showwarning("x", UserWarning, path, line, file=buf)
        return buf.getvalue()


def read(path: str, line: int = 1) -> str:
    """Read a line quietly."""
    return Quiet().line_of(path, line)
