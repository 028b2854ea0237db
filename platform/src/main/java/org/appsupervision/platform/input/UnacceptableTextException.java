package org.appsupervision.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A JSON string the body holds that {@link Text} refuses; Jackson adds the path of the field at fault. */
public class UnacceptableTextException extends InvalidFormatException {

    private final String reason;

    public UnacceptableTextException(JsonParser parser, String reason) {
        super(parser, "Text " + reason, null, String.class);
        this.reason = reason;
    }

    /** Why the text is refused, without the value itself. */
    public String reason() {
        return reason;
    }
}
