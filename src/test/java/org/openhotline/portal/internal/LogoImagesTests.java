package org.openhotline.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openhotline.portal.LogoFixtures;
import org.openhotline.shared.validation.StepRefused;

/** An upload becomes a bare, bounded PNG, or is refused with the reason beside the field. */
class LogoImagesTests {

	private static final LogoImages.Limits LIMITS = new LogoImages.Limits(512 * 1024, 400, 200, 16_000_000);

	@Test
	void aPngIsWrittenAgainWithoutItsTextAndExifChunks() throws IOException {
		byte[] upload = LogoFixtures.pngWithMetadata(120, 60);
		assertThat(LogoFixtures.contains(upload, LogoFixtures.SECRET)).isTrue();

		LogoImages.Png png = LogoImages.reencode(upload, "logo.png", LIMITS);

		assertThat(png.bytes()).startsWith(0x89, 'P', 'N', 'G');
		assertThat(LogoFixtures.contains(png.bytes(), LogoFixtures.SECRET)).isFalse();
		assertThat(LogoFixtures.contains(png.bytes(), "tEXt")).isFalse();
		assertThat(LogoFixtures.contains(png.bytes(), "iTXt")).isFalse();
		assertThat(LogoFixtures.contains(png.bytes(), "eXIf")).isFalse();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.bytes()));
		assertThat(image.getWidth()).isEqualTo(120);
		assertThat(image.getHeight()).isEqualTo(60);
		assertThat(png.width()).isEqualTo(120);
	}

	@Test
	void aJpegBecomesAPngWithoutItsExifAndComment() throws IOException {
		byte[] upload = LogoFixtures.jpegWithMetadata(100, 50);
		assertThat(ImageIO.read(new ByteArrayInputStream(upload))).as("the fixture is a readable JPEG").isNotNull();

		LogoImages.Png png = LogoImages.reencode(upload, "Logo Orange.JPG", LIMITS);

		assertThat(png.bytes()).startsWith(0x89, 'P', 'N', 'G');
		assertThat(LogoFixtures.contains(png.bytes(), LogoFixtures.SECRET)).isFalse();
		assertThat(LogoFixtures.contains(png.bytes(), "Exif")).isFalse();
		assertThat(ImageIO.read(new ByteArrayInputStream(png.bytes())).getWidth()).isEqualTo(100);
	}

	@Test
	void aLargePictureIsScaledDownToFitTheBox() throws IOException {
		LogoImages.Png wide = LogoImages.reencode(LogoFixtures.png(1600, 400), null, LIMITS);
		LogoImages.Png tall = LogoImages.reencode(LogoFixtures.jpeg(900, 1800), null, LIMITS);

		assertThat(wide.width()).isEqualTo(400);
		assertThat(wide.height()).isEqualTo(100);
		assertThat(tall.width()).isEqualTo(100);
		assertThat(tall.height()).isEqualTo(200);
		BufferedImage read = ImageIO.read(new ByteArrayInputStream(tall.bytes()));
		assertThat(read.getWidth()).isEqualTo(100);
		assertThat(read.getHeight()).isEqualTo(200);
	}

	@Test
	void anSvgIsRefused() {
		assertRefused(LogoFixtures.svg(), "logo.svg", "logo.error.svg");
		assertRefused(LogoFixtures.svg(), "logo.png", "logo.error.svg");
	}

	@Test
	void gifAndWebpAreRefused() {
		assertRefused(LogoFixtures.gif(40, 20), "logo.gif", "logo.error.gif");
		assertRefused(LogoFixtures.webp(), "logo.webp", "logo.error.webp");
	}

	@Test
	void anHtmlFileNamedPngIsRefused() {
		assertRefused(LogoFixtures.html(), "logo.png", "logo.error.not-an-image");
	}

	@Test
	void aPngNamedJpgIsADisguisedFile() {
		assertRefused(LogoFixtures.png(40, 20), "logo.jpg", "logo.error.disguised");
		assertRefused(LogoFixtures.jpeg(40, 20), "logo.png", "logo.error.disguised");
	}

	@Test
	void truncatedFilesAreRefused() {
		assertRefused(LogoFixtures.truncated(LogoFixtures.png(200, 100)), "logo.png", "logo.error.truncated");
		assertRefused(LogoFixtures.truncated(LogoFixtures.jpeg(200, 100)), "logo.jpg", "logo.error.truncated");
	}

	@Test
	void aFileThatIsAlsoAnotherFileIsRefused() {
		assertRefused(LogoFixtures.pngHtmlPolyglot(), "logo.png", "logo.error.polyglot");
		byte[] jpeg = LogoFixtures.jpeg(40, 20);
		byte[] html = LogoFixtures.html();
		byte[] jpegAndHtml = java.nio.ByteBuffer.allocate(jpeg.length + html.length).put(jpeg).put(html).array();
		assertRefused(jpegAndHtml, "logo.jpg", "logo.error.polyglot");
	}

	@Test
	void absurdDimensionsAreRefusedFromTheHeaderBeforeDecoding() {
		// 100,000 × 100,000 pixels in a file of a few dozen bytes: decoded, it would take 30 GB
		byte[] bomb = LogoFixtures.pngHeaderOnly(100_000, 100_000);
		assertThat(bomb.length).isLessThan(100);

		assertRefused(bomb, "logo.png", "logo.error.dimensions");
	}

	@Test
	void anEmptyOrOversizedUploadIsRefused() {
		assertRefused(new byte[0], "logo.png", "logo.error.empty");
		assertThatThrownBy(() -> LogoImages.reencode(LogoFixtures.png(400, 200), "logo.png",
				new LogoImages.Limits(100, 400, 200, 16_000_000)))
			.isInstanceOfSatisfying(StepRefused.class, e -> {
				assertThat(e.messageKey()).isEqualTo("logo.error.too-large");
				assertThat(e.field()).isEqualTo("logo");
			});
	}

	private static void assertRefused(byte[] upload, String name, String key) {
		assertThatThrownBy(() -> LogoImages.reencode(upload, name, LIMITS))
			.isInstanceOfSatisfying(StepRefused.class, e -> {
				assertThat(e.messageKey()).isEqualTo(key);
				assertThat(e.field()).isEqualTo("logo");
			});
	}
}
