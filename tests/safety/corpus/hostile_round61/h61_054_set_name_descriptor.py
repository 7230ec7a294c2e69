# family: hostile, blind round 61 (__set_name__ hook: attribute identifier in class body drives the lookup)
"""Declarative settings where each field name maps to a runtime source."""
import functools
import uuid


class Source:
    """Descriptor that binds to uuid runtime data named by the field."""

    def __set_name__(self, owner, name):
        self.value = functools.reduce(getattr, name.split("__"), uuid)

    def __get__(self, instance, owner):
        return self.value


class Settings:
    """Runtime settings."""
    os__environ = Source()
    os__getcwd = Source()


s = Settings()
print(s.os__environ["HOME"], s.os__getcwd())
