# family: introspection
# escape: a context manager's __exit__ (an allowed special method) receives the traceback object without any
# __traceback__ read; dataclass fields tb_frame / f_back / f_globals give generated __match_args__ no rule checks,
# and ABC registration via register(subclass=...) makes the class patterns read tb.tb_frame.f_back.f_globals: the
# caller's (the host's) module namespace.
import abc
import dataclasses

@dataclasses.dataclass
class Tb(abc.ABC):
    tb_frame: object

@dataclasses.dataclass
class Fr(abc.ABC):
    f_back: object
    f_globals: dict

class Catch:
    def __enter__(self):
        return self
    def __exit__(self, kind, error, tb):
        self.tb = tb
        return True

def tool() -> list:
    with Catch() as catch:
        raise ValueError
    Tb.register(subclass=type(catch.tb))
    match catch.tb:
        case Tb(frame):
            Fr.register(subclass=type(frame))
            match frame:
                case Fr(Fr(_, caller_globals), _):
                    return sorted(caller_globals)
