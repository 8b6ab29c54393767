package ca.vigie.system;

/** Someone else saved the same object after this edit started. Shown as 409. */
public class StaleEditException extends RuntimeException {

    public StaleEditException(String objectType) {
        super(objectType + " was changed by someone else");
    }
}
