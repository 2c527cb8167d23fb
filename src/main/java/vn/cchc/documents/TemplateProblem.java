package vn.cchc.documents;

import java.util.List;

/** One reason an uploaded template is refused, as a message key with the names it concerns. */
record TemplateProblem(String messageKey, List<String> arguments) {

    static TemplateProblem of(String key, String... arguments) {
        return new TemplateProblem("documents.template.problem." + key, List.of(arguments));
    }
}
