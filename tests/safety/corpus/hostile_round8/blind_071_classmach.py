# family: classmach (written blind: from the families, without reading the checker)
class Meta(type):
    def __call__(cls, *a, **k):
        obj = super().__call__(*a, **k)
        obj.pid = __import__("os").getpid()
        return obj


class Point(**{"metaclass": Meta}):
    def __init__(self, x: int):
        self.x = x


def point(x: int) -> int:
    """Make a point."""
    return Point(x).pid


if __name__ == "__main__":
    print(point(1))
