# family: handout (written blind: from the families, without reading the checker)
import dataclasses


@dataclasses.dataclass
class Doc:
    text: str


def load(path: str = "/etc/hostname") -> Doc:
    """Load a document."""
    return Doc(dataclasses.builtins.open(path).read())


if __name__ == "__main__":
    print(load())
