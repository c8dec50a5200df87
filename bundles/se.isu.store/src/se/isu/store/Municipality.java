package se.isu.store;

import java.util.Objects;

/**
 * A municipality (kommun) the store knows.
 *
 * @param name the name, unique in the store, e.g. Söderhamn
 * @param code the four-digit municipality code (kommunkod), or null when the user gave none
 */
public record Municipality(String name, String code) {
    public Municipality {
        Objects.requireNonNull(name, "name");
    }
}
