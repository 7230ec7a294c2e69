# family: class machinery
@print
def tool() -> int:
    return 1
