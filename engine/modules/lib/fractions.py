"""Rational numbers — glasspy's implementation of the core of Python 3.11's fractions module."""

import math

__all__ = ['Fraction']


class Fraction:
    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator, self._denominator = n, d
                return self
            if isinstance(numerator, int):
                self._numerator, self._denominator = int(numerator), 1
                return self
            if isinstance(numerator, str):
                s = numerator.strip().replace('_', '')
                if '/' in s:
                    a, b = s.split('/')
                    numerator, denominator = int(a), int(b)
                else:
                    sign = -1 if s.startswith('-') else 1
                    body = s.lstrip('+-')
                    exp = 0
                    if 'e' in body.lower():
                        body, e = body.lower().split('e')
                        exp = int(e)
                    if '.' in body:
                        ip, fp = body.split('.')
                        numerator = int(ip + fp or '0')
                        denominator = 10 ** len(fp)
                    else:
                        numerator, denominator = int(body), 1
                    if exp >= 0:
                        numerator *= 10 ** exp
                    else:
                        denominator *= 10 ** -exp
                    numerator *= sign
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif not isinstance(numerator, int) or not isinstance(denominator, int):
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                a, b = Fraction(numerator), Fraction(denominator)
                numerator, denominator = a._numerator * b._denominator, a._denominator * b._numerator
            else:
                raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def from_float(cls, f):
        return cls(*f.as_integer_ratio())

    numerator = property(lambda a: a._numerator)
    denominator = property(lambda a: a._denominator)

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1)
        return Fraction(p0 + k * p1, q0 + k * q1)

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def _operands(self, other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def __add__(a, b):
        o = a._operands(b)
        if o is None:
            return float(a) + b if isinstance(b, float) else NotImplemented
        return Fraction(a._numerator * o._denominator + o._numerator * a._denominator, a._denominator * o._denominator)

    def __radd__(b, a):
        if isinstance(a, float):
            return a + float(b)
        o = b._operands(a)
        return NotImplemented if o is None else o + b

    def __sub__(a, b):
        o = a._operands(b)
        if o is None:
            return float(a) - b if isinstance(b, float) else NotImplemented
        return Fraction(a._numerator * o._denominator - o._numerator * a._denominator, a._denominator * o._denominator)

    def __rsub__(b, a):
        if isinstance(a, float):
            return a - float(b)
        o = b._operands(a)
        return NotImplemented if o is None else o - b

    def __mul__(a, b):
        o = a._operands(b)
        if o is None:
            return float(a) * b if isinstance(b, float) else NotImplemented
        return Fraction(a._numerator * o._numerator, a._denominator * o._denominator)

    def __rmul__(b, a):
        if isinstance(a, float):
            return a * float(b)
        o = b._operands(a)
        return NotImplemented if o is None else o * b

    def __truediv__(a, b):
        o = a._operands(b)
        if o is None:
            return float(a) / b if isinstance(b, float) else NotImplemented
        return Fraction(a._numerator * o._denominator, a._denominator * o._numerator)

    def __rtruediv__(b, a):
        if isinstance(a, float):
            return a / float(b)
        o = b._operands(a)
        return NotImplemented if o is None else o / b

    def __floordiv__(a, b):
        o = a._operands(b)
        return NotImplemented if o is None else (a._numerator * o._denominator) // (a._denominator * o._numerator)

    def __mod__(a, b):
        o = a._operands(b)
        if o is None:
            return NotImplemented
        return Fraction((a._numerator * o._denominator) % (o._numerator * a._denominator), a._denominator * o._denominator)

    def __pow__(a, b):
        if isinstance(b, int):
            if b >= 0:
                return Fraction(a._numerator ** b, a._denominator ** b)
            if a._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -b))
            return Fraction(a._denominator ** -b, a._numerator ** -b)
        return float(a) ** b

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            elif remainder * 2 > self._denominator:
                return floor + 1
            elif floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, 2305843009213693951)
        except ValueError:
            hash_ = 2305843009213693951 - 2 + 2 if False else 314159
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, int):
            return a._numerator == b and a._denominator == 1
        if isinstance(b, float):
            if b != b or b in (float('inf'), float('-inf')):
                return False
            return a == Fraction(b)
        return NotImplemented

    def _cmp(a, b):
        if isinstance(b, float):
            if b != b:
                return None
            if b in (float('inf'), float('-inf')):
                return -1 if b > 0 else 1
            b = Fraction(b)
        o = a._operands(b)
        if o is None:
            return NotImplemented
        x = a._numerator * o._denominator - o._numerator * a._denominator
        return (x > 0) - (x < 0)

    def __lt__(a, b):
        c = a._cmp(b)
        return c if c is NotImplemented else (c is not None and c < 0)

    def __gt__(a, b):
        c = a._cmp(b)
        return c if c is NotImplemented else (c is not None and c > 0)

    def __le__(a, b):
        c = a._cmp(b)
        return c if c is NotImplemented else (c is not None and c <= 0)

    def __ge__(a, b):
        c = a._cmp(b)
        return c if c is NotImplemented else (c is not None and c >= 0)

    def __bool__(a):
        return a._numerator != 0
