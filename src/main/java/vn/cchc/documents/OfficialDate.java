package vn.cchc.documents;

import java.time.LocalDate;

/**
 * The place-and-date line of Nghị định 30/2020 (Phụ lục I): "Nha Trang, ngày 05 tháng 02 năm 2026". Days below 10
 * and the months January and February take a leading zero; the other months do not.
 */
public final class OfficialDate {

    private OfficialDate() {
    }

    public static String date(LocalDate date) {
        int month = date.getMonthValue();
        String monthText = month <= 2 ? "%02d".formatted(month) : Integer.toString(month);
        return "ngày %02d tháng %s năm %d".formatted(date.getDayOfMonth(), monthText, date.getYear());
    }

    public static String placeAndDate(String place, LocalDate date) {
        return place.isBlank() ? capitalised(date(date)) : place.strip() + ", " + date(date);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
