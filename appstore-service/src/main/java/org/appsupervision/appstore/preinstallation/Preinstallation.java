package org.appsupervision.appstore.preinstallation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One app a handset maker preinstalls on one device model line. */
@Entity
@Table(name = "preinstallation")
@IdClass(Preinstallation.Key.class)
public class Preinstallation {

    @Id
    @Column(name = "store_code")
    public String storeCode;

    @Id
    @Column(name = "model_line")
    public String modelLine;

    @Id
    @Column(name = "package_name")
    public String packageName;

    @Column(name = "app_name")
    public String appName;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The row's key: maker, model line, package. */
    public record Key(String storeCode, String modelLine, String packageName) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }
}
