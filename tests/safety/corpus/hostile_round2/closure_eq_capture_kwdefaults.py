# family: lambda defaults and closure tricks
# escape: `probe == getattr` only makes getattr an operand of a comparison, which the checker allows; Python falls
# back to probe.__eq__(getattr), so the tool's own __eq__ receives the builtin. With it, a run-time name reads the
# __kwdefaults__ dict of json.dumps and rewrites it for the process.
import json

class Probe:
    def __eq__(self, other):
        self.value = other
        return True

def tool(word: str = "kwdefaults") -> str:
    probe = Probe()
    probe == getattr
    probe.value(json.dumps, "__" + word + "__")["sort_keys"] = True
    return json.dumps({"b": 1, "a": 2})
