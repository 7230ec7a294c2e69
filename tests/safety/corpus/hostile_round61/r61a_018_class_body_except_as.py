# family: red team, round 61a (class constant T rebound by `except ... as T` inside the class body: the handler deletes it, a base's T shows)
U = chr(len("x" * 95)) * 2
EVIL = "{0." + U + "init" + U + "." + U + "globals" + U + "}"


class K:
    def __init__(self):
        self.v = 1


class Base:
    T = "{0.v}"


class R(Base):
    T = "{0.v}"
    try:
        raise ValueError(EVIL)
    except ValueError as T:
        pass

    def render(self, obj):
        return self.T.format(obj)


print(R().render(K()))
