# family: format
# Escape: a NamedTuple field with a literal default counts as a class constant template; nothing "stores"
# the attribute as far as the checker sees, but the named tuple's constructor sets it. The run-time template
# reads os.environ via uuid.uuid4.__globals__.
import typing
import uuid


class Banner(typing.NamedTuple):
    pattern: str = "[{0}]"

    def render(self, value) -> str:
        return self.pattern.format(value)


def tool() -> str:
    edge = "_" * 2
    return Banner("{0." + edge + "globals" + edge + "[os].environ}").render(uuid.uuid4)
