package org.appsupervision.portal.api.appstore;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A channel a notice named that received no order, and why (not registered, deactivated). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UndeliverableOrder(String appName, String packageName, String storeCode, String kind, String reason) {
}
