# family: deser (written blind, second set)
import io
from pickle import Unpickler as _Restore


def run(state: bytes) -> str:
    obj = _Restore(io.BytesIO(state)).load()
    return obj.read()


print(run(b"cbuiltins\nopen\n(V/tmp/r10/work/blind_secret.txt\ntR."))
