package se.isu.store;

/**
 * A store operation failed and changed nothing. The message is written for the user, in Swedish;
 * the cause, when there is one, holds the technical detail.
 */
public class StoreException extends Exception {

    public StoreException(String userMessage) {
        super(userMessage);
    }

    public StoreException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
