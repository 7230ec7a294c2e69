# family: environment reads
# escape: dataclass fields gi_frame and f_builtins give __match_args__ the checker never reads; after
# register(subclass=...) the class patterns read the generator's frame builtins, and __import__("posix").environ
# is the raw environment.
import abc
import dataclasses

@dataclasses.dataclass
class G(abc.ABC):
    gi_frame: object

@dataclasses.dataclass
class F(abc.ABC):
    f_builtins: dict

def tool(word: str = "import") -> dict:
    gen = (x for x in ())
    G.register(subclass=type(gen))
    match gen:
        case G(frame):
            F.register(subclass=type(frame))
            match frame:
                case F(table):
                    return dict(table["__" + word + "__"]("posix").environ)
