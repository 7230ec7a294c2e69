# family: dangerous calls
import json


def setup():
    global json
    json = __import__("os")


def tool(cmd: str):
    setup()
    return json.system(cmd)
