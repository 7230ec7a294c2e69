# family: class machinery
def __getattr__(name: str):
    return name.upper()


def tool() -> str:
    return "ok"
