"""Case-insensitive inventory mapping built on collections.abc.MutableMapping."""
from collections.abc import MutableMapping


class Inventory(MutableMapping):
    def __init__(self, items=None, **kw):
        self._data = {}
        self.update(items or {}, **kw)

    @staticmethod
    def _norm(key):
        if not isinstance(key, str):
            raise TypeError("SKU must be a string")
        return key.strip().upper()

    def __getitem__(self, key):
        return self._data[self._norm(key)]

    def __setitem__(self, key, qty):
        if not isinstance(qty, int) or qty < 0:
            raise ValueError(f"quantity for {key!r} must be a non-negative int")
        self._data[self._norm(key)] = qty

    def __delitem__(self, key):
        del self._data[self._norm(key)]

    def __iter__(self):
        return iter(sorted(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return f"{type(self).__name__}({dict(self)})"

    def __add__(self, other):
        result = type(self)(self)
        for k, v in other.items():
            result[k] = result.get(k, 0) + v
        return result

    def take(self, key, qty):
        have = self.get(key, 0)
        if qty > have:
            raise ValueError(f"only {have} of {key} left")
        self[key] = have - qty
        if self[key] == 0:
            del self[key]


def fulfil(stock: dict, orders: list) -> dict:
    inv = Inventory(stock)
    failed = []
    for sku, qty in orders:
        try:
            inv.take(sku, qty)
        except ValueError as e:
            failed.append(str(e))
    return {"remaining": dict(inv), "failed": failed}


if __name__ == "__main__":
    print(fulfil({"ab-1": 5, "cd-2": 1}, [("AB-1", 2), ("cd-2", 1), ("Cd-2 ", 1), ("zz", 1)]))
    print(Inventory(a=1) + {"A": 2, "b": 3})
