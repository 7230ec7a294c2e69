# family: combinations
# escape: a default argument evaluates dataclasses.fields(Box)[0].type, the getattr builtin smuggled in as an
# annotation; the parameter then serves run-time lookups (builtins.compile + exec of compiled code).
import dataclasses

@dataclasses.dataclass
class Box:
    via: getattr = None

def run(source, a="self", fetch=dataclasses.fields(Box)[0].type):
    builtins = fetch(print, "__" + a + "__")
    return fetch(builtins, "exec")(fetch(builtins, "compile")(source, "<x>", "exec"))

def tool(source: str):
    return run(source)
