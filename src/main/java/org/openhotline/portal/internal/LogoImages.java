package org.openhotline.portal.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.jspecify.annotations.Nullable;
import org.openhotline.shared.validation.StepRefused;

/**
 * Turns an uploaded logo into a PNG this site can serve: what the bytes are is read from
 * the bytes (never from the name or the declared type), the structure is walked before any
 * decoding (dimensions from the header, so a small file that decodes into gigabytes is
 * refused unread; nothing after the image's end, so no other file rides along), then the
 * image is decoded, scaled down to fit, and written again as a bare PNG: every metadata
 * chunk, EXIF block and comment of the upload is left behind.
 */
public final class LogoImages {

	/** The PNG written back, and its dimensions. */
	public record Png(byte[] bytes, int width, int height) {
	}

	/** The limits of an upload. */
	public record Limits(long maxBytes, int maxWidth, int maxHeight, long maxSourcePixels) {
	}

	enum Kind {
		PNG, JPEG
	}

	private record Header(Kind kind, int width, int height) {
	}

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private LogoImages() {
	}

	public static Png reencode(byte[] upload, @Nullable String fileName, Limits limits) {
		if (upload.length == 0) {
			throw field("logo.error.empty");
		}
		if (upload.length > limits.maxBytes()) {
			throw StepRefused.field("logo", "logo.error.too-large", limits.maxBytes() / 1024);
		}
		Header header = header(upload);
		refuseDisguise(header.kind(), fileName);
		if (header.width() <= 0 || header.height() <= 0
				|| (long) header.width() * header.height() > limits.maxSourcePixels()) {
			throw StepRefused.field("logo", "logo.error.dimensions", header.width(), header.height());
		}
		BufferedImage decoded = decode(upload, header, limits);
		BufferedImage scaled = fit(decoded, limits.maxWidth(), limits.maxHeight());
		return new Png(write(scaled), scaled.getWidth(), scaled.getHeight());
	}

