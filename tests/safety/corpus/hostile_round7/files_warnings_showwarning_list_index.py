# family: files
# Escape: the catch_warnings object is stored in a list; box[0]._showwarning is not traced back to the
# warnings module, so the private read is allowed. warnings.showwarning reads the file via linecache.
import io
import warnings


class Cache:
    def __init__(self):
        self._showwarning = None


def peek(path: str, line: int = 1) -> str:
    """Peek at a line."""
    box = [warnings.catch_warnings()]
    buf = io.StringIO()
    with box[0]:
        box[0]._showwarning("x", UserWarning, path, line, file=buf)
    return buf.getvalue()
