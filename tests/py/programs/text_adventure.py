# A text adventure state machine driven by a scripted list of commands.
ROOMS = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Shelves of old books.", "exits": {"south": "hall"}, "items": ["key", "book"], "dark": True},
    "kitchen": {"desc": "Smells of bread.", "exits": {"west": "hall", "down": "cellar"}, "items": ["bread"]},
    "cellar": {"desc": "A locked chest sits here.", "exits": {"up": "kitchen"}, "items": [], "locked": True},
}

class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.state = "playing"
        self.rooms = {k: dict(v, items=list(v["items"])) for k, v in ROOMS.items()}
    def here(self):
        return self.rooms[self.room]
    def describe(self):
        r = self.here()
        if r.get("dark") and "lamp" not in self.inventory:
            return "It is too dark to see."
        items = f" You see: {', '.join(r['items'])}." if r["items"] else ""
        return f"[{self.room}] {r['desc']}{items} Exits: {', '.join(sorted(r['exits']))}."
    def handle(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, *rest = words
        self.moves += 1
        match verb, rest:
            case ("go" | "walk"), [direction]:
                target = self.here()["exits"].get(direction)
                if not target:
                    return f"You can't go {direction}."
                self.room = target
                return self.describe()
            case "take", [item]:
                r = self.here()
                if r.get("dark") and "lamp" not in self.inventory:
                    return "You fumble in the dark."
                if item not in r["items"]:
                    return f"No {item} here."
                r["items"].remove(item)
                self.inventory.append(item)
                return f"Taken: {item}."
            case "drop", [item] if item in self.inventory:
                self.inventory.remove(item)
                self.here()["items"].append(item)
                return f"Dropped {item}."
            case "inventory" | "i", []:
                return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")
            case "open", ["chest"] if self.room == "cellar":
                if "key" not in self.inventory:
                    return "The chest is locked."
                self.state = "won"
                return "The chest opens. Treasure! You win."
            case "look", []:
                return self.describe()
            case "quit", []:
                self.state = "quit"
                return "Bye."
            case _:
                self.moves -= 1
                return f"I don't understand {line!r}."

script = ["look", "go north", "take key", "go south", "take lamp", "go north", "take key", "take book",
          "inventory", "drop book", "go west", "go south", "go east", "go down", "open chest", "dance wildly",
          "go up", "go down", "open chest", "look"]
game = Game()
for cmd in script:
    print(f"> {cmd}")
    print(game.handle(cmd))
    if game.state != "playing":
        break
print("state:", game.state, "moves:", game.moves, "inventory:", sorted(game.inventory))
