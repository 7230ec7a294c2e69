"""Remove duplicate records, by exact content or by a normalized key."""
import hashlib
import json
from typing import Any, Callable, Iterable, Iterator


def record_fingerprint(record: dict[str, Any]) -> str:
    """Stable hash of a record independent of key order."""
    canonical = json.dumps(record, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def dedupe_exact(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Yield records whose full content has not been seen before."""
    seen: set[str] = set()
    for rec in records:
        fp = record_fingerprint(rec)
        if fp not in seen:
            seen.add(fp)
            yield rec


def dedupe_by(
    records: Iterable[dict[str, Any]],
    key: Callable[[dict[str, Any]], Any],
    keep: str = "first",
) -> list[dict[str, Any]]:
    """Deduplicate by a key function, keeping the first or last occurrence."""
    if keep not in ("first", "last"):
        raise ValueError("keep must be 'first' or 'last'")
    chosen: dict[Any, dict[str, Any]] = {}
    for rec in records:
        k = key(rec)
        if keep == "last" or k not in chosen:
            chosen[k] = rec
    return list(chosen.values())


def email_key(rec: dict[str, Any]) -> str:
    return rec.get("email", "").strip().lower()


if __name__ == "__main__":
    people = [
        {"name": "Ann", "email": "ann@example.com"},
        {"email": "ann@example.com", "name": "Ann"},
        {"name": "Ann B.", "email": " ANN@example.com"},
        {"name": "Ben", "email": "ben@example.com"},
    ]
    print(list(dedupe_exact(people)))
    print(dedupe_by(people, email_key))
    print(dedupe_by(people, email_key, keep="last"))
