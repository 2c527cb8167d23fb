package vn.cchc.shared;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text a form or parameter binds passes through {@link CleanText} before any controller sees it, and every
 * number through {@link AsciiNumbers}.
 */
@ControllerAdvice
class InputCleaning {

    /** Rows a form may post in one list. */
    public static final int MAX_ROWS = 2000;

    @InitBinder
    void cleanInput(WebDataBinder binder) {
        // an imported plan's review form posts a row per task and target (tasks[300].title); Spring's default of 256
        // indexed rows would refuse a long plan's review with a 400
        binder.setAutoGrowCollectionLimit(MAX_ROWS);
        AsciiNumbers.register(binder);
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(CleanText.clean(text));
            }

            @Override
            public String getAsText() {
                Object value = getValue();
                return value == null ? "" : value.toString();
            }
        });
    }
}
