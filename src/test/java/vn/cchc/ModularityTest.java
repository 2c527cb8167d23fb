package vn.cchc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    private static final Path DOCS = Path.of("docs/modules");

    private final ApplicationModules modules = ApplicationModules.of(CchcApplication.class);

    /**
     * Fails on a cycle, on a use of another module's internals, and on a dependency a module's package-info does not
     * declare in {@code allowedDependencies}: a new dependency between modules is a decision, written down.
     */
    @Test
    void modulesHaveNoCyclesAndDependOnlyOnWhatTheyDeclare() {
        modules.verify();
    }

    /** Keeps docs/modules (the module diagram and one canvas per module) in step with the code; commit its changes. */
    @Test
    void writesModuleDocumentationIntoDocs() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path puml : files.filter(p -> p.toString().endsWith(".puml")).toList()) {
                Files.write(puml, relationsSorted(Files.readAllLines(puml)));
            }
        }
    }

    /** The generator lists a diagram's relations in hash order; sorted, the files change only when the code does. */
    private static List<String> relationsSorted(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("Rel(")) {
                run.add(line);
                continue;
            }
            out.addAll(run.stream().sorted().toList());
            run.clear();
            out.add(line);
        }
        out.addAll(run.stream().sorted().toList());
        return out;
    }
}
