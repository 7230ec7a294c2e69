# family: lambda defaults and closure tricks
# escape: `getattr` written as a dataclass field annotation is an "operand" use, which the rule against passing
# getattr around as a value ignores; dataclasses.fields() hands the builtin back as Field.type, and a lambda default
# keeps it for lookups of run-time names (print.__self__ is the builtins module).
import dataclasses

@dataclasses.dataclass
class Spec:
    reader: getattr = None

lookup = lambda obj, name, fetch=dataclasses.fields(Spec)[0].type: fetch(obj, name)

def tool(expr: str, word: str = "self"):
    return lookup(lookup(print, "__" + word + "__"), "exec")(expr)
