package vn.cchc.transparency;

import java.math.BigDecimal;
import vn.cchc.dossier.PublicProcedure;

/**
 * How the public catalogue words a procedure's statutory time and where to file it, as message keys and arguments.
 * Time: the working days as the catalogue gives them, whole days in two digits as official listings write them ("05
 * ngày làm việc"), a fraction as given ("0,5 ngày làm việc", English "0.5"); 0 is "within the day"; a time not
 * recorded is "as regulated". Pure rule code.
 */
public final class ProcedureWording {

    private ProcedureWording() {
    }

    /** A message key and its one argument (null when the message has none). */
    public record Text(String key, String argument) {
    }

    public static Text time(BigDecimal days, boolean english) {
        if (days == null) {
            return new Text("public.thu-tuc.time.unknown", null);
        }
        if (days.signum() == 0) {
            return new Text("public.thu-tuc.time.sameDay", null);
        }
        BigDecimal plain = days.stripTrailingZeros();
        String number = plain.scale() <= 0 ? whole(plain.toBigInteger().toString(), english)
                : plain.toPlainString().replace('.', english ? '.' : ',');
        return new Text(plain.compareTo(BigDecimal.ONE) == 0 && english ? "public.thu-tuc.time.day"
                : "public.thu-tuc.time.days", number);
    }

    /** "5" → "05" in Vietnamese listings; English writes "5". */
    private static String whole(String digits, boolean english) {
        return !english && digits.length() == 1 ? "0" + digits : digits;
    }

    /** The message key of where to file. */
    public static String where(PublicProcedure.Filing filing) {
        return "public.thu-tuc.where." + filing.name();
    }
}
