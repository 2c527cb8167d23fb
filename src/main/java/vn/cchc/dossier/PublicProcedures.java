package vn.cchc.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.cchc.dossier.procedures.OnlineLevel;
import vn.cchc.dossier.procedures.Procedure;
import vn.cchc.dossier.procedures.ProcedureCatalogue;
import vn.cchc.shared.Paged;
import vn.cchc.shared.SearchQuery;

/** The commune's procedure catalogue as the public site reads it: a page of entries, the fields, the last change. */
@Service
public class PublicProcedures {

    private final ProcedureCatalogue catalogue;

    PublicProcedures(ProcedureCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Entries whose code or name holds every word of the query (null: all), in the field (null: all), by field. */
    public Paged<PublicProcedure> page(long communeId, SearchQuery query, String field, int page, int size) {
        Paged<Procedure> p = catalogue.page(communeId, query, field, page, size);
        return new Paged<>(p.items().stream().map(PublicProcedures::shown).toList(), p.page(), p.size(), p.total());
    }

    public List<String> fields(long communeId) {
        return catalogue.fields(communeId);
    }

    public Optional<Instant> lastChange(long communeId) {
        return catalogue.lastChange(communeId);
    }

    private static PublicProcedure shown(Procedure p) {
        PublicProcedure.Filing filing = p.onlineLevel() == OnlineLevel.FULL ? PublicProcedure.Filing.FULLY_ONLINE
                : p.onlineLevel() == OnlineLevel.PARTIAL ? PublicProcedure.Filing.PARTLY_ONLINE
                : PublicProcedure.Filing.OFFICE;
        return new PublicProcedure(p.code(), p.name(), p.field(), p.processingDays(), filing, p.feeBearing(),
                p.feeText(), p.paymentIntegrated());
    }
}
