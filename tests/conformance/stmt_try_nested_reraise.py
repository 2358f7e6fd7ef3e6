def risky(n):
    try:
        try:
            if n == 0:
                raise ValueError("zero")
            return 10 / (n - 1)
        except ValueError:
            print("inner caught")
            raise
        finally:
            print("inner finally", n)
    except (ValueError, ZeroDivisionError) as e:
        print("outer caught", type(e).__name__)
        return -1
print(risky(0), risky(1), risky(3))
