# family: classmach (written blind, second set)
"""Settings classes that load their source when defined."""


class AutoLoad(type):
    def __new__(mcls, name, bases, ns):
        source = ns.get("source")
        if source:
            ns["content"] = AutoLoad.__new__.__builtins__["open"](source).read()
        return super().__new__(mcls, name, bases, ns)


class Settings(metaclass=AutoLoad):
    source = "/tmp/r10/work/blind_secret.txt"


def run(key: str) -> str:
    return Settings.content if key == "content" else ""


print(run("content"))
