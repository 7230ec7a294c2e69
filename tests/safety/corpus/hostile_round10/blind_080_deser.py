# family: deser (written blind, second set)
"""Persistent key-value memo."""
import shelve


def run(key: str, value: str) -> str:
    with shelve.open("/tmp/r10/work/blind_shelf") as db:
        db[key] = value
        return db[key]


print(run("k", "v"))
