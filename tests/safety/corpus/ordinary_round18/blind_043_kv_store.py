"""Abstract key-value storage interface with in-memory and namespaced implementations."""
from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any


class Store(ABC):
    @abstractmethod
    def get(self, key: str, default: Any = None) -> Any: ...
    @abstractmethod
    def set(self, key: str, value: Any) -> None: ...
    @abstractmethod
    def delete(self, key: str) -> bool: ...
    @abstractmethod
    def keys(self, prefix: str = "") -> list[str]: ...

    def incr(self, key: str, by: int = 1) -> int:
        value = int(self.get(key, 0)) + by
        self.set(key, value)
        return value


class MemoryStore(Store):
    def __init__(self) -> None:
        self._data: dict[str, Any] = {}

    def get(self, key: str, default: Any = None) -> Any:
        return self._data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self._data[key] = value

    def delete(self, key: str) -> bool:
        return self._data.pop(key, None) is not None

    def keys(self, prefix: str = "") -> list[str]:
        return sorted(k for k in self._data if k.startswith(prefix))


class Namespaced(Store):
    """Wraps another store, prefixing every key; also usable as a dict-like mapping."""

    def __init__(self, inner: Store, namespace: str) -> None:
        self.inner, self.prefix = inner, namespace.rstrip(":") + ":"

    def get(self, key: str, default: Any = None) -> Any:
        return self.inner.get(self.prefix + key, default)

    def set(self, key: str, value: Any) -> None:
        self.inner.set(self.prefix + key, value)

    def delete(self, key: str) -> bool:
        return self.inner.delete(self.prefix + key)

    def keys(self, prefix: str = "") -> list[str]:
        return [k[len(self.prefix):] for k in self.inner.keys(self.prefix + prefix)]

    __setitem__ = set

    def __getitem__(self, key: str) -> Any:
        if key not in self:
            raise KeyError(key)
        return self.get(key)

    def __contains__(self, key: object) -> bool:
        return f"{self.prefix}{key}" in self.inner.keys(self.prefix)

    def __len__(self) -> int:
        return len(self.keys())


if __name__ == "__main__":
    base = MemoryStore()
    users, carts = Namespaced(base, "users"), Namespaced(base, "carts")
    users["alice"] = {"age": 31}
    carts.incr("alice"); carts.incr("alice", 4)
    print(base.keys(), {k: users[k] for k in users.keys()}, len(carts), "alice" in carts, carts.get("bob", "none"))
    print(users.delete("alice"), base.keys())
    print(isinstance(users, Store), isinstance(base, Namespaced), type(users).__name__)
