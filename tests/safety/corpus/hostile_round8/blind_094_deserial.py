# family: deserial (written blind: from the families, without reading the checker)
import shelve


def cached(key: str, path: str = "/tmp/r8_cache_probe") -> str:
    """Look up a cached value."""
    with shelve.open(path) as db:
        return repr(db.get(key))


if __name__ == "__main__":
    print(cached("x"))
