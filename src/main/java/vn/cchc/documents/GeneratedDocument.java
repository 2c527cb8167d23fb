package vn.cchc.documents;

/** A generated document and the file name it is downloaded under. */
record GeneratedDocument(byte[] docx, String fileName) {
}
