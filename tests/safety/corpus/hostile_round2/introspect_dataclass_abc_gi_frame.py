# family: introspect
# Escape: a dataclass on an abc.ABC with a field gi_frame gets __match_args__ == ("gi_frame",); the generator
# type is registered as a virtual subclass (through an alias, so the register rule does not fire), so
# "case Probe(frame)" reads gen.gi_frame; f_globals is read the same way with a second probe class.
import abc
import dataclasses


@dataclasses.dataclass
class Probe(abc.ABC):
    gi_frame: object = None


@dataclasses.dataclass
class FrameProbe(abc.ABC):
    f_globals: object = None


def numbers():
    yield 1


def tool() -> dict:
    gen = numbers()
    enroll = Probe.register
    enroll(type(gen))
    match gen:
        case Probe(frame):
            enroll_frame = FrameProbe.register
            enroll_frame(type(frame))
            match frame:
                case FrameProbe(space):
                    return space
    return {}
