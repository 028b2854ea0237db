package org.appsupervision.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * Jackson module that puts every string of a body (record fields, list and array elements, map values
 * and keys) through {@link Text} while it is read, so the refusal names the JSON path at fault.
 */
public class StrictTextModule extends SimpleModule {

    public StrictTextModule() {
        super("supervision-strict-text");
        addDeserializer(String.class, new Strings());
        addKeyDeserializer(String.class, new Keys());
    }

    /** String values. */
    static final class Strings extends StdScalarDeserializer<String> {

        Strings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return checked(parser, StringDeserializer.instance.deserialize(parser, context));
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /** Map keys. */
    static final class Keys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            return checked(context.getParser(), key);
        }
    }

    private static String checked(JsonParser parser, String value) throws UnacceptableTextException {
        String fault = Text.fault(value);
        if (fault != null) {
            throw new UnacceptableTextException(parser, fault);
        }
        return value;
    }
}
