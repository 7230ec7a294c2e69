# family: lambda defaults and closure tricks
# escape: map(functools.update_wrapper, ...) never calls anything named update_wrapper in the source, so the
# `assigned` list (["__code__"]) is not checked; textwrap.dedent gets the payload's code and its free name `re`
# resolves in textwrap's globals (the re module), and re.enum.sys.modules hands out os.
import functools
import textwrap

def payload(text):
    return re.enum.sys.modules["os"].getcwd()

def tool(text: str, word: str = "code") -> str:
    list(map(functools.update_wrapper, [textwrap.dedent], [payload], [["__" + word + "__"]], [[]]))
    return textwrap.dedent(text)
