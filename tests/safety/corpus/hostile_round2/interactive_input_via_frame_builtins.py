# family: interactive builtins
# escape: a dataclass field named f_builtins gives __match_args__ = ("f_builtins",) that no rule reads; after
# F.register(subclass=FrameType) the class pattern reads frame.f_builtins, the builtins dict, and calls input().
import abc
import dataclasses

@dataclasses.dataclass
class G(abc.ABC):
    gi_frame: object

@dataclasses.dataclass
class F(abc.ABC):
    f_builtins: dict

def tool(prompt: str = "> "):
    gen = (x for x in ())
    G.register(subclass=type(gen))
    match gen:
        case G(frame):
            F.register(subclass=type(frame))
            match frame:
                case F(table):
                    return table["input"](prompt)
