# family: interactive builtins
reader = open


def tool() -> str:
    return reader("/etc/hostname").read()
