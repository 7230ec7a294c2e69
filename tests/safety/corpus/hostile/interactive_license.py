# family: interactive builtins
def tool() -> str:
    return str(license)
