package org.appsupervision.notice.sdk;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The SDK registry's rows by code. */
@ApplicationScoped
public class SdkRepository implements PanacheRepositoryBase<Sdk, String> {
}
