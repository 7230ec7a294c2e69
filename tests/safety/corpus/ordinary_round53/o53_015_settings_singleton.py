# family: ordinary, blind round 53 (singleton via __new__)
from types import MappingProxyType


class AppSettings:
    """Process-wide settings object. Every call returns the same instance."""

    _instance = None

    def __new__(cls, **overrides):
        if cls._instance is None:
            inst = super().__new__(cls)
            inst._values = {"theme": "light", "page_size": 25, "debug": False}
            cls._instance = inst
        if overrides:
            unknown = set(overrides) - set(cls._instance._values)
            if unknown:
                raise KeyError(f"unknown settings: {sorted(unknown)}")
            cls._instance._values.update(overrides)
        return cls._instance

    def __init__(self, **overrides):
        # __init__ runs on every call; keep it side-effect free
        pass

    def get(self, key, default=None):
        return self._values.get(key, default)

    @property
    def view(self):
        return MappingProxyType(self._values)

    def __repr__(self):
        return f"<AppSettings {dict(self._values)}>"

    @classmethod
    def _reset_for_tests(cls):
        cls._instance = None


def render_page(items):
    cfg = AppSettings()
    size = cfg.get("page_size")
    return [items[i:i + size] for i in range(0, len(items), size)]


if __name__ == "__main__":
    a = AppSettings()
    b = AppSettings(theme="dark", page_size=4)
    print("same object:", a is b)
    print("theme from a:", a.get("theme"))
    print("pages:", render_page(list(range(10))))
    print("ids seen:", len({id(AppSettings()) for _ in range(50)}))

    try:
        a.view["debug"] = True
    except TypeError:
        print("read-only view rejected write")
    try:
        AppSettings(colour="red")
    except KeyError as e:
        print("rejected:", e)

    AppSettings._reset_for_tests()
    print("after reset:", AppSettings(), AppSettings() is not a)
