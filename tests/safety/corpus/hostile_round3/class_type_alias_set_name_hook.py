# family: class
# Escape: type[object](...) is the three-argument type() through a callable generic alias. It builds a class
# with a __set_name__ hook (run-time name); the class statement below holds an instance, so the hook runs
# implicitly when Settings is created.
def tool(on_bind) -> str:
    edge = "_" * 2
    Field = type[object]("Field", (), {edge + "set_name" + edge: lambda f, owner, name: on_bind(owner, name)})

    class Settings:
        level = Field()

    return Settings.__name__
