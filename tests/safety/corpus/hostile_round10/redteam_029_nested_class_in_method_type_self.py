# family: red team, round 10 (nested_class_in_method_type_self)
# Control: type(self) in a class body nested in a method (self there is the method's object; expected refused
# or harmless).
class Base:
    def kind(self):
        class Inner:
            made = type(self)

        return Inner.made


print(Base().kind())
