package org.openhotline.tracing.web;

import org.jspecify.annotations.Nullable;
import org.openhotline.shared.validation.FieldRefusals;
import org.openhotline.tracing.HostingTrace;
import org.openhotline.tracing.TraceCorrection;

/** The correction form as posted; {@link #toCommand()} checks it. */
public class CorrectionForm implements java.io.Serializable {

	private static final long serialVersionUID = 1L;

	private long version;

	private @Nullable String country;

	private @Nullable String asn;

	private @Nullable String networkName;

	private @Nullable String hostContactName;

	private @Nullable String hostContactEmail;

	private @Nullable String upstreamContactEmail;

	private @Nullable String registrarName;

	private @Nullable String registrarEmail;

	static CorrectionForm of(HostingTrace trace) {
		CorrectionForm form = new CorrectionForm();
		form.version = trace.version();
		form.country = trace.country();
		form.asn = trace.asn() == null ? null : trace.asn().toString();
		form.networkName = trace.networkName();
		form.hostContactName = trace.hostContact() == null ? null : trace.hostContact().name();
		form.hostContactEmail = trace.hostContact() == null ? null : trace.hostContact().email();
		form.upstreamContactEmail = trace.upstreamContact() == null ? null : trace.upstreamContact().email();
		form.registrarName = trace.registrar() == null ? null : trace.registrar().name();
		form.registrarEmail = trace.registrar() == null ? null : trace.registrar().email();
		return form;
	}

	/** The command, or every problem of the form at once. */
	TraceCorrection toCommand() {
		FieldRefusals refused = new FieldRefusals();
		Long parsedAsn = null;
		if (asn != null && !asn.isBlank()) {
			String digits = asn.strip();
			if (digits.regionMatches(true, 0, "AS", 0, 2)) {
				digits = digits.substring(2);
			}
			if (digits.matches("[0-9]{1,10}")) {
				parsedAsn = Long.parseLong(digits);
			}
			else {
				refused.add("asn", "trace.error.asn");
			}
		}
		Long checkedAsn = parsedAsn;
		TraceCorrection command = refused.check(() -> new TraceCorrection(
				country == null ? null : country.strip().toUpperCase(java.util.Locale.ROOT), checkedAsn, networkName,
				hostContactName, hostContactEmail, upstreamContactEmail, registrarName, registrarEmail));
		refused.refuseIfAny(java.util.List.of("country", "asn", "networkName", "hostContactName", "hostContactEmail",
				"upstreamContactEmail", "registrarName", "registrarEmail"));
		return java.util.Objects.requireNonNull(command);
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public @Nullable String getCountry() {
		return country;
	}

	public void setCountry(@Nullable String country) {
		this.country = country;
	}

	public @Nullable String getAsn() {
		return asn;
	}

	public void setAsn(@Nullable String asn) {
		this.asn = asn;
	}

	public @Nullable String getNetworkName() {
		return networkName;
	}

	public void setNetworkName(@Nullable String networkName) {
		this.networkName = networkName;
	}

	public @Nullable String getHostContactName() {
		return hostContactName;
	}

	public void setHostContactName(@Nullable String hostContactName) {
		this.hostContactName = hostContactName;
	}

	public @Nullable String getHostContactEmail() {
		return hostContactEmail;
	}

	public void setHostContactEmail(@Nullable String hostContactEmail) {
		this.hostContactEmail = hostContactEmail;
	}

	public @Nullable String getUpstreamContactEmail() {
		return upstreamContactEmail;
	}

	public void setUpstreamContactEmail(@Nullable String upstreamContactEmail) {
		this.upstreamContactEmail = upstreamContactEmail;
	}

	public @Nullable String getRegistrarName() {
		return registrarName;
	}

	public void setRegistrarName(@Nullable String registrarName) {
		this.registrarName = registrarName;
	}

	public @Nullable String getRegistrarEmail() {
		return registrarEmail;
	}

	public void setRegistrarEmail(@Nullable String registrarEmail) {
		this.registrarEmail = registrarEmail;
	}
}
