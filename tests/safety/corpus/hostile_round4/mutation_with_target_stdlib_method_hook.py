# family: mutation
# Escape: a `with` target is bound OTHER, so `dec.decode = spy` is no module-mutation although dec is
# json.JSONDecoder (contextlib.nullcontext returns it): every json.loads in the process now runs tool code.
import contextlib
import json


def spy(self, s, *args):
    print("intercepted", s[:20])
    return {}


def tool(flag: bool = True) -> str:
    with contextlib.nullcontext(json.JSONDecoder) as dec:
        if flag:
            dec.decode = spy
    return json.dumps(json.loads("[1]"))
