package vn.cchc;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

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
    void writesModuleDocumentationIntoDocs() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeDocumentation();
    }
}
