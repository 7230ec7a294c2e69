# family: class machinery
class Meta(type):
    def __call__(cls, *args, **kwargs):
        return super().__call__(*args, **kwargs)


class Tool(metaclass=Meta):
    def run(self) -> int:
        return 1


def tool() -> int:
    return Tool().run()
