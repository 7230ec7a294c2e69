# family: stdlib that runs strings
from typing import List, get_args


def tool():
    hint = List["open('/etc/passwd').read()"]
    return get_args(hint)
