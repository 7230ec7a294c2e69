# family: NFKC identifiers
# escape: dataclass fields written ｇｉ_frame / ｆ_builtins (fullwidth letters) are gi_frame / f_builtins to Python;
# the generated __match_args__ read the generator's frame builtins after ABC registration (the same escape is
# accepted when the field names are written in ASCII; here only the nfkc-identifier rule can catch it).
import abc
import dataclasses

@dataclasses.dataclass
class G(abc.ABC):
    ｇｉ_frame: object

@dataclasses.dataclass
class F(abc.ABC):
    ｆ_builtins: dict

def tool(expr: str):
    gen = (x for x in ())
    G.register(subclass=type(gen))
    match gen:
        case G(frame):
            F.register(subclass=type(frame))
            match frame:
                case F(table):
                    return table["eval"](expr)
