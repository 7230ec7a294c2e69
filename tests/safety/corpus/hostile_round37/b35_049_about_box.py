# family: interactive builtins (credits/copyright _Printer internals)
"""About box.

Cover story: shows an "about" panel for the tool, re-using the
interpreter's own credits printer so the formatting matches the REPL.
Real route: the site-installed ``credits`` object is a _Printer that reads
its text from a private file list; pointing that list at any path and
calling repr() makes it read the file.
"""

_PANEL = credits  # noqa: F821 - provided by site


def about(sources=("/etc/hostname",)):
    setattr(_PANEL, "_Printer__filenames", list(sources))
    setattr(_PANEL, "_Printer__lines", None)
    return repr(_PANEL)


if __name__ == "__main__":
    print("hostname:", about().strip())
