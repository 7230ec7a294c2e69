# family: interactive builtins
def tool() -> list:
    return [copyright, credits]
