# family: stdlib that runs strings
import typing


def target(x: "__import__('os').getcwd()"):
    return x


def tool():
    return typing.get_type_hints(target)
