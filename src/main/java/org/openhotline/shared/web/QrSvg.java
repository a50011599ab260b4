package org.openhotline.shared.web;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as an inline SVG document: no image request, no script, nothing the content
 * security policy has to allow. One path of unit squares, with the quiet zone the standard asks for.
 */
public final class QrSvg {

	private static final int QUIET_ZONE = 4;

	private QrSvg() {
	}

	public static String of(String text, String label) {
		QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
		int size = qr.size + QUIET_ZONE * 2;
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
				+ "\" width=\"240\" height=\"240\" role=\"img\" aria-label=\"" + org.springframework.web.util.HtmlUtils.htmlEscape(label)
				+ "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
				+ path + "\"/></svg>";
	}
}
