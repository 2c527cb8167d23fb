package vn.cchc.api;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What a key may do; each endpoint names the one scope it needs (see {@link RequiresScope}). */
public enum ApiScope {
    PLANS_READ("plans:read"),
    REPORTS_READ("reports:read"),
    EVIDENCE_READ("evidence:read"),
    DOSSIERS_WRITE("dossiers:write"),
    PAKN_READ("pakn:read"),
    INDICATORS_READ("indicators:read"),
    PAR_READ("par:read"),
    SURVEYS_READ("surveys:read");

    private final String code;

    ApiScope(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "api.scope." + code;
    }

    static Optional<ApiScope> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    /** "plans:read reports:read" as stored; unknown codes (a scope since removed) are dropped. */
    static Set<ApiScope> parse(String stored) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        for (String code : stored.trim().split("\\s+")) {
            of(code).ifPresent(scopes::add);
        }
        return scopes;
    }

    static String format(Set<ApiScope> scopes) {
        return scopes.stream().sorted().map(ApiScope::code).collect(Collectors.joining(" "));
    }
}
