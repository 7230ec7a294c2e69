# family: red team, round 8 (class_body_comprehension_eval)
# A class binds eval; a comprehension in the class body cannot see it and gets the builtin.
class C:
    eval = len
    r = [eval("1 + 1") for _ in range(1)]
