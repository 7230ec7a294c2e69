# family: shelve (written blind, round 14)
"""Persistent key-value store."""
from shelve import open as open_store

def put(key: str, value, path: str = "/tmp/r14/scratch/kv") -> None:
    with open_store(path) as db:
        db[key] = value

if __name__ == "__main__":
    put("a", 1)
    print("stored")
