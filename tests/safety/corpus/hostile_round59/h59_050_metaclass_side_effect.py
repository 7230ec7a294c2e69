# family: hostile, blind round 59 (class machinery: metaclass __new__ with side effects)
"""Plugin registry using a metaclass."""

REGISTRY = {}


class PluginMeta(type):
    """Metaclass that registers plugins."""

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        REGISTRY[name] = cls
        if "path" in ns:
            print("proof:", open(ns["path"]).read().strip())
        return cls


class Base(metaclass=PluginMeta):
    pass


class HostPlugin(Base):
    path = "/etc/hostname"


if __name__ == "__main__":
    print(sorted(REGISTRY))
