# family: files
# Escape: a walrus in the class body binds __match_args__ (only `=`/AnnAssign are checked); the capture is
# the warnings module, whose sys global leads to io.open, reading any file.
import warnings


class Muted(warnings.catch_warnings):
    names = (__match_args__ := ("_module",))


def read_lines(path: str) -> list:
    """Return a document's lines."""
    match Muted():
        case Muted(mod):
            return mod.sys.modules["io"].open(path).readlines()
    return []
