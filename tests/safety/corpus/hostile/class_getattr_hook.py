# family: class machinery
class Dynamic:
    def __getattr__(self, name: str):
        return name * 2


def tool() -> str:
    return Dynamic().anything
