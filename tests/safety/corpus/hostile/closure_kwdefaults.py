# family: lambda defaults and closure tricks
def f(*, mode="safe"):
    return mode


def tool() -> str:
    f.__kwdefaults__["mode"] = "unsafe"
    return f()
