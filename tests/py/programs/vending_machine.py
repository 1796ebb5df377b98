# A vending machine state machine with coins, selections, change-making and refunds.
from enum import Enum, auto
class State(Enum):
    IDLE = auto()
    COLLECTING = auto()
    VENDING = auto()
    OUT_OF_SERVICE = auto()
COINS = (200, 100, 50, 20, 10, 5)
class Machine:
    def __init__(self, stock, float_coins):
        self.stock = stock
        self.coins = dict(float_coins)
        self.state = State.IDLE
        self.credit = 0
        self.sales = 0
    def insert(self, coin):
        if self.state is State.OUT_OF_SERVICE:
            return "out of service; coin returned"
        if coin not in COINS:
            return f"rejected coin {coin}"
        self.coins[coin] = self.coins.get(coin, 0) + 1
        self.credit += coin
        self.state = State.COLLECTING
        return f"credit {self.credit}"
    def make_change(self, amount):
        plan, remaining = {}, amount
        for c in COINS:
            use = min(remaining // c, self.coins.get(c, 0))
            if use:
                plan[c] = use
                remaining -= use * c
        if remaining:
            return None
        for c, n in plan.items():
            self.coins[c] -= n
        return plan
    def select(self, item):
        if item not in self.stock:
            return f"unknown item {item}"
        price, qty = self.stock[item]
        if qty == 0:
            return f"{item} sold out"
        if self.credit < price:
            return f"{item} costs {price}, credit {self.credit}"
        change = self.make_change(self.credit - price)
        if change is None:
            return "cannot make change; use exact coins"
        self.state = State.VENDING
        self.stock[item] = (price, qty - 1)
        self.sales += price
        self.credit = 0
        self.state = State.IDLE if any(q for _, q in self.stock.values()) else State.OUT_OF_SERVICE
        return f"vend {item}, change {change or 'none'}"
    def refund(self):
        change = self.make_change(self.credit) if self.credit else {}
        self.credit = 0
        self.state = State.IDLE
        return f"refund {change}"
m = Machine({"cola": (120, 2), "chips": (85, 1), "gum": (40, 0)}, {50: 1, 20: 2, 10: 1, 5: 1})
actions = [("insert", 100), ("select", "cola"), ("insert", 50), ("select", "cola"), ("insert", 3),
           ("select", "gum"), ("insert", 200), ("select", "chips"), ("insert", 100), ("insert", 20), ("select", "cola"),
           ("insert", 50), ("refund", None), ("select", "water"), ("insert", 200), ("select", "cola"), ("refund", None),
           ("insert", 10)]
for action, arg in actions:
    result = getattr(m, action)(arg) if arg is not None else getattr(m, action)()
    print(f"{action:>7} {str(arg):<6} -> {result:<40} [{m.state.name}]")
print("sales:", m.sales, "coins:", dict(sorted(m.coins.items())), "stock:", m.stock)
