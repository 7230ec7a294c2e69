# family: red team, round 67a (type(x) into list display / inline dict .get / hash(type) to reach functional Enum __eq__)
from enum import Enum
caught = []
def grab(s, o):
    caught.append(o)
    return False
Peer = Enum("Peer", [("A", 1), ("__eq__", grab), ("__hash__", lambda s: 1)])
def probe(x):
    return type(x) in [Peer.A]
def probe2(x):
    return {Peer.A: 1}.get(type(x))
def probe3(x):
    h = hash(type)
    return h
