# family: class machinery
@(lambda fn: fn.__globals__)
def tool() -> int:
    return 1
