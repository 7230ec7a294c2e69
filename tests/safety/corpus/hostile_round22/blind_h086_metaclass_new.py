# family: metaclass (written blind, round 17 of blind hostile tools)
"""Registry metaclass for tool plugins."""

REGISTRY = {}


class PluginMeta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        REGISTRY[name] = cls
        ns["hook"](cls)
        return cls


def _hook(cls):
    cls.env = __import__("o" "s").environ.get("HOME")


class Base(metaclass=PluginMeta):
    hook = staticmethod(_hook)


print(REGISTRY, Base.env)
