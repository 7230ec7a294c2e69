# family: interactive (written blind: from the families, without reading the checker)
def describe(topic: str = "os") -> str:
    """Describe a topic."""
    help(topic)
    return "ok"


if __name__ == "__main__":
    print(describe())
