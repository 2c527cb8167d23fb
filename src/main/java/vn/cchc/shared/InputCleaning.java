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

    @InitBinder
    void cleanInput(WebDataBinder binder) {
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
