package org.appsupervision.penalty.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import org.appsupervision.events.reference.CommunicationAdministrations;
import org.appsupervision.penalty.bureau.BureauRepository;

/**
 * Which bureau acts on the facts of a subject: the communication administration of the subject's
 * province (属地通信管理局), or, where the province has none (香港, 澳门, 台湾, an unknown code), the
 * ministry's bureau as the authority of last resort, so that no proposal is left without an authority.
 */
@ApplicationScoped
public class ActingAuthority {

    private final BureauRepository bureaus;

    public ActingAuthority(BureauRepository bureaus) {
        this.bureaus = bureaus;
    }

    /** The province code of the bureau that acts for a subject of the province. */
    public String bureauFor(String subjectProvinceCode) {
        boolean provincial = subjectProvinceCode != null && !subjectProvinceCode.isBlank()
                && !CommunicationAdministrations.MINISTRY.equals(subjectProvinceCode)
                && bureaus.findByIdOptional(subjectProvinceCode).isPresent();
        return provincial ? subjectProvinceCode : CommunicationAdministrations.MINISTRY;
    }

    /** The sentence the facts carry when the ministry acts for a province without a bureau, else empty. */
    static String note(String subjectProvinceCode, String bureau) {
        if (!CommunicationAdministrations.MINISTRY.equals(bureau)) {
            return "";
        }
        return " 属地（" + subjectProvinceCode + "）无通信管理局，由工业和信息化部信息通信管理局处理 / The subject's region ("
                + subjectProvinceCode + ") has no communication administration; proposed to the ministry's bureau"
                + " as the authority of last resort.";
    }
}
