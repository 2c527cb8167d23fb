package vn.cchc.shared;

/**
 * Thrown when a record does not exist or belongs to another tenant. Both answer 404, so that a user of one
 * commune cannot even learn that another commune's record exists.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
