# A simulated operating-system scheduler in the spirit of Richards: task objects of several kinds, linked
# work queues, packets passed between tasks, state flags; lots of attribute access and method dispatch.
import _bench

IDLE, WORKER, HANDLER, DEVICE = 0, 1, 2, 4  # two handlers (2, 3) and two devices (4, 5)
LIMIT = 25000  # steps of the idle task: the length of the run


class Packet:
    __slots__ = ("link", "dest", "kind", "count", "data")

    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.count = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is None
        self.held = False
        self.runs = 0

    def runnable(self):
        return not self.held and (self.queue is not None or not self.waiting)

    def take(self):
        p = self.queue
        if p is not None:
            self.queue = p.link
            if self.queue is None:
                self.waiting = True
        return p

    def receive(self, packet):
        self.queue = packet.append_to(self.queue)
        self.waiting = False


class Idle(Task):
    def __init__(self, sched, ident, priority, queue, seed):
        super().__init__(sched, ident, priority, queue)
        self.seed = seed
        self.left = LIMIT
        self.waiting = False

    def step(self, packet):
        self.left -= 1
        if self.left == 0:
            return self.sched.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.sched.release(DEVICE)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.sched.release(DEVICE + 1)


class Worker(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.target = HANDLER
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.sched.wait()
        self.target = HANDLER + 1 if self.target == HANDLER else HANDLER
        packet.dest = self.target
        packet.count = 0
        for i in range(4):
            self.letter = self.letter % 26 + 1
            packet.data[i] = self.letter
        return self.sched.send(packet)


class Handler(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == "work":
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            w = self.work
            if w.count >= 4:
                self.work = w.link
                return self.sched.send(w)
            if self.devices is not None:
                d = self.devices
                self.devices = d.link
                d.data[0] = w.data[w.count]
                w.count += 1
                return self.sched.send(d)
        return self.sched.wait()


class Device(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.pending = None

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                return self.sched.wait()
            p = self.pending
            self.pending = None
            return self.sched.send(p)
        self.pending = packet
        self.waiting = False  # runs again (without a packet) once the idle task releases it
        self.sched.hold_count += 1
        return self.sched.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.order = []
        self.current = None
        self.hold_count = 0
        self.sends = 0

    def add(self, task):
        self.tasks[task.ident] = task
        self.order.append(task)
        self.order.sort(key=lambda t: -t.priority)

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold_self(self):
        self.current.held = True
        return None

    def release(self, ident):
        t = self.tasks[ident]
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def send(self, packet):
        self.sends += 1
        t = self.tasks[packet.dest]
        packet.dest = self.current.ident
        t.receive(packet)
        if t.priority > self.current.priority:
            return t
        return self.current

    def run(self):
        while True:
            for t in self.order:
                if t.runnable():
                    break
            else:
                return
            self.current = t
            t.runs += 1
            packet = t.take() if t.queue is not None else None
            t.step(packet)


def main():
    s = Scheduler()
    s.add(Idle(s, IDLE, 0, None, 1))
    wq = Packet(None, WORKER, "work").append_to(Packet(None, WORKER, "work"))
    s.add(Worker(s, WORKER, 1000, wq))
    for h in (HANDLER, HANDLER + 1):
        q = None
        for _ in range(3):
            q = Packet(None, DEVICE + h - HANDLER, "device").append_to(q)
        s.add(Handler(s, h, 2000 + h, q))
    s.add(Device(s, DEVICE, 4000, None))
    s.add(Device(s, DEVICE + 1, 5000, None))
    s.run()
    return s.sends, s.hold_count, [t.runs for t in s.order]


_bench.run("scheduler", main)
