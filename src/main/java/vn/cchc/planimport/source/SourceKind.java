package vn.cchc.planimport.source;

/** Where an imported text came from; PDF and pasted text have no table structure, only lines. */
public enum SourceKind {
    DOCX, PDF, TEXT
}
