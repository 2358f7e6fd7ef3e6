class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass
try:
    raise NotFound(404, "missing")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args, isinstance(e, Exception))
def check(v):
    if v < 0:
        raise ValueError(f"negative: {v}")
    return v
results = []
for v in (1, -1):
    try:
        results.append(check(v))
    except ValueError as e:
        results.append(str(e))
    finally:
        results.append("checked")
print(results)
