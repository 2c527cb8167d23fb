package vn.cchc.survey;

import vn.cchc.shared.InvalidInput;
import vn.cchc.survey.questionnaire.Questionnaire.ItemType;

/** The form adding a commune's own question: its text, its kind, the options of a choice (one per line). */
public class OwnQuestionData {

    private String text;
    private String type = "CHOICE";
    private String options;
    private boolean required;

    ItemType type() {
        for (ItemType t : ItemType.values()) {
            if (t.name().equals(type)) {
                return t;
            }
        }
        throw InvalidInput.of("type", "survey.own.type.invalid");
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getOptions() { return options; }
    public void setOptions(String options) { this.options = options; }
    public boolean isRequired() { return required; }
    public void setRequired(boolean required) { this.required = required; }
}
