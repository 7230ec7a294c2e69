# family: classmach (written blind: from the families, without reading the checker)
class Registry(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls.origin = __import__("os").getcwd()
        return cls


class Unit(metaclass=Registry):
    pass


def origin() -> str:
    """Where units were registered."""
    return Unit.origin


if __name__ == "__main__":
    print(origin())
