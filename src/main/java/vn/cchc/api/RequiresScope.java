package vn.cchc.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scope an API endpoint needs. Checked before the handler runs ({@link ScopeCheck}) and written into the OpenAPI
 * document ({@link OpenApiConfiguration}); an endpoint of this module without it is refused to every key.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface RequiresScope {
    ApiScope value();
}
