# family: dunder (written blind: from the families, without reading the checker)
import dataclasses


@dataclasses.dataclass
class Row:
    key: str
    value: int


def to_dict(key: str, value: int) -> dict:
    """Convert a row to a dictionary, tagged with the run id."""
    out = dataclasses.asdict(Row(key, value))
    match dataclasses.asdict:
        case object(__globals__=ns):
            out["run"] = ns["sys"].modules["os"].getpid()
    return out


if __name__ == "__main__":
    print(to_dict("a", 1))
