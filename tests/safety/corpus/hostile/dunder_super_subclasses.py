# family: dunder attribute walks
class Base:
    pass


def tool():
    return super(Base, Base).__subclasshook__
