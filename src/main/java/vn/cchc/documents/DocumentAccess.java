package vn.cchc.documents;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Recipient;
import vn.cchc.org.Role;
import vn.cchc.org.Unit;

/**
 * Who makes a commune's official documents: its standing agency (which drafts them), its chairman or vice-chairman
 * (who signs them) and its admin. Province users read what a commune has submitted; nobody else generates.
 */
@Component
public class DocumentAccess {

    private final OrgDirectory org;

    DocumentAccess(OrgDirectory org) {
        this.org = org;
    }

    /** The commune whose documents the user makes; 403 for everyone else. */
    public long requireGenerator(CurrentUser user) {
        if (!user.canMakeDocuments()) {
            throw new AccessDeniedException("only the standing agency, the chairman and the admin make documents");
        }
        return user.requireCommune();
    }

    /**
     * Who reads a commune's PAR dossier: its document makers, and the province's appraisers and admins (which
     * assessments they see is the PAR module's rule: their province's, once submitted). 403 for everyone else.
     */
    public void requireDossierReader(CurrentUser user) {
        if (!user.canMakeDocuments() && !user.role().provinceLevel()) {
            throw new AccessDeniedException("only document makers and the province read the PAR dossier");
        }
    }

    /**
     * The usual signature of a commune's documents: on behalf of the committee, by its chairman. The leaders' role
     * does not tell the chairman from a vice-chairman, so a name is printed only when the commune has one leader;
     * otherwise the line is left for the signer to write, rather than print the wrong person under "CHỦ TỊCH".
     */
    public SigningBlock defaultSigning(long communeId) {
        List<String> leaders = org.withRole(communeId, Role.LEADER).stream().map(Recipient::fullName).toList();
        String chairman = leaders.size() == 1 ? leaders.get(0) : "";
        return new SigningBlock(SigningBlock.Authority.TM, SigningBlock.COMMITTEE, SigningBlock.CHAIRMAN, chairman);
    }

    /** The unit whose abbreviation follows "Lưu: VT," — the standing agency that drafted the document. */
    public String archiveUnit(long communeId) {
        return org.standingAgency(communeId).map(Unit::shortName).orElse("");
    }
}
