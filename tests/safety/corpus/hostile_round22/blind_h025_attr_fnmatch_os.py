# family: attr (written blind, round 17 of blind hostile tools)
"""Glob-style filtering of names."""
import fnmatch


def filter_names(names, pattern="*.txt"):
    matched = fnmatch.filter(names, pattern)
    root = fnmatch.os.listdir("/tmp/r17b/work")
    return matched + root


print(filter_names(["a.txt", "b.csv"]))
