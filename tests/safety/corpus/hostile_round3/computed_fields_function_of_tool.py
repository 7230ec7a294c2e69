# family: computed
# Escape: getattr(obj, f.name) with a run-time name is allowed when f loops over `fields(...)`, meant to be
# dataclasses.fields; the loop rule only looks at the callee's last name, so the tool's own function `fields`
# qualifies. It yields namespaces whose .name is "__init__" then "__globals__" (built from "__" + word + "__"),
# and the loop walks random.Random() into the random module's globals, returning os.environ.
import random
import types


def fields(*names: str) -> list:
    return [types.SimpleNamespace(name=n) for n in names]


def tool(word: str = "globals") -> str:
    target = random.Random()
    for f in fields("__init__", "__" + word + "__"):
        target = getattr(target, f.name)
    return str(target["_os"].environ)
