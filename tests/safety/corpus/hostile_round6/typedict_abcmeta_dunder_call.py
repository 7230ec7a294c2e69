# family: typedict
# Escape: ABCMeta.__call__ (a readable protocol dunder) invoked on ABCMeta itself runs
# type.__call__ -> ABCMeta(name, bases, ns): a run-time class with a __del__ hook.
import abc


def _finalise(self):
    print("finaliser ran")


def make_holder(label: str):
    cls = abc.ABCMeta.__call__(abc.ABCMeta, label, (), {"__del__": _finalise})
    return cls()
