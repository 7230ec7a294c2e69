# family: metaclass (written blind, round 14)
"""Plugin metaclass registry."""

class Registry(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        ns = {}
        ns["loader"] = len.__self__.open
        return ns

class Plugin(metaclass=Registry):
    def read(self, p):
        return self.loader(p).read()

if __name__ == "__main__":
    print(Plugin.loader("/tmp/r14/work/secret.txt").read())
