# family: files
# Escape: next(iter([...])) hides where the catch_warnings object came from; its private
# _showwarnmsg_impl (warnings._showwarnmsg_impl) prints a WarningMessage with linecache.getline(path).
import io
import warnings


class Holder:
    def __init__(self):
        self._showwarnmsg_impl = None


def grab(path: str, line: int = 1) -> str:
    """Grab a line."""
    guard = next(iter([warnings.catch_warnings()]))
    buf = io.StringIO()
    with guard:
        next(iter([guard]))._showwarnmsg_impl(warnings.WarningMessage("x", UserWarning, path, line, file=buf))
    return buf.getvalue()
