from contextlib import suppress, contextmanager
with suppress(ZeroDivisionError):
    1 / 0
    print("not reached")
print("after")
@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
        log.append("commit")
    except Exception as e:
        log.append(f"rollback {e}")
        raise
log = []
try:
    with transaction(log):
        raise RuntimeError("fail")
except RuntimeError:
    pass
with transaction(log):
    pass
print(log)
