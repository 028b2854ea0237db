package org.appsupervision.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.math.BigDecimal;
import java.util.List;

/**
 * The object mapper that reads and writes REST bodies: the application's own, plus {@link StrictTextModule}, made
 * strict about types (see {@link #strict}). Only request bodies get it; events and the replies of other services
 * are read with the plain mapper.
 */
@Provider
public class StrictJsonBodies implements ContextResolver<ObjectMapper> {

    private final ObjectMapper strict;

    public StrictJsonBodies(ObjectMapper mapper) {
        this.strict = strict(mapper);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return strict;
    }

    /**
     * A copy of {@code mapper} that reads a value only from its own JSON type: no fraction for a whole number, no
     * {@code ""} for a number, date, id, enum, list or object, no number or boolean for a text, no text for a number
     * or boolean (a decimal may be a text of digits, as money often is), no number for a boolean or an enum; no field the body does not have, no field twice, nothing
     * after the body. {@code ""} stays a text; a {@code null} or missing primitive field reads as its default.
     */
    static ObjectMapper strict(ObjectMapper mapper) {
        ObjectMapper strict = mapper.copy().registerModule(new StrictTextModule())
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        strict.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType scalar : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            strict.coercionConfigFor(scalar).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        // Money is often sent as text to keep its exact digits ("500000.00"): a decimal may come as a number or a text.
        strict.coercionConfigFor(BigDecimal.class).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        strict.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return strict;
    }
}
