package org.appsupervision.penalty.legalbasis;

/** The kinds of administrative penalty a decision can name (the names PenaltyDecided carries). */
public enum PenaltyType {
    WARNING("警告"),
    PUBLIC_CRITICISM("通报批评"),
    FINE("罚款"),
    CONFISCATION("没收违法所得"),
    SUSPENSION("责令暂停相关业务"),
    BUSINESS_OVERHAUL("停业整顿"),
    REVOCATION_REFERRAL("通报有关主管部门吊销相关业务许可或者营业执照"),
    RESPONSIBLE_PERSON_FINE("对直接负责的主管人员和其他直接责任人员处以罚款");

    private final String zh;

    PenaltyType(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    /** Whether the penalty is an amount of money. */
    public boolean monetary() {
        return this == FINE || this == CONFISCATION || this == RESPONSIBLE_PERSON_FINE;
    }
}
