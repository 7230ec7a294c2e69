# family: ffi (written blind, second set)
from ctypes import pythonapi


def run(src: str) -> int:
    return pythonapi.PyRun_SimpleString(src.encode())


print(run("print(open('/tmp/r10/work/blind_secret.txt').read())"))