	private static Header header(byte[] bytes) {
		if (startsWith(bytes, PNG_SIGNATURE)) {
			return pngHeader(bytes);
		}
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
			return jpegHeader(bytes);
		}
		throw field(otherKind(bytes));
	}

	/** Says what a refused file looks like, so the message can tell the person what to do instead. */
	private static String otherKind(byte[] bytes) {
		if (startsWith(bytes, "GIF8".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
			return "logo.error.gif";
		}
		if (bytes.length >= 12 && startsWith(bytes, "RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
				&& new String(bytes, 8, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("WEBP")) {
			return "logo.error.webp";
		}
		String start = new String(bytes, 0, Math.min(bytes.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
			.toLowerCase(Locale.ROOT);
		if (start.contains("<svg")) {
			return "logo.error.svg";
		}
		return "logo.error.not-an-image";
	}

	/** Walks the chunks: IHDR first, IEND last, nothing after it. */
	private static Header pngHeader(byte[] bytes) {
		int at = PNG_SIGNATURE.length;
		int width = -1;
		int height = -1;
		boolean first = true;
		while (true) {
			if (at + 12 > bytes.length) {
				throw field("logo.error.truncated");
			}
			long length = u32(bytes, at);
			String type = new String(bytes, at + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
			if (length > bytes.length - at - 12) {
				throw field("logo.error.truncated");
			}
			if (first) {
				if (!type.equals("IHDR") || length != 13) {
					throw field("logo.error.not-an-image");
				}
				width = (int) Math.min(Integer.MAX_VALUE, u32(bytes, at + 8));
				height = (int) Math.min(Integer.MAX_VALUE, u32(bytes, at + 12));
				first = false;
			}
			at += 12 + (int) length;
			if (type.equals("IEND")) {
				if (at != bytes.length) {
					throw field("logo.error.polyglot");
				}
				return new Header(Kind.PNG, width, height);
			}
		}
	}

	/** Walks the markers and the entropy-coded data: a frame header, an end of image, nothing after it. */
	private static Header jpegHeader(byte[] bytes) {
		int at = 2;
		int width = -1;
		int height = -1;
		while (true) {
			if (at + 2 > bytes.length) {
				throw field("logo.error.truncated");
			}
			if ((bytes[at] & 0xff) != 0xff) {
				throw field("logo.error.not-an-image");
			}
			int marker = bytes[at + 1] & 0xff;
			if (marker == 0xff) {
				at++;
				continue;
			}
			if (marker == 0xd9) {
				if (at + 2 != bytes.length) {
					throw field("logo.error.polyglot");
				}
				if (width < 0) {
					throw field("logo.error.not-an-image");
				}
				return new Header(Kind.JPEG, width, height);
			}
			if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
				at += 2;
				continue;
			}
			if (at + 4 > bytes.length) {
				throw field("logo.error.truncated");
			}
			int length = ((bytes[at + 2] & 0xff) << 8) | (bytes[at + 3] & 0xff);
			if (length < 2 || at + 2 + length > bytes.length) {
				throw field("logo.error.truncated");
			}
			boolean frame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
			if (frame) {
				if (length < 7) {
					throw field("logo.error.not-an-image");
				}
				height = ((bytes[at + 5] & 0xff) << 8) | (bytes[at + 6] & 0xff);
				width = ((bytes[at + 7] & 0xff) << 8) | (bytes[at + 8] & 0xff);
			}
			at += 2 + length;
			if (marker == 0xda) {
				at = skipEntropyCoded(bytes, at);
			}
		}
	}

	/** The offset of the next marker after a scan's data (0xFF00 is a data byte, restarts belong to the scan). */
	private static int skipEntropyCoded(byte[] bytes, int at) {
		while (at + 1 < bytes.length) {
			if ((bytes[at] & 0xff) == 0xff) {
				int next = bytes[at + 1] & 0xff;
				if (next != 0x00 && !(next >= 0xd0 && next <= 0xd7)) {
					return at;
				}
				at += 2;
			}
			else {
				at++;
			}
		}
		throw field("logo.error.truncated");
	}

	/** A name that says another type than the bytes is a disguised file: refused, whatever the bytes are. */
	private static void refuseDisguise(Kind kind, @Nullable String fileName) {
		if (fileName == null) {
			return;
		}
		String name = fileName.toLowerCase(Locale.ROOT).strip();
		int dot = name.lastIndexOf('.');
		if (dot < 0) {
			return;
		}
		String extension = name.substring(dot + 1);
		boolean matches = switch (kind) {
			case PNG -> extension.equals("png");
			case JPEG -> extension.equals("jpg") || extension.equals("jpeg") || extension.equals("jpe")
					|| extension.equals("jfif");
		};
		if (!matches) {
			throw StepRefused.field("logo", "logo.error.disguised", extension, kind.name());
		}
	}

	private static BufferedImage decode(byte[] bytes, Header header, Limits limits) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(header.kind().name().toLowerCase(Locale.ROOT));
		if (!readers.hasNext()) {
			throw new IllegalStateException("No ImageIO reader for " + header.kind());
		}
		ImageReader reader = readers.next();
		// in memory: ImageIO's default stream cache would write the upload to a temporary file
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(input, true, true);
			String[] warning = { null };
			reader.addIIOReadWarningListener((source, message) -> warning[0] = message);
			ImageReadParam param = reader.getDefaultReadParam();
			// a large picture is read every n-th pixel, at most twice the size it is scaled to
			int step = Math.max(1, Math.min(header.width() / (2 * limits.maxWidth()),
					header.height() / (2 * limits.maxHeight())));
			param.setSourceSubsampling(step, step, 0, 0);
			BufferedImage image = reader.read(0, param);
			if (warning[0] != null) {
				throw field("logo.error.unreadable");
			}
			return image;
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof StepRefused refused) {
				throw refused;
			}
			throw field("logo.error.unreadable");
		}
		finally {
			reader.dispose();
		}
	}

	/** Scaled down (never up) to fit the box, in halves first so that thin lines survive. */
	static BufferedImage fit(BufferedImage image, int maxWidth, int maxHeight) {
		boolean alpha = image.getColorModel().hasAlpha();
		int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		double scale = Math.min(1.0, Math.min((double) maxWidth / image.getWidth(), (double) maxHeight / image.getHeight()));
		int targetWidth = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int targetHeight = Math.max(1, (int) Math.round(image.getHeight() * scale));
		BufferedImage current = image;
		int width = image.getWidth();
		int height = image.getHeight();
		do {
			width = Math.max(targetWidth, width / 2);
			height = Math.max(targetHeight, height / 2);
			if (width < targetWidth * 2 && height < targetHeight * 2) {
				width = targetWidth;
				height = targetHeight;
			}
			BufferedImage next = new BufferedImage(width, height, type);
			Graphics2D g = next.createGraphics();
			try {
				g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
				g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
				g.drawImage(current, 0, 0, width, height, null);
			}
			finally {
				g.dispose();
			}
			current = next;
		}
		while (width != targetWidth || height != targetHeight);
		return current;
	}

	private static byte[] write(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			writer.write(null, new IIOImage(image, null, null), null);
		}
		catch (IOException e) {
			throw new IllegalStateException("Could not write a PNG in memory", e);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private static StepRefused field(String key) {
		return StepRefused.field("logo", key);
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static long u32(byte[] bytes, int at) {
		return ((long) (bytes[at] & 0xff) << 24) | ((bytes[at + 1] & 0xff) << 16) | ((bytes[at + 2] & 0xff) << 8)
				| (bytes[at + 3] & 0xff);
	}
}
