# family: dunder attribute walks
def target():
    return 1


def tool(raw: bytes):
    target.__code__ = target.__code__.replace(co_code=raw)
    return target()
