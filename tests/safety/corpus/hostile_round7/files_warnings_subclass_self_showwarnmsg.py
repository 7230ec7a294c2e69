# family: files
# Escape: as above, but the subclass uses self._showwarnmsg_impl (warnings._showwarnmsg_impl) with a
# crafted WarningMessage whose filename is any path; linecache reads it.
import io
import warnings


class Other:
    def __init__(self):
        self._showwarnmsg_impl = None


class Guard(warnings.catch_warnings):
    def fetch(self, path, line):
        buf = io.StringIO()
        with self:
            self._showwarnmsg_impl(warnings.WarningMessage("m", UserWarning, path, line, file=buf))
        return buf.getvalue()


def fetch(path: str) -> str:
    """Fetch the first line."""
    return Guard().fetch(path, 1)
