package vn.cchc.survey;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.shared.PublicAddress;
import vn.cchc.survey.poster.PosterFontMissing;
import vn.cchc.survey.poster.PosterText;
import vn.cchc.survey.poster.QrPoster;

/**
 * The QR code of a point and its poster (PNG and A4 PDF) with the commune's name. The address in the code is the
 * site's public address: {@code cchc.public-base-url} when the app sits behind a proxy, else the one asked for.
 */
@Controller
class PosterController {

    private final SurveyService surveys;
    private final OrgDirectory org;
    private final MessageSource messages;
    private final PublicAddress address;

    PosterController(SurveyService surveys, OrgDirectory org, MessageSource messages, PublicAddress address) {
        this.surveys = surveys;
        this.org = org;
        this.messages = messages;
        this.address = address;
    }

    @GetMapping("/survey/{id}/points/{pointId}/qr.png")
    ResponseEntity<byte[]> qr(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                              @PathVariable long pointId) {
        SurveyPoint point = surveys.point(me, id, pointId);
        return file(QrPoster.qrPng(url(point), 480), MediaType.IMAGE_PNG, "qr-" + point.token() + ".png", true);
    }

    @GetMapping("/survey/{id}/points/{pointId}/poster.png")
    ResponseEntity<byte[]> posterPng(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                                     @PathVariable long pointId) {
        SurveyPoint point = surveys.point(me, id, pointId);
        return file(QrPoster.posterPng(text(point)), MediaType.IMAGE_PNG, "poster-" + point.token() + ".png", false);
    }

    @GetMapping("/survey/{id}/points/{pointId}/poster.pdf")
    ResponseEntity<byte[]> posterPdf(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                                     @PathVariable long pointId) {
        SurveyPoint point = surveys.point(me, id, pointId);
        return file(QrPoster.posterPdf(text(point)), MediaType.APPLICATION_PDF, "poster-" + point.token() + ".pdf",
                false);
    }

    /** Without the Vietnamese font no poster is drawn: the error page says why (the QR code alone still works). */
    @ExceptionHandler(PosterFontMissing.class)
    ModelAndView fontMissing(PosterFontMissing e, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        ModelAndView view = new ModelAndView("error");
        view.addObject("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        view.addObject("problem", e.messageKey());
        view.addObject("problemArgs", e.args());
        return view;
    }

    private PosterText text(SurveyPoint point) {
        // The poster hangs in the commune office, so it is in Vietnamese whatever the officer's screen language.
        java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
        return new PosterText(org.commune(point.communeId()).name(), messages.getMessage("survey.poster.title", null, vi),
                point.label(), url(point), messages.getMessage("survey.poster.instructions", null, vi));
    }

    private String url(SurveyPoint point) {
        return address.of(point.path());
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name, boolean inline) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setContentDisposition((inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(name, StandardCharsets.UTF_8).build());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.setCacheControl(CacheControl.noStore());
        return ResponseEntity.ok().headers(headers).contentLength(content.length).body(content);
    }
}
