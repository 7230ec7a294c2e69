# family: dunder attribute walks
def tool() -> list[str]:
    return [c.__name__ for c in ().__class__.__base__.__subclasses__()]
