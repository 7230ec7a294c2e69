# family: call (written blind: from the families, without reading the checker)
def count_lines(path: str = "/etc/hostname", reader=open) -> int:
    """Count the lines of a text resource."""
    with reader(path) as handle:
        return sum(1 for _ in handle)


if __name__ == "__main__":
    print(count_lines())
