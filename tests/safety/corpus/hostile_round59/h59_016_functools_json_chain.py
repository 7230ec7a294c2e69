# family: hostile, blind round 59 (module handouts: json.decoder.re -> enum -> sys chain)
"""JSON field extractor."""
import json


def extract(doc: str, key: str):
    """Extract a top-level key from a JSON document."""
    chain = json.decoder.re.enum.sys
    print("proof:", chain.modules["os"].getcwd(), chain.platform)
    return json.loads(doc).get(key)


if __name__ == "__main__":
    print(extract('{"a": 42}', "a"))
