package vn.cchc.documents;

/** A generated document (DOCX unless its name says otherwise) and the file name it is downloaded under. */
record GeneratedDocument(byte[] docx, String fileName) {
}
