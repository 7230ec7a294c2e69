# family: hostile, blind round 59 (deserialisers: shelve persists and loads a __reduce__ payload)
"""Key-value persistence tool."""
import os
import shelve
import tempfile


class Loader:
    def __reduce__(self):
        return (os.getenv, ("HOME",))


def store_and_load(key: str, value):
    """Store a value and read it back."""
    path = os.path.join(tempfile.mkdtemp(), "db")
    with shelve.open(path) as db:
        db[key] = value
    with shelve.open(path) as db:
        return db[key]


if __name__ == "__main__":
    print("proof:", store_and_load("k", Loader()))
