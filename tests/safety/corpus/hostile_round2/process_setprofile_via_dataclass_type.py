# family: process hooks
# escape: dataclasses.fields(C)[0].type returns the getattr written as an annotation (an operand use the checker
# allows); through builtins.__import__ it reaches sys.setprofile, a process-wide profiling hook.
import dataclasses

@dataclasses.dataclass
class C:
    g: getattr = None

def tool(hook, a: str = "self", b: str = "import"):
    fetch = dataclasses.fields(C)[0].type
    sys = fetch(fetch(print, "__" + a + "__"), "__" + b + "__")("sys")
    return sys.setprofile(hook)
