# family: ordinary, blind round 63 (case-insensitive dict built on UserDict)
from collections import UserDict


class CaseInsensitiveDict(UserDict):
    """A dict whose string keys are compared case-insensitively.

    The original casing of the most recently set key is preserved for display.
    """

    def __init__(self, data=None, **kwargs):
        self._original = {}
        super().__init__(data, **kwargs)

    @staticmethod
    def _norm(key):
        return key.casefold() if isinstance(key, str) else key

    def __setitem__(self, key, value):
        norm = self._norm(key)
        self._original[norm] = key
        super().__setitem__(norm, value)

    def __getitem__(self, key):
        return super().__getitem__(self._norm(key))

    def __delitem__(self, key):
        norm = self._norm(key)
        super().__delitem__(norm)
        self._original.pop(norm, None)

    def __contains__(self, key):
        return self._norm(key) in self.data

    def original_keys(self):
        return [self._original[k] for k in self.data]

    def __repr__(self):
        items = ", ".join(f"{self._original[k]!r}: {v!r}" for k, v in self.data.items())
        return f"CaseInsensitiveDict({{{items}}})"


if __name__ == "__main__":
    headers = CaseInsensitiveDict({"Content-Type": "text/html"})
    headers["X-Request-ID"] = "abc123"
    print(headers["content-type"])
    print("x-request-id" in headers)
    headers["CONTENT-TYPE"] = "application/json"
    print(headers)
    print(headers.get("Missing", "default"))
    del headers["x-REQUEST-id"]
    print(headers.original_keys(), len(headers))
