class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __repr__(self):
        return f"Card({self.rank!r}, {self.suit!r})"
    def __str__(self):
        return f"{self.rank}{self.suit}"
    def __eq__(self, other):
        return (self.rank, self.suit) == (other.rank, other.suit)
    def __lt__(self, other):
        return self.RANKS.index(self.rank) < self.RANKS.index(other.rank)
    def __hash__(self):
        return hash((self.rank, self.suit))
hand = [Card("K", "h"), Card("2", "s"), Card("A", "d")]
print(sorted(hand), [str(c) for c in sorted(hand, reverse=True)], max(hand), Card("2", "s") in hand, len(set(hand + hand)))
