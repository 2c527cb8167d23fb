package vn.cchc.backup;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The operator's import, for archives over the upload limit: start the application once with
 * {@code --cchc.backup.import-file=/path/archive.zip}; the result or the refusal is logged, and the app runs on.
 */
@Component
@ConditionalOnProperty("cchc.backup.import-file")
class ImportCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportCommand.class);

    private final CommuneImport importer;
    private final String file;

    ImportCommand(CommuneImport importer, org.springframework.core.env.Environment env) {
        this.importer = importer;
        this.file = env.getProperty("cchc.backup.import-file");
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            CommuneImport.Result r = importer.importArchive(Path.of(file), null);
            log.info("Imported commune {} ({}): {} rows, {} files", r.communeCode(), r.communeName(), r.rows(),
                    r.files());
        } catch (ArchiveRefused refusal) {
            log.error("Archive {} refused: {} {}", file, refusal.key(), java.util.Arrays.toString(refusal.args()));
        }
    }
}
