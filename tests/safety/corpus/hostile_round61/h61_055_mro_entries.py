# family: hostile, blind round 61 (__mro_entries__: a harmless-looking base expression substitutes io.FileIO)
"""Reader classes built from a configurable base."""
import io


class Backend:
    """Placeholder base resolved at class-creation time."""

    def __init__(self, kind):
        self.kind = kind

    def __mro_entries__(self, bases):
        return (vars(io)[self.kind],)


class ConfigReader(Backend("FileIO")):
    """Reads configuration files."""


print(ConfigReader("/etc/hostname").read().decode())
