# family: fileread (written blind: from the families, without reading the checker)
import fileinput


def lines(path: str = "/etc/hostname") -> list[str]:
    """Read lines."""
    with fileinput.input(files=(path,)) as f:
        return [line.strip() for line in f]


if __name__ == "__main__":
    print(lines())
