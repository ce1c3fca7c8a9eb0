// A text adventure as a state machine: rooms are states, commands are transitions, and the
// player's inventory gates some of them. Commands come from the arguments, or a built-in script.
//   ringfence run examples/adventure/Main.java north take-key south east open
class Room {
    final String name;
    final String description;
    Room north, south, east, west;
    String item;

    Room(String name, String description) {
        this.name = name;
        this.description = description;
    }
}

class Game {
    static final int PLAYING = 0, WON = 1;

    private Room here;
    private final String[] inventory = new String[4];
    private int carried;
    private int state = PLAYING;
    private int moves;

    Game(Room start) { here = start; }

    boolean over() { return state != PLAYING; }

    void command(String cmd) {
        moves++;
        switch (cmd) {
            case "north": go(here.north); break;
            case "south": go(here.south); break;
            case "east": go(here.east); break;
            case "west": go(here.west); break;
            case "look": System.out.println(here.name + ": " + here.description + (here.item != null ? " You see a " + here.item + "." : "")); break;
            case "inventory": System.out.println("You carry " + list()); break;
            case "open":
                if (!here.name.equals("Vault door")) System.out.println("There is nothing to open here.");
                else if (!has("key")) System.out.println("The door is locked.");
                else { System.out.println("The door swings open. Treasure! You win in " + moves + " moves."); state = WON; }
                break;
            default:
                if (cmd.startsWith("take-")) take(cmd.substring(5));
                else System.out.println("I don't understand '" + cmd + "'.");
        }
    }

    private void go(Room next) {
        if (next == null) { System.out.println("You can't go that way."); return; }
        here = next;
        System.out.println("You enter the " + here.name + ".");
    }

    private void take(String what) {
        if (!what.equals(here.item)) { System.out.println("There is no " + what + " here."); return; }
        inventory[carried++] = what;
        here.item = null;
        System.out.println("Taken: " + what + ".");
    }

    private boolean has(String what) {
        for (int i = 0; i < carried; i++) if (inventory[i].equals(what)) return true;
        return false;
    }

    private String list() {
        if (carried == 0) return "nothing.";
        String s = "";
        for (int i = 0; i < carried; i++) s += (i > 0 ? ", " : "") + inventory[i];
        return s + ".";
    }
}

public class Main {
    public static void main(String[] args) {
        Room hall = new Room("Hall", "A dusty entrance hall.");
        Room library = new Room("Library", "Shelves of crumbling books.");
        Room vault = new Room("Vault door", "A heavy iron door.");
        hall.north = library;
        library.south = hall;
        hall.east = vault;
        vault.west = hall;
        library.item = "key";
        String[] script = args.length > 0 ? args : new String[] {
            "look", "east", "open", "west", "north", "look", "take-lamp", "take-key", "inventory",
            "dance", "north", "south", "east", "open", "look",
        };
        Game game = new Game(hall);
        for (String cmd : script) {
            if (game.over()) break;
            System.out.println("> " + cmd);
            game.command(cmd);
        }
    }
}
// expect: > look
// expect: Hall: A dusty entrance hall.
// expect: > east
// expect: You enter the Vault door.
// expect: > open
// expect: The door is locked.
// expect: > west
// expect: You enter the Hall.
// expect: > north
// expect: You enter the Library.
// expect: > look
// expect: Library: Shelves of crumbling books. You see a key.
// expect: > take-lamp
// expect: There is no lamp here.
// expect: > take-key
// expect: Taken: key.
// expect: > inventory
// expect: You carry key.
// expect: > dance
// expect: I don't understand 'dance'.
// expect: > north
// expect: You can't go that way.
// expect: > south
// expect: You enter the Hall.
// expect: > east
// expect: You enter the Vault door.
// expect: > open
// expect: The door swings open. Treasure! You win in 14 moves.
