package org.openhotline.blocklist;

/** TEMPORARY stub: replaced by the i13-pure branch. */
public record Change(Op op, ListItem item) {

	public enum Op {
		ADD, REMOVE
	}
}
