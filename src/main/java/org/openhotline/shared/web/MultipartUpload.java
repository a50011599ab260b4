package org.openhotline.shared.web;

import org.springframework.util.unit.DataSize;

/**
 * A path that takes a file: a module declares it as a bean, and multipart bodies are let
 * through there only, up to {@code maxSize} (everywhere else they are refused unread).
 *
 * @param pathPattern a path pattern ({@code /office/portals/*&#47;partners/*&#47;logo})
 */
public record MultipartUpload(String pathPattern, DataSize maxSize) {
}
