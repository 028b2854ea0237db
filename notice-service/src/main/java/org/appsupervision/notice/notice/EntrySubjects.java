package org.appsupervision.notice.notice;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DatabindContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.jsontype.impl.TypeIdResolverBase;
import java.io.IOException;

/**
 * Reads the {@code subject} of a draft's entry: {@code APP} or {@code SDK}; any other value is refused (an absent subject
 * is an app, by the entry's default). Jackson's own name resolver would read an unknown subject as an app.
 */
public class EntrySubjects extends TypeIdResolverBase {

    @Override
    public String idFromValue(Object value) {
        return idFromValueAndType(value, value.getClass());
    }

    @Override
    public String idFromValueAndType(Object value, Class<?> type) {
        return DraftNoticeRequest.SdkEntry.class.equals(type) ? "SDK" : "APP";
    }

    @Override
    public JavaType typeFromId(DatabindContext context, String id) throws IOException {
        if ("APP".equals(id)) {
            return context.constructType(DraftNoticeRequest.AppEntry.class);
        }
        if ("SDK".equals(id)) {
            return context.constructType(DraftNoticeRequest.SdkEntry.class);
        }
        if (context instanceof DeserializationContext reading) {
            JsonMappingException refused = reading.invalidTypeIdException(
                    context.constructType(DraftNoticeRequest.Entry.class), id, "subject is APP or SDK");
            refused.prependPath(new JsonMappingException.Reference(null, "subject"));
            throw refused;
        }
        throw new IllegalArgumentException("subject is APP or SDK");
    }

    @Override
    public JsonTypeInfo.Id getMechanism() {
        return JsonTypeInfo.Id.CUSTOM;
    }
}
