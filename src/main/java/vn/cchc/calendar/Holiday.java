package vn.cchc.calendar;

import java.time.LocalDate;

/** A day off for state bodies, with the name shown to users (e.g. "Tết Nguyên đán", "Nghỉ bù Giỗ Tổ Hùng Vương"). */
public record Holiday(LocalDate date, String name) {
}
