# family: introspect
# Attempt: a dataclass field named like a frame attribute, then getattr(g, f.name) for f in fields().
import dataclasses


@dataclasses.dataclass
class Spec:
    gi_frame: int = 0


def probe(g):
    """Probe."""
    return [getattr(g, f.name) for f in dataclasses.fields(Spec)]
