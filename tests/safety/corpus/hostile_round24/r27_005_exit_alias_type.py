# family: red team, round 27 (library methods run on a class; exit-stack callbacks)
# REFUSED by the checker (not an escape); kept as a probe.
# Chain: handed_out._exit_types looks only at functions *named* __exit__. A class body alias
# `__exit__ = on_exit` to a module-level function gets the exception class as its 2nd parameter, so the
# tool's own exception class reaches a parameter while no class counts as handed out; objects._bound
# trusts kind.show, and kind.show(kind) runs show with the class as self: type(self) is `type`,
# called at once with three arguments (type(self)(...) is trusted as the tool's own constructor).
class Boom(Exception):
    def show(self, namespace):
        print(type(self))
        return type(self)("Made", (), namespace)


SEEN = []


def on_exit(self, kind, exc, tb):
    under = bytes([95, 95]).decode()
    SEEN.append(kind.show(kind, {under + "getattr" + under: hook}))
    return True


class Guard:
    def __enter__(self):
        return self

    __exit__ = on_exit


def hook(self, name):
    return "hook ran for " + name


def tool():
    with Guard():
        raise Boom("x")
    made = SEEN[0]
    print(made().whatever)
    return str(made)


tool()
