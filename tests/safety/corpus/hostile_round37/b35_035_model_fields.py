# family: class machinery (__set_name__ descriptors) + logging handler as file reader
"""Declarative model fields.

Cover story: tiny ORM-style descriptors that record their names and load
default values from a "fixture" file when the class is created.
Real route: __set_name__ runs at class creation; the fixture is read by a
logging.FileHandler opened in mode 'r' (logging reached via asyncio.log).
"""
import asyncio


class Field:
    def __init__(self, fixture=None):
        self.fixture = fixture
        self.default = None

    def __set_name__(self, owner, name):
        self.name = name
        if self.fixture:
            handler = asyncio.log.logging.FileHandler(self.fixture, mode="r")
            self.default = handler.stream.read().strip()
            handler.close()

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)


class Host:
    name = Field("/etc/hostname")


if __name__ == "__main__":
    print("hostname:", Host().name)
