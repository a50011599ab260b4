package org.openhotline.portal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Image files made in the test, good and bad, for the logo upload. */
public final class LogoFixtures {

	/** What hides in the fixtures' metadata, and must be gone from what the site serves. */
	public static final String SECRET = "SECRET-GPS-12.6392N-8.0029W";

	private LogoFixtures() {
	}

	public static BufferedImage picture(int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(11, 79, 156));
		g.fillRect(0, 0, width, height);
		g.setColor(Color.ORANGE);
		g.fillOval(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		return image;
	}

	public static byte[] png(int width, int height) {
		return write(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
	}

	public static byte[] jpeg(int width, int height) {
		return write(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
	}

	public static byte[] gif(int width, int height) {
		return write(picture(width, height, BufferedImage.TYPE_INT_RGB), "gif");
	}

	/** A PNG with a text chunk, an international text chunk and an EXIF chunk holding {@link #SECRET}. */
	public static byte[] pngWithMetadata(int width, int height) {
		byte[] png = png(width, height);
		png = withChunk(png, "tEXt", ("Comment\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1));
		png = withChunk(png, "iTXt", ("Author\0\0\0\0\0" + SECRET).getBytes(StandardCharsets.UTF_8));
		return withChunk(png, "eXIf", ("MM\0*" + SECRET).getBytes(StandardCharsets.ISO_8859_1));
	}

	/** A JPEG with an EXIF block and a comment holding {@link #SECRET}. */
	public static byte[] jpegWithMetadata(int width, int height) {
		byte[] jpeg = jpeg(width, height);
		byte[] exif = segment(0xe1, ("Exif\0\0MM\0*\0\0\0\b" + SECRET).getBytes(StandardCharsets.ISO_8859_1));
		byte[] comment = segment(0xfe, SECRET.getBytes(StandardCharsets.ISO_8859_1));
		return ByteBuffer.allocate(jpeg.length + exif.length + comment.length)
			.put(jpeg, 0, 2)
			.put(exif)
			.put(comment)
			.put(jpeg, 2, jpeg.length - 2)
			.array();
	}

	/** A PNG header that announces {@code width} × {@code height} pixels, with hardly any data behind it. */
	public static byte[] pngHeaderOnly(int width, int height) {
		byte[] ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0)
			.put((byte) 0).put((byte) 0).array();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		out.writeBytes(chunk("IHDR", ihdr));
		out.writeBytes(chunk("IDAT", new byte[] { 0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 }));
		out.writeBytes(chunk("IEND", new byte[0]));
		return out.toByteArray();
	}

	public static byte[] svg() {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><script>alert(1)</script>
				<rect width="400" height="200" fill="#0b4f9c"/></svg>
				""".getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] html() {
		return "<!DOCTYPE html><html><body><script>alert(document.domain)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
	}

	/** The first bytes of a WebP file (RIFF container, VP8 chunk). */
	public static byte[] webp() {
		return ByteBuffer.allocate(30).put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(22)
			.put("WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)).array();
	}

	/** A valid PNG with an HTML page after its end: a file that is two things at once. */
	public static byte[] pngHtmlPolyglot() {
		byte[] png = png(40, 20);
		byte[] html = html();
		return ByteBuffer.allocate(png.length + html.length).put(png).put(html).array();
	}

	public static byte[] truncated(byte[] file) {
		return java.util.Arrays.copyOf(file, file.length / 2);
	}

	/** True when the bytes hold the text (as ASCII or UTF-8). */
	public static boolean contains(byte[] bytes, String text) {
		return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
	}

	private static byte[] write(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("No writer for " + format);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** The PNG with one more chunk right after its header chunk. */
	private static byte[] withChunk(byte[] png, String type, byte[] data) {
		int afterHeader = 8 + 25;
		byte[] chunk = chunk(type, data);
		return ByteBuffer.allocate(png.length + chunk.length)
			.put(png, 0, afterHeader)
			.put(chunk)
			.put(png, afterHeader, png.length - afterHeader)
			.array();
	}

	private static byte[] chunk(String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
			.putInt((int) crc.getValue()).array();
	}

	private static byte[] segment(int marker, byte[] data) {
		return ByteBuffer.allocate(4 + data.length).put((byte) 0xff).put((byte) marker)
			.putShort((short) (data.length + 2)).put(data).array();
	}
}
