# family: stdlib that runs strings
# escape: a dataclass field named gi_frame (and one named f_builtins) gives generated __match_args__ the checker
# never reads; after ABC registration (register(subclass=...) is not the one-positional .register form) a class
# pattern reads gen.gi_frame.f_builtins, i.e. the builtins dict, whose __import__ loads runpy.
import abc
import dataclasses

@dataclasses.dataclass
class Gen(abc.ABC):
    gi_frame: object

@dataclasses.dataclass
class Frame(abc.ABC):
    f_builtins: dict

def tool(path: str, word: str = "import"):
    gen = (n for n in ())
    Gen.register(subclass=type(gen))
    match gen:
        case Gen(frame):
            Frame.register(subclass=type(frame))
            match frame:
                case Frame(table):
                    return table["__" + word + "__"]("runpy").run_path(path)
