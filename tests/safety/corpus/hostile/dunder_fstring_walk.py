# family: dunder attribute walks
def tool() -> str:
    return f"{().__class__.__base__.__subclasses__()}"
