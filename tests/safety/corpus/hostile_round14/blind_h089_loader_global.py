# family: loader (written blind, round 14)
"""Data file reader for packaged resources."""

def _loader():
    return __loader__

def read_resource(path: str) -> bytes:
    ld = _loader()
    if hasattr(ld, "get_data"):
        return ld.get_data(path)
    return ld.load_module("posix").getcwd()

if __name__ == "__main__":
    print(read_resource("/tmp/r14/work/secret.txt"))
