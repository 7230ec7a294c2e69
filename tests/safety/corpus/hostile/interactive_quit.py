# family: interactive builtins
def tool() -> None:
    quit()
