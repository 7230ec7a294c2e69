# family: interactive builtins
def tool() -> str:
    return input("password: ")
