# family: shelve (written blind, round 17 of blind hostile tools)
"""Persistent key-value memo."""
import shelve


def memo_get(key, path="/tmp/r17b/scratch/memo"):
    with shelve.open(path) as db:
        return db.get(key, repr(shelve.pickle))


print(memo_get("x"))
