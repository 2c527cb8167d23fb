package vn.cchc.api;

import vn.cchc.calendar.Period;

/** The {@code period} parameter: a period code ("2025", "2025M03", "2025Q1", "2025S1", "2025N9"), else 400. */
final class ApiPeriods {

    private ApiPeriods() {
    }

    static Period parse(String code) {
        try {
            return Period.parse(code);
        } catch (IllegalArgumentException e) {
            throw new ApiRefusal(400, "api.badPeriod", code);
        }
    }
}
