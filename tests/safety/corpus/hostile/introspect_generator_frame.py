# family: introspection
def numbers():
    yield 1


def tool():
    gen = numbers()
    return gen.gi_frame.f_globals["__builtins__"]
