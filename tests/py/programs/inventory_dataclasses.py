# A dataclass-based inventory with orders, restocking and a report.
from dataclasses import dataclass, field, asdict
from enum import Enum
from typing import List, Dict
class Category(Enum):
    TOOLS = "tools"
    GARDEN = "garden"
    KITCHEN = "kitchen"
@dataclass(order=True)
class Product:
    sku: str
    name: str = field(compare=False)
    price: float = field(compare=False)
    category: Category = field(compare=False)
    qty: int = field(default=0, compare=False)
    @property
    def value(self):
        return round(self.price * self.qty, 2)
@dataclass
class OrderLine:
    sku: str
    qty: int
@dataclass
class Order:
    id: int
    lines: List[OrderLine] = field(default_factory=list)
    status: str = "new"
class OutOfStock(Exception):
    pass
@dataclass
class Inventory:
    products: Dict[str, Product] = field(default_factory=dict)
    log: List[str] = field(default_factory=list)
    def add(self, p):
        self.products[p.sku] = p
    def fulfil(self, order):
        missing = [l for l in order.lines if self.products[l.sku].qty < l.qty]
        if missing:
            order.status = "backordered"
            raise OutOfStock(", ".join(f"{l.sku}x{l.qty}" for l in missing))
        total = 0.0
        for l in order.lines:
            p = self.products[l.sku]
            p.qty -= l.qty
            total += p.price * l.qty
        order.status = "shipped"
        self.log.append(f"order {order.id}: {total:.2f}")
        return round(total, 2)
    def restock(self, threshold=5, amount=20):
        for p in sorted(self.products.values()):
            if p.qty < threshold:
                p.qty += amount
                self.log.append(f"restocked {p.sku}")
    def report(self):
        by_cat = {}
        for p in self.products.values():
            by_cat.setdefault(p.category, []).append(p)
        for cat in Category:
            items = sorted(by_cat.get(cat, []))
            total = sum(p.value for p in items)
            print(f"{cat.value:<8} {len(items)} items, value {total:8.2f}")
            for p in items:
                print(f"   {p.sku} {p.name:<12} {p.qty:>3} @ {p.price:6.2f} = {p.value:8.2f}")
inv = Inventory()
for args in [("T-100", "hammer", 12.5, Category.TOOLS, 10), ("T-200", "wrench", 8.75, Category.TOOLS, 3),
             ("G-100", "rake", 15.0, Category.GARDEN, 7), ("K-100", "whisk", 4.2, Category.KITCHEN, 30),
             ("K-050", "ladle", 6.0, Category.KITCHEN, 1)]:
    inv.add(Product(*args))
orders = [Order(1, [OrderLine("T-100", 2), OrderLine("K-100", 5)]), Order(2, [OrderLine("T-200", 4)]),
          Order(3, [OrderLine("G-100", 7), OrderLine("K-050", 1)])]
for o in orders:
    try:
        print("order", o.id, "total", inv.fulfil(o))
    except OutOfStock as e:
        print("order", o.id, "out of stock:", e)
inv.restock()
try:
    print("retry order 2:", inv.fulfil(orders[1]))
except OutOfStock as e:
    print(e)
inv.report()
print([o.status for o in orders])
print(inv.log)
print(asdict(orders[0]))
print(sorted(inv.products.values())[0])
