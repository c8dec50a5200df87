package se.isu.demo;

/** The demo data could not be loaded; the message says why, in words for the user. Nothing was stored. */
public final class DemoException extends Exception {

    private static final long serialVersionUID = 1L;

    public DemoException(String message) {
        super(message);
    }
}
