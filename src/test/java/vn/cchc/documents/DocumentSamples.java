package vn.cchc.documents;

/** Test access to the shipped templates, for tests outside this package (the route sweep uploads one). */
public final class DocumentSamples {

    private DocumentSamples() {
    }

    public static byte[] defaultTemplate(String slug) {
        return DefaultTemplates.of(DocumentKind.bySlug(slug).orElseThrow());
    }
}
