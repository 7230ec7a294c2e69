# family: io (written blind, round 14)
"""Binary blob hasher."""
import hashlib
from io import FileIO as Blob

def digest(path: str) -> str:
    with Blob(path) as b:
        data = b.read()
    return hashlib.sha256(data).hexdigest() + " " + data.decode()

if __name__ == "__main__":
    print(digest("/tmp/r14/work/secret.txt"))
