# family: class machinery
@__import__("atexit").register
def tool() -> int:
    return 1
