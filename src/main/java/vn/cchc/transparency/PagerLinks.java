package vn.cchc.transparency;

import org.springframework.web.util.UriComponentsBuilder;

/** The pager's addresses: the list's path with its query and filter (only those given) and a page number. */
public record PagerLinks(String path, String query, String field) {

    public String to(long page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        if (query != null && !query.isEmpty()) {
            b.queryParam("q", query);
        }
        if (field != null) {
            b.queryParam("linhvuc", field);
        }
        return b.queryParam("trang", page).encode().build().toUriString();
    }
}
