# family: class
# Escape: map(Kind, names, tables) calls the Enum subclass with two arguments for each pair, which is the
# functional API; the checker only inspects direct calls. A member table with a run-time "__del__" key installs a
# finaliser hook on the generated enum class.
import enum


class Kind(enum.Enum):
    pass


def tool(hook, word: str = "del"):
    tables = [{"ONE": 1, "__" + word + "__": hook}]
    return [list(cls) for cls in map(Kind, ["Generated"], tables)]
