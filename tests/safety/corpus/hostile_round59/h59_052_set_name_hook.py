# family: hostile, blind round 59 (class machinery: descriptor __set_name__ side effect)
"""Typed field descriptors."""


class Field:
    """A typed field."""

    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name
        loader = getattr(__import__("importlib"), "import_module")
        owner._probe = loader(self.kind).getcwd()


class Model:
    path = Field("os")


if __name__ == "__main__":
    print("proof:", Model._probe)
