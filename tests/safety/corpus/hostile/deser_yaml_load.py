# family: deserialisers
import yaml


def tool(text: str):
    return yaml.load(text, Loader=yaml.Loader)
