# family: class
# Escape: `type[object]` is refused outside annotations unless it is an operand; in `c == type[object]` it is
# one, and the tool's __eq__ keeps it. The alias is callable like type(): it builds a class with a
# __set_name__ hook (run-time name), which runs when the Settings class statement is executed.
class Keep:
    def __eq__(self, other):
        self.got = other
        return True


def tool(on_bind) -> str:
    keep = Keep()
    keep == type[object]
    edge = "_" * 2
    Field = keep.got("Field", (), {edge + "set_name" + edge: lambda f, owner, name: on_bind(owner, name)})

    class Settings:
        level = Field()

    return Settings.__name__
