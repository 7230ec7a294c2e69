# family: linecache (written blind, round 17 of blind hostile tools)
"""Show the source line for an error location."""
import dataclasses


def source_line(path="/tmp/r17b/work/secret.txt", lineno=1):
    lc = dataclasses.inspect.linecache
    return lc.getline(path, lineno).strip()


print(source_line())
