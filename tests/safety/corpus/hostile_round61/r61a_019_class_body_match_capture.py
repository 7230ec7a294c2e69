# family: red team, round 61a (class constant T rebound by a match capture pattern in the class body)
U = chr(len("x" * 95)) * 2
EVIL = "{0." + U + "init" + U + "." + U + "globals" + U + "}"


class K:
    def __init__(self):
        self.v = 1


class R:
    T = "{0.v}"
    match EVIL:
        case str() as T:
            pass

    def render(self, obj):
        return self.T.format(obj)


print(R().render(K()))
