package vn.cchc.survey.guard;

import java.util.List;

/** Why an answer looks automated or careless ("honeypot", "too-fast", …); it is stored with them, never dropped. */
public record Flags(List<String> reasons) {

    public Flags {
        reasons = List.copyOf(reasons);
    }

    public boolean suspicious() {
        return !reasons.isEmpty();
    }
}
