package org.appsupervision.appstore.store;

/** What kind of distribution channel a registered channel is: an app store lists apps, a handset maker preinstalls them. */
public enum ChannelKind {
    APP_STORE,
    HANDSET_MAKER;

    /** What an order to a channel of this kind asks it to do. */
    public String requiredAction() {
        return this == HANDSET_MAKER ? "REMOVE_PREINSTALLATION" : "REMOVE_LISTING";
    }
}
