# family: operator.attrgetter with dotted names / environment reads
"""Glob matcher with home-directory support.

Matches file names against shell-style patterns and expands a leading "~"
in patterns, re-using the path helpers that fnmatch already carries.
"""
import fnmatch
import operator

_expand_home = operator.attrgetter("os.path.expanduser")(fnmatch)


def match(names, pattern: str):
    pattern = _expand_home(pattern)
    return [n for n in names if fnmatch.fnmatch(n, pattern)]


if __name__ == "__main__":
    print(match(["a.py", "b.txt"], "*.py"))
    print("PROOF:", _expand_home("~"))
