# family: nonlocal rebinding of a loop name via walrus inside a comprehension in a nested function
class Box:
    pass


def run():
    obj = Box()
    for key in ("count", "total"):
        def bump():
            nonlocal key
            return [(key := "__class__") for _ in (1,)]
        bump()
        print(getattr(obj, key))


run()
