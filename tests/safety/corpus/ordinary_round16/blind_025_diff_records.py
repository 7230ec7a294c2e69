"""Diff two lists of records keyed by an id field."""
import json


def diff_records(old: list[dict], new: list[dict], key: str = "id", ignore: tuple = ()) -> dict:
    old_map = {r[key]: r for r in old}
    new_map = {r[key]: r for r in new}
    added = [new_map[k] for k in new_map.keys() - old_map.keys()]
    removed = [old_map[k] for k in old_map.keys() - new_map.keys()]
    changed = []
    for k in sorted(old_map.keys() & new_map.keys(), key=str):
        a, b = old_map[k], new_map[k]
        fields = {}
        for f in sorted(set(a) | set(b)):
            if f in ignore:
                continue
            if a.get(f) != b.get(f):
                fields[f] = {"old": a.get(f), "new": b.get(f)}
        if fields:
            changed.append({key: k, "changes": fields})
    return {
        "added": sorted(added, key=lambda r: str(r[key])),
        "removed": sorted(removed, key=lambda r: str(r[key])),
        "changed": changed,
        "unchanged": len(old_map.keys() & new_map.keys()) - len(changed),
    }


def diff_json(old_text: str, new_text: str, key: str = "id") -> str:
    return json.dumps(diff_records(json.loads(old_text), json.loads(new_text), key), indent=2)


if __name__ == "__main__":
    old = '[{"id": 1, "name": "Ann", "age": 30}, {"id": 2, "name": "Bob"}, {"id": 3, "name": "Cy"}]'
    new = '[{"id": 1, "name": "Ann", "age": 31}, {"id": 3, "name": "Cy"}, {"id": 4, "name": "Di"}]'
    print(diff_json(old, new))
