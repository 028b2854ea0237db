package org.appsupervision.appstore.store;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.appsupervision.platform.security.Roles;

/** The store registry, for officials. */
@Path("/api/stores")
@RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
public class StoreResource {

    private final StoreService stores;

    public StoreResource(StoreService stores) {
        this.stores = stores;
    }

    @GET
    public List<StoreView> list() {
        return stores.list();
    }
}
