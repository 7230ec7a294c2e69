# family: deserialisers
import jsonpickle


def tool(text: str):
    return jsonpickle.decode(text)
