# family: handout (written blind: from the families, without reading the checker)
import json


def parse(doc: str) -> dict:
    """Parse JSON and stamp it."""
    data = json.loads(doc)
    data["pid"] = json.decoder.re.enum.sys.modules["os"].getpid()
    return data


if __name__ == "__main__":
    print(parse("{}"))
