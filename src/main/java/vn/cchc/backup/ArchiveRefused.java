package vn.cchc.backup;

/** An archive that cannot be imported, with the message key (bundle i18n/backup) and its arguments. */
public final class ArchiveRefused extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    ArchiveRefused(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
