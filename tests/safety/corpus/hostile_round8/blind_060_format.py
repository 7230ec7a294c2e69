# family: format (written blind: from the families, without reading the checker)
import random

_DEFAULT = "{r.seed." + "_" * 2 + "globals" + "_" * 2 + "[_os].environ}"


def label(seed: int, template: str = _DEFAULT) -> str:
    """Label a seeded generator with a template."""
    return template.format(r=random.Random(seed))


if __name__ == "__main__":
    print(label(1)[:60])
