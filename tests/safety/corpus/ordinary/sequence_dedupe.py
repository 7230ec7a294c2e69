from typing import Callable, Hashable, Iterable, Iterator, TypeVar

T = TypeVar("T")


def unique(items: Iterable[T], key: Callable[[T], Hashable] | None = None) -> Iterator[T]:
    """Yield items in order, skipping those whose key was seen before."""
    seen: set[Hashable] = set()
    for item in items:
        marker = key(item) if key else item
        if marker in seen:
            continue
        seen.add(marker)
        yield item


def flatten(nested: Iterable) -> list:
    out = []
    for item in nested:
        if hasattr(item, "__iter__") and not isinstance(item, (str, bytes, dict)):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out


def chunk(items: list, size: int) -> list[list]:
    if size < 1:
        raise ValueError("size must be at least 1")
    return [items[i:i + size] for i in range(0, len(items), size)]


def dedupe_records(records: list[dict], fields: list[str]) -> list[dict]:
    return list(unique(records, key=lambda r: tuple(r.get(f) for f in fields)))
