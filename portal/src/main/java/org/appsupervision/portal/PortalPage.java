package org.appsupervision.portal;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource (class or method) as HTML pages of the portal: the session filter then resolves
 * the viewer and language, renews the token, and sends to the login page or refuses by role.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PortalPage {

    /** Roles of which the viewer needs one; empty means any logged-in official. */
    String[] roles() default {};

    /** A page that anyone may read without logging in (the viewer is still known when there is one). */
    boolean open() default false;
}
