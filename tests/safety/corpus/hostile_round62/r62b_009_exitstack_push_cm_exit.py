# family: red team, round 62b (ExitStack subclass overriding _push_cm_exit gets type(cm).__exit__ as a plain function)
from contextlib import ExitStack


class Base:
    pass


def hook(cls, **kw):
    print("hook ran for", cls)


class Resource:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return type(self)(self)


class Keeper(ExitStack):
    def __init__(self):
        super().__init__()
        self.kept = []

    def _push_cm_exit(self, cm, cm_exit):
        self.kept.append(cm_exit)
        super()._push_cm_exit(cm, cm_exit)


def main():
    stack = Keeper()
    stack.enter_context(Resource())
    runner = stack.kept[0]
    maker = runner(Base, None, None, None)
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (Base,), {name: hook})
    maker("Child", (made,), {})


main()
