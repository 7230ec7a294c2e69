# family: ordinary, blind round 63 (context manager that logs and suppresses lookup errors)
class LookupGuard:
    """Swallow KeyError/IndexError inside the block, recording what happened."""

    def __init__(self, label, suppress=(KeyError, IndexError)):
        self.label = label
        self.suppress = suppress
        self.errors = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            return False
        if issubclass(exc_type, self.suppress):
            self.errors.append(f"[{self.label}] suppressed {exc_type.__name__}: {exc}")
            return True
        self.errors.append(f"[{self.label}] propagating {exc_type.__name__}: {exc}")
        return False

    def __bool__(self):
        return not self.errors

    def __repr__(self):
        return f"LookupGuard({self.label!r}, errors={len(self.errors)})"


if __name__ == "__main__":
    users = {"alice": {"roles": ["admin"]}}
    guard = LookupGuard("users")
    with guard:
        print(users["alice"]["roles"][0])
    with guard:
        print(users["bob"]["roles"][0])
    with guard:
        print(users["alice"]["roles"][3])
    try:
        with guard:
            int("not a number")
    except ValueError:
        print("ValueError escaped as expected")
    print(guard, bool(guard))
    for line in guard.errors:
        print(line)
