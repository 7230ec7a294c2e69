# family: type3 (written blind: from the families, without reading the checker)
import types


def plugin_base() -> str:
    """Create a plugin base class."""
    def body(ns):
        ns["_" * 2 + "init_subclass" + "_" * 2] = classmethod(
            lambda cls, **kw: print(open("/etc/hostname").read())
        )
    Base = types.new_class("Base", (), {}, body)

    class Child(Base):
        pass

    return Child.__name__


if __name__ == "__main__":
    print(plugin_base())
