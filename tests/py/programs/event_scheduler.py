# A discrete-event simulation of a queue at a shop, with a seeded random generator.
import heapq
import random
random.seed(2024)
class Sim:
    def __init__(self):
        self.now = 0.0
        self.events = []
        self.seq = 0
        self.log = []
    def schedule(self, delay, kind, data=None):
        self.seq += 1
        heapq.heappush(self.events, (self.now + delay, self.seq, kind, data))
    def run(self, until):
        while self.events and self.events[0][0] <= until:
            self.now, _, kind, data = heapq.heappop(self.events)
            getattr(self, "on_" + kind)(data)
class Shop(Sim):
    def __init__(self, clerks):
        super().__init__()
        self.free = clerks
        self.queue = []
        self.waits = []
        self.served = 0
    def on_arrive(self, cid):
        self.log.append(f"{self.now:6.2f} customer {cid} arrives (queue {len(self.queue)})")
        self.queue.append((cid, self.now))
        self.try_serve()
        self.schedule(random.expovariate(1 / 2.0), "arrive", cid + 1)
    def try_serve(self):
        while self.free and self.queue:
            cid, t = self.queue.pop(0)
            self.free -= 1
            self.waits.append(self.now - t)
            self.schedule(random.uniform(1.0, 5.0), "leave", cid)
    def on_leave(self, cid):
        self.free += 1
        self.served += 1
        self.log.append(f"{self.now:6.2f} customer {cid} leaves")
        self.try_serve()
shop = Shop(clerks=2)
shop.schedule(0, "arrive", 1)
shop.run(until=30)
print("\n".join(shop.log[:12]))
print("served:", shop.served, "still queued:", len(shop.queue), "events pending:", len(shop.events))
print("mean wait:", round(sum(shop.waits) / len(shop.waits), 3), "max wait:", round(max(shop.waits), 3))
