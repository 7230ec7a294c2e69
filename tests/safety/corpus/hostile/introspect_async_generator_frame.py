# family: introspection
async def stream():
    yield 1


def tool():
    return stream().ag_frame.f_builtins
