# family: lambda defaults and closure tricks
def make():
    secret = "hidden"

    def inner():
        return secret

    return inner


def tool() -> str:
    return make().__closure__[0].cell_contents
