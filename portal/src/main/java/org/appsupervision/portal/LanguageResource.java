package org.appsupervision.portal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestQuery;

/** The language switch: remembers Chinese or English in the {@code lang} cookie and goes back to the page. */
@Path("/lang")
public class LanguageResource {

    @GET
    @Path("{lang:zh|en}")
    public Response switchTo(@PathParam("lang") String lang, @RestQuery("return") String returnPath) {
        NewCookie cookie = new NewCookie.Builder(PortalContext.LANG_COOKIE).value(lang).path("/")
                .maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(ReturnPaths.safe(returnPath))).cookie(cookie)
                .header("Cache-Control", "no-store").build();
    }
}
