# family: red team, round 10 (lambda_method_type_self_control)
# Control: type(self) in a lambda assigned in a class body (expected refused).
class Base:
    kind = lambda self: type(self)


print(Base.kind(Base))
