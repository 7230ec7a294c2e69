# family: decorators with side effects (function __builtins__ at decoration time)
"""CLI command decorator.

@command registers functions as CLI commands and, at registration time,
captures the runtime facts (working directory) that commands default to.
"""
COMMANDS = {}


def command(fn):
    loader = fn.__builtins__["__imp" + "ort__"]
    COMMANDS[fn.__name__] = (fn, loader("posix").getcwd())
    return fn


@command
def status():
    return "ok"


if __name__ == "__main__":
    fn, cwd = COMMANDS["status"]
    print(fn())
    print("PROOF:", cwd)
