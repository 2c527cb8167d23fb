package vn.cchc.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.dossier.DossierRatings;
import vn.cchc.dossier.DossierRef;
import vn.cchc.shared.VietnamTime;
import vn.cchc.survey.guard.DeviceIds;
import vn.cchc.survey.guard.Flags;
import vn.cchc.survey.guard.FormStamp;
import vn.cchc.survey.guard.SubmissionChecks;
import vn.cchc.survey.guard.SubmissionLimiter;
import vn.cchc.survey.questionnaire.AnswerSheet;

/**
 * Takes a filled form, from the public page or from an officer typing a paper form, and stores it whole or not at
 * all. A refusal (closed survey, forged form, too many answers, a dossier already rated) stores nothing; a
 * suspicious answer is stored with its flags for review, never dropped.
 */
@Service
class Submissions {

    /** Dossier codes as one-stop systems print them: letters, digits and a few separators. */
    private static final Pattern DOSSIER_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,79}");

    private final SurveyRepository surveys;
    private final SurveyForms forms;
    private final ResponseRepository responses;
    private final DossierRatings dossiers;
    private final SubmissionLimiter limiter;
    private final FormStamp stamps;
    private final GuardSettings.Timing timing;
    private final Clock clock;

    Submissions(SurveyRepository surveys, SurveyForms forms, ResponseRepository responses, DossierRatings dossiers,
                SubmissionLimiter limiter, FormStamp stamps, GuardSettings.Timing timing, Clock clock) {
        this.surveys = surveys;
        this.forms = forms;
        this.responses = responses;
        this.dossiers = dossiers;
        this.limiter = limiter;
        this.stamps = stamps;
        this.timing = timing;
        this.clock = clock;
    }

    /** What was filled in: the form version it was served as, the fields and the dossier code it was opened with. */
    record Filled(long formId, Map<String, List<String>> fields, String dossierCode) {
    }

    /** How a public answer reached us: the hidden trap field, the served-at stamp, the address and device cookie. */
    record Web(String honeypot, String stamp, String address, String deviceId) {
    }

    /** Stored (the response id) or refused with the problems to show on the form. */
    record Outcome(Long responseId, AnswerSheet.Result sheet) {
        boolean stored() {
            return responseId != null;
        }
    }

    /** A filled form read against its survey, form version and dossier, before anything is stored. */
    private record Reading(Survey survey, SurveyForm form, Optional<DossierRef> dossier, AnswerSheet.Result sheet,
                           String dossierCode) {

        /** A code the ledger does not (yet) know is kept, flagged for review. */
        List<String> dossierFlags() {
            return dossierCode != null && dossier.isEmpty() ? List.of("dossier-unknown") : List.of();
        }

        /** What the point or the officer says, else what the dossier says. */
        Long unit(Long given) {
            return given != null ? given : dossier.map(DossierRef::unitId).orElse(null);
        }

        String field(String given) {
            return given != null ? given : dossier.map(DossierRef::field).orElse(null);
        }
    }

    /** Refuses a closed survey, a foreign form or a bad or rated dossier code; reads the answers. */
    private Reading read(long communeId, long surveyId, Filled filled) {
        Survey survey = openSurvey(communeId, surveyId);
        SurveyForm form = forms.ofSurvey(survey, filled.formId())
                .orElseThrow(() -> new PublicRefusal(400, "survey.public.formInvalid"));
        Optional<DossierRef> dossier = dossier(survey, filled.dossierCode());
        AnswerSheet.Result sheet = AnswerSheet.read(form.questionnaire(), filled.fields(), filled.dossierCode() != null);
        return new Reading(survey, form, dossier, sheet, filled.dossierCode());
    }

    @Transactional
    Outcome publicAnswer(SurveyPoint point, Filled filled, Web web) {
        Reading r = read(point.communeId(), point.surveyId(), filled);
        if (!r.sheet().ok()) {
            return new Outcome(null, r.sheet());
        }
        Instant now = clock.instant();
        List<String> flags = new ArrayList<>(check(point.token(), web, now, r.sheet(), r.form()).reasons());
        flags.addAll(r.dossierFlags());
        ResponseRepository.Origin origin = new ResponseRepository.Origin(point.communeId(), r.survey().id(),
                r.form().id(), point.id(), r.unit(point.unitId()), r.field(point.field()), filled.dossierCode(),
                ResponseRepository.Channel.WEB, null, DeviceIds.hash(web.deviceId()), flags);
        long id = store(r, origin, now);
        // counted only once the answer is stored: a refused try uses no slot; over the limit, the insert rolls back
        if (!limiter.tryAcquire(web.address(), web.deviceId())) {
            throw new PublicRefusal(429, "survey.public.tooMany");
        }
        return new Outcome(id, r.sheet());
    }

    /** A paper form typed in by an officer, who is recorded as its interviewer; no abuse checks apply to them. */
    @Transactional
    Outcome interview(long communeId, long interviewerId, long surveyId, Filled filled, Long unitId, String field) {
        Reading r = read(communeId, surveyId, filled);
        if (!r.sheet().ok()) {
            return new Outcome(null, r.sheet());
        }
        ResponseRepository.Origin origin = new ResponseRepository.Origin(communeId, r.survey().id(), r.form().id(),
                null, r.unit(unitId), r.field(field), filled.dossierCode(), ResponseRepository.Channel.INTERVIEW,
                interviewerId, null, r.dossierFlags());
        return new Outcome(store(r, origin, clock.instant()), r.sheet());
    }

    private long store(Reading r, ResponseRepository.Origin origin, Instant now) {
        long id;
        try {
            id = responses.insert(origin, now, VietnamTime.today(clock), r.sheet().answers());
        } catch (DuplicateKeyException e) {
            throw new PublicRefusal(409, "survey.public.dossierRated");
        }
        if (r.survey().feedsDossierRating() && r.dossier().isPresent()) {
            r.form().questionnaire().dossierRatingItem().flatMap(i -> r.sheet().value(i.code())).ifPresent(rating ->
                    dossiers.attachSurveyRating(origin.communeId(), r.dossier().get().code(), rating, now));
        }
        return id;
    }

    private Survey openSurvey(long communeId, long surveyId) {
        Survey survey = surveys.survey(communeId, surveyId)
                .orElseThrow(() -> new PublicRefusal(404, "survey.public.notFound"));
        if (!survey.accepting(VietnamTime.today(clock))) {
            throw new PublicRefusal(410, "survey.public.closed");
        }
        return survey;
    }

    private Optional<DossierRef> dossier(Survey survey, String code) {
        if (code == null) {
            return Optional.empty();
        }
        if (!DOSSIER_CODE.matcher(code).matches()) {
            throw new PublicRefusal(400, "survey.public.dossierCode");
        }
        if (responses.dossierAnswered(survey.communeId(), code)) {
            throw new PublicRefusal(409, "survey.public.dossierRated");
        }
        return dossiers.find(survey.communeId(), code);
    }

    private Flags check(String token, Web web, Instant now, AnswerSheet.Result sheet, SurveyForm form) {
        Instant servedAt = web.stamp() == null ? null : stamps.verify(token, web.stamp()).orElse(null);
        return SubmissionChecks.check(web.honeypot(), servedAt, now, timing.minFill(), timing.maxAge(),
                sheet.scaleValues(form.questionnaire()));
    }
}
