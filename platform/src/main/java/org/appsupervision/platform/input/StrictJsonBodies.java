package org.appsupervision.platform.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The object mapper that reads and writes REST bodies: the application's own, plus
 * {@link StrictTextModule}. Only request bodies get the strict check; events and the replies of other
 * services are read with the plain mapper.
 */
@Provider
public class StrictJsonBodies implements ContextResolver<ObjectMapper> {

    private final ObjectMapper strict;

    public StrictJsonBodies(ObjectMapper mapper) {
        this.strict = mapper.copy().registerModule(new StrictTextModule());
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return strict;
    }
}
