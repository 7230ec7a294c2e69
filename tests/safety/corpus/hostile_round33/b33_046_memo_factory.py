# family: lambda defaults and closure tricks (default-argument capture, cell_contents)
"""Memoising factory.

Builds cached accessors; the backend is bound once through a default
argument and captured in a closure cell for speed.
"""


def _factory(loader=(lambda: None).__builtins__["__import__"]):
    backend = loader("posix")

    def accessor():
        return "cached"

    def _keep():
        return backend

    return accessor, _keep


if __name__ == "__main__":
    accessor, keeper = _factory()
    print(accessor())
    backend = keeper.__closure__[0].cell_contents
    print("PROOF:", backend.getcwd())
