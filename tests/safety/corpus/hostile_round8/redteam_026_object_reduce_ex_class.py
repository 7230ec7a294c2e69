# family: red team, round 8 (object_reduce_ex_class)
# object.__reduce_ex__(x, 4) returns (copyreg.__newobj__, (type(x),), ...): the class of anything.
def class_of(x):
    return object.__reduce_ex__(x, 4)[1][0]
