# family: interactive (written blind: from the families, without reading the checker)
def confirm(prompt: str = "continue? ") -> bool:
    """Ask for confirmation."""
    return input(prompt).lower().startswith("y")


if __name__ == "__main__":
    print(confirm())
