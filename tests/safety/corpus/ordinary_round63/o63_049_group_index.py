# family: ordinary, blind round 63 (group-by index dict with __missing__ and set semantics)
from collections import defaultdict


class GroupIndex(dict):
    """Maps a key to a set of record ids; missing keys yield empty frozensets."""

    def __missing__(self, key):
        return frozenset()

    def add(self, key, record_id):
        self.setdefault(key, set()).add(record_id)

    def __getitem__(self, key):
        return frozenset(super().__getitem__(key))

    def __and__(self, other):
        return GroupIndex({k: self[k] & other[k] for k in self.keys() & other.keys() if self[k] & other[k]})

    def query(self, *keys):
        """Record ids present under every key."""
        result = None
        for key in keys:
            result = self[key] if result is None else result & self[key]
        return result or frozenset()

    def __repr__(self):
        body = ", ".join(f"{k!r}: {sorted(v)}" for k, v in sorted(self.items()))
        return f"GroupIndex({{{body}}})"


class Catalog:
    def __init__(self, records):
        self.records = dict(enumerate(records, 1))
        self.indexes = defaultdict(GroupIndex)
        for rid, rec in self.records.items():
            for field, value in rec.items():
                for v in value if isinstance(value, list) else [value]:
                    self.indexes[field].add(v, rid)

    def find(self, **criteria):
        ids = None
        for field, value in criteria.items():
            hits = self.indexes[field][value]
            ids = hits if ids is None else ids & hits
        return [self.records[i]["title"] for i in sorted(ids or ())]


if __name__ == "__main__":
    books = Catalog([
        {"title": "Dune", "genre": "scifi", "tags": ["classic", "desert"]},
        {"title": "Neuromancer", "genre": "scifi", "tags": ["cyberpunk", "classic"]},
        {"title": "Emma", "genre": "romance", "tags": ["classic"]},
        {"title": "Snow Crash", "genre": "scifi", "tags": ["cyberpunk"]},
    ])
    print(books.indexes["tags"])
    print(books.find(genre="scifi", tags="classic"))
    print(books.find(tags="cyberpunk"), books.find(genre="horror"))
    print(books.indexes["tags"].query("classic", "desert"), books.indexes["genre"]["western"])
