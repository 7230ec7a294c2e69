# family: modules handed out by allowed modules
import enum


def tool(expr: str):
    return enum.bltns.eval(expr)
