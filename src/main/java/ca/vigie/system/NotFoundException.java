package ca.vigie.system;

/**
 * Something the user asked for does not exist, or exists where the user may not know of it. Shown
 * as 404 in both cases so that existence itself is not disclosed. The message names only the kind
 * of object, never its content.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String objectType) {
        super(objectType + " not found");
    }
}
