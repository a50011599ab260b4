/** The office statistics pages: filters, charts drawn as SVG, tables and their CSV. */
@NullMarked
package org.openhotline.statistics.web;

import org.jspecify.annotations.NullMarked;
