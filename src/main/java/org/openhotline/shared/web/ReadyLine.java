package org.openhotline.shared.web;

/** A line a module adds to the ready banner: where its pages are, on the port the app listens on. */
@FunctionalInterface
public interface ReadyLine {

	String text(int port);
}
