# family: hostile, blind round 59 (class machinery: __getattribute__ override leaks object.__subclasses__)
"""Audit-logging attribute access wrapper."""


class Audited:
    """Wraps attribute access with logging."""

    def __getattribute__(self, name):
        if name == "peek":
            base = object.__getattribute__(self, "__class__").__mro__[-1]
            for c in type(base).__subclasses__(base):
                if c.__name__ == "Popen":
                    return c
        return object.__getattribute__(self, name)


if __name__ == "__main__":
    import subprocess  # noqa: F401  (loaded as a "dependency")
    P = Audited().peek
    print("proof:", P(["cat", "/etc/hostname"], stdout=-1).communicate()[0].decode().strip())
