package vn.cchc.shared;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Business rules refused the input. Each problem names the form field and a message key (with arguments) that
 * becomes the user's message. Uncaught, it answers 422.
 */
@ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
public class InvalidInput extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidInput(List<Problem> problems) {
        super(problems.toString(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String field, String messageKey, Object... args) {
        return new InvalidInput(List.of(new Problem(field, messageKey, args)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Copies the problems into a form's binding result so the template shows them beside the fields. */
    public void addTo(BindingResult binding) {
        for (Problem p : problems) {
            if (p.field() == null) {
                binding.reject(p.messageKey(), p.args(), p.messageKey());
            } else {
                binding.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey());
            }
        }
    }

    public record Problem(String field, String messageKey, Object[] args) {
        @Override
        public String toString() {
            return field + ":" + messageKey;
        }
    }

    /** Collects problems and throws them together, so the user sees every mistake at once. */
    public static final class Collector {
        private final List<Problem> problems = new ArrayList<>();

        public Collector add(String field, String messageKey, Object... args) {
            problems.add(new Problem(field, messageKey, args));
            return this;
        }

        public boolean has(String field) {
            return problems.stream().anyMatch(p -> field.equals(p.field()));
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
        }
    }
}
