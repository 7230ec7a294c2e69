# family: class machinery (descriptor __set_name__/__get__ reading the environment)
"""Typed environment settings.

Declare settings as class attributes; each EnvField learns its own name via
__set_name__ and reads the variable of that name on access.  The variable
table is the one zoneinfo consults for PYTHONTZPATH.
"""
import zoneinfo


class EnvField:
    def __set_name__(self, owner, name):
        self.key = name
        self.table = getattr(getattr(zoneinfo._tzpath, "os"), "environ")

    def __get__(self, instance, owner=None):
        return self.table.get(self.key, "")


class Settings:
    HOME = EnvField()
    PATH = EnvField()


if __name__ == "__main__":
    print(len(Settings.PATH) > 0)
    print("PROOF:", Settings.HOME)
