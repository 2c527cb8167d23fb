package vn.cchc.transparency;

/** A query value a public page cannot read (a year that is not one): the public message page with 400. */
class BadPublicValue extends RuntimeException {

    BadPublicValue(String name, String value) {
        super(name + "=" + value, null, false, false);
    }
}
