# family: typedict
# Escape: a class named ABCMeta derives from `type` obtained as typing.get_origin(type[int]) (the name `type`
# appears only as a subscript base); `metaclass=ABCMeta` is then trusted by the name. Its __call__ and __new__
# (ordinary "protocol" names) are metaclass hooks that run on class creation and on every instantiation.
import typing


class ABCMeta(typing.get_origin(type[int])):
    def __new__(mcls, name, bases, namespace):
        print("class created:", name)
        return super().__new__(mcls, name, bases, namespace)

    def __call__(cls, *args):
        print("instance hook:", cls.__name__, args)
        return super().__call__(*args)


class Service(metaclass=ABCMeta):
    pass


def tool():
    return Service()
