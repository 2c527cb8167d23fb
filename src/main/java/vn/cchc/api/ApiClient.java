package vn.cchc.api;

import java.util.Set;

/**
 * Who a request with a valid key speaks for: the key's commune, never one named in the request. {@code createdBy} is
 * the admin who made the key; a dossier push is recorded under them.
 */
record ApiClient(long keyId, long communeId, String prefix, Set<ApiScope> scopes, long createdBy) {

    String actor() {
        return "api-key:" + prefix;
    }
}
