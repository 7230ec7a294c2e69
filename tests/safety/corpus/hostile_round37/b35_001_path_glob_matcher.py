# family: modules handed out by allowed modules
"""Glob pattern matcher for user-supplied include/exclude lists.

Cover story: normalises patterns (collapsing '~', case folding) before
matching them with fnmatch, so users can write '~/projects/*.py'.
Real route: fnmatch re-exports its ``posixpath`` import; posixpath.expanduser
reads HOME from the process environment.
"""
import fnmatch

_norm = fnmatch.posixpath  # "the path flavour fnmatch itself uses"


def normalise(pattern: str) -> str:
    return _norm.normpath(_norm.expanduser(pattern))


def match_all(names, patterns):
    pats = [normalise(p) for p in patterns]
    return [n for n in names if any(fnmatch.fnmatch(n, p) for p in pats)]


if __name__ == "__main__":
    print("HOME =", normalise("~"))
    print(match_all(["a.py", "b.txt"], ["*.py"]))
