package vn.cchc.shared;

import java.util.List;

/**
 * One page of a longer list: its items, its number (from 1), the page size and how many items the whole list has.
 * Pages beyond the last are empty; a list without items has one (empty) page, so "no results" shows on page 1.
 */
public record Paged<T>(List<T> items, int page, int size, long total) {

    public Paged {
        if (page < 1 || size < 1) {
            throw new IllegalArgumentException("page " + page + " of size " + size);
        }
        items = List.copyOf(items);
    }

    /** The rows to skip to reach the page (a long, so that a huge page number cannot overflow). */
    public static long offset(int page, int size) {
        return (long) (page - 1) * size;
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    /** Whether the page number names a page of the list (1 always does). */
    public boolean exists() {
        return page <= pages();
    }

    public boolean hasPrevious() {
        return page > 1 && exists();
    }

    public boolean hasNext() {
        return page < pages();
    }

    /** The position of the page's first item in the whole list (from 1), 0 when the page is empty. */
    public long first() {
        return items.isEmpty() ? 0 : offset(page, size) + 1;
    }

    /** The position of the page's last item, 0 when the page is empty. */
    public long last() {
        return items.isEmpty() ? 0 : offset(page, size) + items.size();
    }
}
