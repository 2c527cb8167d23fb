package vn.cchc.survey.poster;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The QR symbol of an address as a grid of modules, its 4-module quiet zone included. Error correction M (15 %)
 * survives a scratched or partly shaded print while keeping modules large enough for a phone a metre away.
 */
final class QrCodes {

    static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    /** One bit per module, quiet zone included; true is dark. */
    static BitMatrix modules(String url) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE);
        // UTF-8 is declared (an ECI header) only when the address needs it: a plain ASCII address is the same bytes
        // either way, and some older scanner apps stumble on an ECI they do not expect.
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(url)) {
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        try {
            // Size 0 asks for one pixel per module; the callers scale it to whole pixels or points themselves.
            return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("The address is too long for a QR code", tooLong);
        }
    }
}
