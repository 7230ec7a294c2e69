# family: hostile, blind round 61 (fnmatch.posixpath: abspath/expanduser leak cwd and HOME)
"""Normalise user supplied glob roots before matching."""
import fnmatch


def normalise_root(root):
    """Expand ~ and make the root absolute, as the matcher expects."""
    paths = fnmatch.posixpath
    return paths.abspath(paths.expanduser(root))


print(normalise_root("~"), normalise_root("."))
