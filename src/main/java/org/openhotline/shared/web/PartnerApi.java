package org.openhotline.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of the partner APIs ({@code /api/v1/…}): its errors are answered as
 * {@code application/problem+json} (RFC 9457), never as a page.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PartnerApi {
}
