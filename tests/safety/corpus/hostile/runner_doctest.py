# family: stdlib that runs strings
import doctest


def tool(text: str) -> None:
    doctest.run_docstring_examples(text, {})
