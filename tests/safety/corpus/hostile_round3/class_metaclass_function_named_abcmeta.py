# family: class
# Escape: `metaclass=` is allowed when the expression's last name is ABCMeta, judged by the name only. Here
# ABCMeta is the tool's own function, so the class statement calls tool code as its metaclass: it receives
# the class namespace and returns whatever it likes (an implicit hook at class creation).
def ABCMeta(name, bases, namespace):
    print("metaclass hook saw", name, sorted(namespace))
    return namespace


class Handler(metaclass=ABCMeta):
    def run(self):
        return "ok"


def tool() -> bool:
    return isinstance(Handler, dict)
