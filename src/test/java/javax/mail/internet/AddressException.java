package javax.mail.internet;

/**
 * A stand-in for JavaMail's class, which java-json-tools' schema validator (on the test class
 * path through swagger-parser, without JavaMail) names in its "email" format check: loading
 * the validator needs the class, and no schema of ours uses that format.
 */
public class AddressException extends Exception {

	private static final long serialVersionUID = 1L;
}
